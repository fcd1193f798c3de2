"""Running the extraction over batches of articles, in this process or in a pool of worker processes.

A *batch* is a list of ``(doc_id, text)`` pairs; its *outcomes* are, in the same order, an
:class:`~kg.core.records.Extraction` or an error message (str) for each article. ``extract_batch`` runs
one batch through the pipeline inside ``nlp.memory_zone()`` (so spaCy's string store stays
bounded), falling back to one article at a time when the batch fails, so one bad article never
costs the others.

:class:`Extractor` maps batches to outcomes, in order. With ``jobs > 1`` each worker process loads
the pipeline once and receives whole batches; at most ``2 * jobs`` batches are in flight, so
articles are streamed, not all held in memory. If a worker dies (killed, out of memory, a crash in
native code), the pool is restarted and the lost batches are redone one article at a time, so only
the article that kills a worker is lost, reported as an error. Workers die with the process that
started them (a parent-death signal, and a watchdog thread for the moments before it is set), and
leave Ctrl-C to it: a build that is stopped, killed or crashes leaves no worker behind.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import resource_tracker

from ..core.records import Extraction
from .budget import MEMORY, OverBudget, article_budget, limit_memory, over_budget_message, time_limit
from .signals import bind_to_parent, sigint_blocked

GRACE = 60.0
"""Seconds a worker gets on top of twice a batch's time budget (a new worker loads the model first)."""
Batch = list[tuple[str, str]]
Outcome = Extraction | str
CRASHED = "the extraction process died (killed, out of memory or a crash in native code)"


def _error(err: BaseException) -> str:
    return f"extraction failed: {type(err).__name__}: {err}"


def extract_batch(nlp, batch: Batch, budget: Callable[[int], float] | None = article_budget) -> list[Outcome]:
    """The outcomes of one batch, computed with the pipeline ``nlp``; an article that takes longer
    than ``budget(len(text))`` seconds is skipped with a message (:mod:`kg.orchestrate.budget`). The
    whole batch gets the budget of its total length; past it, its articles are redone one by one."""
    from ..resolve.article import extract

    def limit(n: int) -> float | None:
        return budget(n) if budget else None

    with nlp.memory_zone():
        try:
            with time_limit(limit(sum(len(text) for _, text in batch))):
                docs = list(nlp.pipe(_tokenized(nlp, batch)))
        except (Exception, OverBudget):  # noqa: BLE001 - retried one article at a time below
            docs = None
        out: list[Outcome] = []
        for i, (doc_id, text) in enumerate(batch):
            seconds = limit(len(text))
            try:
                with time_limit(seconds):
                    out.append(extract(docs[i] if docs is not None else nlp(text), doc_id))
            except OverBudget:
                out.append(over_budget_message(seconds))
            except Exception as err:  # noqa: BLE001 - reported per article, the build goes on
                out.append(_error(err))
        return out


def _tokenized(nlp, batch: Batch):
    """Docs that already know their text (spaCy's ``doc.text == text``): ``doc_text`` need not
    rebuild it from the tokens."""
    from ..language.text import doc_text  # noqa: F401 (registers the Doc._.kg_text extension)

    for _, text in batch:
        doc = nlp.make_doc(text)
        doc._.kg_text = text
        yield doc


# -- worker processes -----------------------------------------------------------------------------
_worker_nlp = None
_worker_error: BaseException | None = None


def _init_worker(model: str | None, parent: int, load: bool = True, memory: int | None = None) -> None:
    global _worker_nlp, _worker_error
    bind_to_parent(parent)
    limit_memory(memory)
    if not load:
        return
    from ..pipeline import build_nlp

    try:
        _worker_nlp = build_nlp(model)
    except Exception as err:  # noqa: BLE001 - raised again, in the parent, by the first job
        _worker_error = err


def _work(batch: Batch) -> list[Outcome]:
    if _worker_error is not None:
        raise _worker_error
    return extract_batch(_worker_nlp, batch)


class Extractor:
    """Maps batches to outcomes, in order, with ``jobs`` processes (1: in this process).

    The pipeline is loaded on first use, so a build where every article is cached never loads it.
    ``work`` (a picklable module-level function of a batch) replaces the worker's job (tests).
    ``budget``: seconds per article length; a worker that has not answered after twice its
    batch's budget plus :data:`GRACE` (stuck where its own alarm cannot fire) is ended, and its
    articles redone one by one (an article that hangs again is skipped as over its budget).
    ``memory``: the bytes of data a worker may hold (an article past it fails with ``MemoryError``).
    """

    def __init__(self, model: str | None, jobs: int = 1, work=None, budget=article_budget, memory=MEMORY) -> None:
        self.model = model
        self.jobs = max(1, int(jobs))
        self.work = work
        self.budget: Callable[[int], float] | None = budget
        self.memory: int | None = memory
        self._nlp = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(stop=kind is not None)

    def close(self, stop: bool = False) -> None:
        """Shut the pool down; ``stop``: end the workers now (the build was interrupted or failed)
        rather than let them finish the batches in flight."""
        if self._pool is not None:
            if stop:
                self._stop_workers()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def nlp(self):
        if self._nlp is None:
            from ..pipeline import cached_nlp

            self._nlp = cached_nlp(self.model)
        return self._nlp

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        if self.jobs == 1:
            for batch in batches:
                if not batch:
                    yield []
                else:
                    yield self.work(batch) if self.work else extract_batch(self.nlp(), batch)
            return
        yield from self._map_pool(batches)

    # -- the pool ---------------------------------------------------------------------------------
    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            if self.work is None:
                self._check_model()
            ctx = mp.get_context("spawn")  # a clean interpreter: no inherited threads or locks
            # started now, not by the first worker's start: it unblocks SIGINT (see sigint_blocked)
            resource_tracker.ensure_running()
            self._pool = ProcessPoolExecutor(
                self.jobs,
                mp_context=ctx,
                initializer=_init_worker,
                initargs=(self.model, os.getpid(), self.work is None, self.memory),
            )
        return self._pool

    def _check_model(self) -> None:
        """Fail fast, with the usual message, if the model is not installed (not once per worker)."""
        from ..pipeline import load_model
        from .cache import model_meta

        if model_meta(self.model) is None:
            load_model(self.model)  # raises ModelNotFound with the install hint

    def _submit(self, batch: Batch) -> Future:
        if not batch:  # every article of the batch was cached: nothing to start or send
            done: Future = Future()
            done.set_result([])
            return done
        pool = self._start()
        with sigint_blocked():  # (workers start here)
            return pool.submit(self.work or _work, batch)

    def _stop_workers(self) -> None:
        for proc in list((getattr(self._pool, "_processes", None) or {}).values()):  # (no public API)
            proc.terminate()

    def _deadline(self, batch: Batch) -> float | None:
        return None if self.budget is None else 2 * self.budget(sum(len(text) for _, text in batch)) + GRACE

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _map_pool(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        flight: deque[tuple[Batch, Future]] = deque()
        it = iter(batches)
        for batch in it:
            flight.append((batch, self._submit(batch)))
            if len(flight) >= 2 * self.jobs:
                yield self._result(flight)
        while flight:
            yield self._result(flight)

    def _result(self, flight: deque[tuple[Batch, Future]]) -> list[Outcome]:
        batch, fut = flight.popleft()
        try:
            return fut.result(timeout=self._deadline(batch))
        except BrokenProcessPool:
            pass
        except TimeoutError:
            self._stop_workers()
        self._restart()
        out = [self._one(item) for item in batch]
        for i, (b, _) in enumerate(flight):  # the other batches in flight died with the pool
            flight[i] = (b, self._submit(b))
        return out

    def _one(self, item: tuple[str, str]) -> Outcome:
        """One article alone in the pool: its outcome, or ``CRASHED`` if it kills the worker again."""
        try:
            return self._submit([item]).result(timeout=self._deadline([item]))[0]
        except BrokenProcessPool:
            self._restart()
            return CRASHED
        except TimeoutError:
            self._stop_workers()
            self._restart()
            return over_budget_message(self.budget(len(item[1])))
