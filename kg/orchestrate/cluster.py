"""Extraction on an existing Dask cluster: ``kg build --dask ADDRESS`` (``tcp://host:8786``).

:class:`DaskExtractor` maps batches to outcomes in corpus order, like
:class:`~kg.orchestrate.parallel.Extractor`: it keeps a bounded window of tasks in flight (twice the
cluster's worker threads) and yields their results in the order the batches came, so the outputs
are byte-identical to ``--jobs 1``. Each worker loads the pipeline once (a worker plugin,
:mod:`kg.orchestrate.dask_worker`).

When a worker dies while it runs a batch (killed, out of memory, a crash in native code) the
scheduler runs the batch again on another worker; when the batch has killed workers more often than
the scheduler allows (``distributed.scheduler.allowed-failures``: 3 by default, set it to 1 so an
article kills at most two workers) it fails with ``KilledWorker``. Its articles are then sent again
one at a time, one after the other, so the only article lost is one that kills workers on its own:
it is reported by name and skipped. A task that raises is retried once (``retries=1``).

Dask is an optional extra (``pip install 'kg[dask]'``); it is imported only here, and only when
``--dask`` is used.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError

from ..errors import KgError
from .parallel import Batch, Extractor, Outcome

KILLED = "the article killed its Dask worker every time it ran (out of memory or a crash in native code); skipped"
MISSING = "--dask needs Dask's distributed scheduler, an optional extra: pip install 'kg[dask]'"
CONNECT_TIMEOUT = "10s"
WORKER_WAIT = 60


def extractor_for(model: str | None, jobs: int = 1, dask: str | None = None, work=None) -> Extractor | DaskExtractor:
    """An :class:`~kg.orchestrate.parallel.Extractor` with ``jobs`` processes, or a :class:`DaskExtractor`
    on the cluster at ``dask`` (raises a one-line error if Dask is not installed)."""
    return DaskExtractor(model, dask, work) if dask else Extractor(model, jobs, work)


def require_dask() -> None:
    """Raise a one-line :class:`KgError` if ``distributed`` is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise KgError(MISSING) from None


class DaskExtractor:
    """Maps batches to outcomes, in order, on the Dask cluster whose scheduler is at ``address``.

    ``work`` (a picklable function of a batch, run on the workers) replaces the extraction (tests).
    The client connects on the first batch to extract, so a build where every article is cached
    never contacts the cluster; closing disconnects and leaves the cluster running.
    """

    def __init__(self, model: str | None, address: str, work: Callable[[Batch], list[Outcome]] | None = None) -> None:
        require_dask()
        self.model = model
        self.address = address
        self.work = work
        self._client = None
        self._window = 2

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _connect(self):
        if self._client is not None:
            return self._client
        from distributed import Client

        from .cache import pipeline_fingerprint
        from .dask_worker import PipelinePlugin

        fingerprint = None  # (a test's stand-in ``work`` is not checked against the pipeline)
        if self.work is None:
            fingerprint = pipeline_fingerprint(self.model)
            if fingerprint is None:  # the model is not installed here: the usual message with the install hint
                from ..pipeline import load_model

                load_model(self.model)
        try:
            client = Client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise KgError(f"--dask {self.address}: cannot reach the Dask scheduler ({_one_line(err)})") from None
        self._client = client
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT)
        except TimeoutError:
            raise KgError(
                f"--dask {self.address}: no worker joined the scheduler within {WORKER_WAIT} s "
                f"(start some with `dask worker {self.address}`)"
            ) from None
        self._args = () if self.work is not None else (self.model, fingerprint)
        client.register_plugin(PipelinePlugin(self.model, fingerprint))
        threads = sum(client.nthreads().values())
        self._window = max(2, 2 * threads)
        return client

    def _submit(self, batch: Batch):
        from .dask_worker import work

        client = self._connect()
        return client.submit(self.work or work, batch, *self._args, pure=False, retries=1)

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        flight: deque[tuple[Batch, object]] = deque()
        for batch in batches:
            flight.append((batch, self._submit(batch) if batch else None))
            if len(flight) >= self._window:
                yield self._result(*flight.popleft())
        while flight:
            yield self._result(*flight.popleft())

    def _result(self, batch: Batch, future) -> list[Outcome]:
        if future is None:  # every article of the batch was cached
            return []
        out = self._wait(future)
        return out if out is not None else [self._alone(item) for item in batch]

    def _alone(self, item: tuple[str, str]) -> Outcome:
        """One article alone on the cluster: its outcome, or :data:`KILLED` if it kills workers again."""
        out = self._wait(self._submit([item]))
        return out[0] if out is not None else KILLED

    def _wait(self, future) -> list[Outcome] | None:
        """The outcomes computed by ``future``, or ``None`` if it killed its workers."""
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker:
            return None
        except CancelledError:
            raise KgError(f"--dask {self.address}: lost the connection to the Dask scheduler; nothing was written") from None
        except Exception as err:  # noqa: BLE001 - a worker-side failure of the whole task, or the cluster lost
            raise KgError(f"--dask {self.address}: {type(err).__name__}: {_one_line(err)}") from None
        finally:
            future.release()


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return (text[:297] + "...") if len(text) > 300 else text or type(err).__name__
