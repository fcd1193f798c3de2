"""Query worker processes for ``kg serve``: the time limit is enforced by killing the process.

Each worker loads the graph into its own in-memory Oxigraph store and answers one query at a
time: it parses and checks the query (:func:`kg.graph.store.run`), evaluates it, and serializes the
answer in the negotiated format, all within the time limit. A query still running when the
limit passes is stopped for real: its worker is killed (SIGKILL) and a fresh one started, so a
runaway query never keeps burning a core in an abandoned thread.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import sys
import threading
from pathlib import Path

from ..errors import KgError
from .reply import Reply, text_reply


def _worker_main(conn, graph: str, max_rows: int, max_bytes: int = 20_000_000, memory_mb: int = 0) -> None:
    """Worker loop: load the graph, report ready, then answer jobs until told to stop."""
    from ..graph.sandbox import block_network
    from ..graph.store import graph_names, inspect_query, load_store
    from .negotiate import http_answer

    block_network()  # this whole process: no socket, no connection (each query's thread has it too)
    if memory_mb:
        import resource

        limit = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    inspect_query("ASK {}")  # import and warm up the parser before the first timed query

    try:
        store = load_store(Path(graph))
    except KgError as err:
        conn.send(("error", str(err)))
        return
    conn.send(("ready", graph_names(store)))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        if job is None:
            return
        try:
            conn.send(http_answer(store, job["query"], job["accept"], max_rows, max_bytes))
        except MemoryError:
            conn.send(text_reply(503, f"query stopped: it needed more than the worker's memory limit ({memory_mb} MiB)"))
        except Exception as err:  # never let one query kill the worker silently
            conn.send(text_reply(500, f"query failed: {type(err).__name__}: {err}"))


class _Worker:
    def __init__(self, ctx, graph: Path, max_rows: int, max_bytes: int, memory_mb: int):
        self.conn, child = ctx.Pipe()
        args = (child, str(graph), max_rows, max_bytes, memory_mb)
        self.proc = ctx.Process(target=_worker_main, args=args, daemon=True, name="kg-query-worker")
        self.proc.start()
        child.close()

    def wait_ready(self, timeout: float | None = None) -> list[str]:
        if not self.conn.poll(timeout):
            raise KgError("a query worker did not finish loading the graph in time")
        try:
            status, payload = self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            raise KgError(
                f"a query worker died while loading the graph (exit {self.proc.exitcode}); "
                "if the graph is large, raise --worker-memory (MiB, 0: no limit)"
            ) from None
        if status != "ready":
            raise KgError(payload)
        return payload

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.proc.kill()
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class QueryPool:
    """A fixed number of worker processes, each holding the graph; a killed worker is replaced."""

    def __init__(
        self,
        graph: Path,
        size: int = 2,
        timeout: float = 10.0,
        max_rows: int = 10000,
        load_timeout: float | None = None,
        max_bytes: int = 20_000_000,
        memory_mb: int = 0,
    ):
        self.graph, self.timeout, self.max_rows = Path(graph), timeout, max_rows
        self.max_bytes, self.memory_mb = max_bytes, memory_mb
        self._ctx = mp.get_context("spawn")  # a clean process: no server threads or locks inherited
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        first = [self._spawn() for _ in range(max(1, size))]
        try:
            for worker in first:
                self.graph_names = worker.wait_ready(load_timeout)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.graph, self.max_rows, self.max_bytes, self.memory_mb)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        """Kill ``dead`` and start a replacement in the background (loading takes a moment)."""
        dead.stop(kill=True)
        with self._lock:
            self._workers.discard(dead)
            if self._closed:
                return

        def start() -> None:
            worker = self._spawn()
            try:
                worker.wait_ready()
            except KgError as err:
                sys.stderr.write(f"kg serve: a replacement query worker failed to start: {err}\n")
                return
            if self._closed:
                worker.stop()
            else:
                self._idle.put(worker)

        threading.Thread(target=start, daemon=True, name="kg-worker-replacer").start()

    def execute(self, query: str, accept: str) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_reply(503, "all query workers are busy; try again shortly")
        try:
            worker.conn.send({"query": query, "accept": accept})
            if worker.conn.poll(self.timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            worker.proc.join(1)
            code = worker.proc.exitcode
            self._replace(worker)
            if self.memory_mb and code is not None and code < 0:  # aborted: an allocation over the limit
                return text_reply(
                    503,
                    f"query stopped: it needed more than the worker's memory limit ({self.memory_mb} MiB); the worker was restarted",
                )
            return text_reply(500, "the query worker died; it has been restarted")
        self._replace(worker)
        return text_reply(503, f"query stopped: it ran longer than the {self.timeout:g} s time limit")

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.proc.pid for w in self._workers if w.proc.pid)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()
