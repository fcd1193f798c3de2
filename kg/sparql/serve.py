"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph, plus its network view.

- ``/sparql``: GET ``?query=``, POST form-encoded ``query=``, POST ``application/sparql-query``.
  Updates (``update=``, ``application/sparql-update``, update syntax) are refused with 403.
- ``/``: the network view (:func:`kg.outputs.view.render_html`, else the ``graph.html`` beside the graph).
- ``/graph.ttl``: the graph file itself.

Queries run in worker processes (:mod:`kg.sparql.workers`) under a time limit, a memory limit, a row
cap and a byte cap; SERVICE and FROM/FROM NAMED graphs the store does not hold are refused, and the
workers cannot open sockets (:mod:`kg.graph.sandbox`), so the server never connects out. Requests
are checked first (:mod:`kg.sparql.guard`: Host, cross-site forms, Content-Length); connections
time out, and at most :data:`MAX_CONNECTIONS` are served at once. It listens on 127.0.0.1 unless
told otherwise (``--host ::1`` for IPv6).
"""

from __future__ import annotations

import signal
import socket
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path

from ..errors import KgError
from .guard import Policy
from .handler import Handler
from .reply import Reply, text_reply
from .workers import QueryPool

MAX_CONNECTIONS = 256  # connections served at once; each holds a thread for at most TIMEOUT seconds


class KgServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the listen backlog: bursts of connections wait instead of being reset

    def __init__(self, address, graph: Path, pool: QueryPool, policy: Policy, max_connections: int = MAX_CONNECTIONS):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)
        self.graph, self.pool, self.policy = graph, pool, policy
        self._view: bytes | None = None
        self._view_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request, client_address):
        """One thread per connection, up to a limit; beyond it the connection gets a 503 at once."""
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def view(self) -> Reply:
        """The network view page, rendered once on first request."""
        with self._view_lock:
            if self._view is None:
                try:
                    from rdflib import Graph

                    from ..outputs.view import render_html
                except ImportError:
                    page = self.graph.with_name("graph.html")
                    if not page.is_file():
                        return text_reply(404, f"no network view: kg.outputs.view is not installed and {page} does not exist")
                    self._view = page.read_bytes()
                else:
                    fmt = "trig" if self.graph.suffix == ".trig" else None
                    graph = Graph().parse(self.graph, format=fmt or "turtle")
                    self._view = render_html(graph, title=f"kg: {self.graph.name}").encode("utf-8")
        return Reply(200, "text/html; charset=utf-8", self._view)


@dataclass
class Limits:
    timeout: float = 10.0  # seconds a query may run
    max_rows: int = 10000
    max_bytes: int = 20_000_000  # bytes of one answer
    workers: int = 2
    worker_memory: int = 2048  # MiB of address space per query worker; 0: no limit
    allow_hosts: tuple[str, ...] = ()
    cors: tuple[str, ...] = ()


def make_server(graph: Path, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None) -> KgServer:
    """A ready server (workers loaded); call ``serve_forever()`` then ``shutdown()``/``close()``."""
    graph, limits = Path(graph), limits or Limits()
    if min(limits.timeout, limits.max_rows, limits.max_bytes, limits.workers) <= 0 or limits.worker_memory < 0:
        raise KgError("--timeout, --max-rows, --max-bytes and --workers must be positive, --worker-memory at least 0")
    pool = QueryPool(
        graph,
        size=limits.workers,
        timeout=limits.timeout,
        max_rows=limits.max_rows,
        max_bytes=limits.max_bytes,
        memory_mb=limits.worker_memory,
    )
    try:
        return KgServer((host, port), graph, pool, Policy(host, port, limits.allow_hosts, limits.cors))
    except (OSError, OverflowError) as err:
        pool.close()
        raise KgError(f"cannot listen on {host}:{port}: {getattr(err, 'strerror', None) or err}") from None


def close_server(server: KgServer) -> None:
    server.server_close()
    server.pool.close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def run_serve(graph: Path, *, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None) -> int:
    limits = limits or Limits()
    server = make_server(graph, host, port, limits)
    bound_host, bound_port = server.server_address[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    try:  # installed inside the try: a SIGTERM right after start-up still shuts down cleanly
        signal.signal(signal.SIGTERM, _interrupt)
        print(
            f"kg serve: {graph} at http://{shown}:{bound_port}/ (SPARQL endpoint: "
            f"http://{shown}:{bound_port}/sparql; time limit {limits.timeout:g} s, {limits.max_rows} rows, "
            f"{limits.max_bytes} bytes); Ctrl-C stops",
            flush=True,
        )
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        close_server(server)
    return 0
