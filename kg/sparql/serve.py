"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph, plus its network view.

- ``/sparql``: GET ``?query=``, POST form-encoded ``query=``, POST ``application/sparql-query``.
  Updates (``update=``, ``application/sparql-update``, update syntax) are refused with 403.
- ``/``: the network view (:func:`kg.outputs.view.render_html`, else the ``graph.html`` beside the graph).
- ``/graph.ttl``: the graph file itself.

Queries run in worker processes (:mod:`kg.sparql.workers`) under a time limit and a row cap; SERVICE and
FROM/FROM NAMED graphs the store does not hold are refused, so the server never connects out.
It listens on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ..errors import KgError
from .reply import Reply, text_reply
from .workers import QueryPool

MAX_BODY = 1 << 20  # a query larger than 1 MiB is refused
FORM = "application/x-www-form-urlencoded"
GRAPH_MEDIA = {
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
}  # anything else is served as Turtle


class KgServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, graph: Path, pool: QueryPool):
        super().__init__(address, Handler)
        self.graph, self.pool = graph, pool
        self._view: bytes | None = None
        self._view_lock = threading.Lock()

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


class Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = "kg-serve"

    def log_message(self, fmt, *args):  # one quiet line per request on stderr
        sys.stderr.write(f"kg serve: {self.address_string()} {fmt % args}\n")

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/sparql":
            return self._sparql(parse_qs(url.query, keep_blank_values=True), None)
        if url.path in ("/", "/index.html"):
            return self._send(self.server.view())
        if url.path == "/graph.ttl":
            media = GRAPH_MEDIA.get(self.server.graph.suffix, "text/turtle")
            return self._send(Reply(200, f"{media}; charset=utf-8", self.server.graph.read_bytes()))
        return self._send(text_reply(404, f"not found: {url.path} (try /, /sparql or /graph.ttl)"))

    do_HEAD = do_GET

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(text_reply(404, f"not found: {url.path}"))
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(text_reply(413, f"request body over {MAX_BODY} bytes"))
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == FORM:
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            return self._sparql(params, None)
        if ctype == "application/sparql-update":
            return self._send(text_reply(403, "updates are refused: this endpoint is read-only"))
        if ctype == "application/sparql-query":
            return self._sparql(params, body)
        return self._send(text_reply(415, f"unsupported Content-Type {ctype!r}: use {FORM} or application/sparql-query"))

    def do_PUT(self):
        self._send(text_reply(405, "this endpoint is read-only"), {"Allow": "GET, POST"})

    do_DELETE = do_PATCH = do_PUT

    def _sparql(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params:
            return self._send(text_reply(403, "updates are refused: this endpoint is read-only"))
        queries = [body] if body is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._send(text_reply(400, "expected exactly one query (the query parameter or request body)"))
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            known = set(self.server.pool.graph_names)
            unknown = [g for g in params.get("default-graph-uri", []) + params.get("named-graph-uri", []) if g not in known]
            if unknown:
                return self._send(text_reply(403, f"graph <{unknown[0]}> is refused: the store holds no such graph"))
            return self._send(text_reply(400, "default-graph-uri and named-graph-uri are not supported; use GRAPH"))
        self._send(self.server.pool.execute(queries[0], self.headers.get("Accept")))

    def _send(self, reply: Reply, extra: dict[str, str] | None = None) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in {**reply.headers, **(extra or {})}.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)


def make_server(
    graph: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0, max_rows: int = 10000, workers: int = 2
) -> KgServer:
    """A ready server (workers loaded); call ``serve_forever()`` then ``shutdown()``/``close()``."""
    graph = Path(graph)
    if timeout <= 0 or max_rows <= 0 or workers <= 0:
        raise KgError("--timeout, --max-rows and --workers must be positive")
    pool = QueryPool(graph, size=workers, timeout=timeout, max_rows=max_rows)
    try:
        return KgServer((host, port), graph, pool)
    except OSError as err:
        pool.close()
        raise KgError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None


def close_server(server: KgServer) -> None:
    server.server_close()
    server.pool.close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def run_serve(
    graph: Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0, max_rows: int = 10000, workers: int = 2
) -> int:
    server = make_server(graph, host, port, timeout, max_rows, workers)
    bound_host, bound_port = server.server_address[:2]
    try:  # installed inside the try: a SIGTERM right after start-up still shuts down cleanly
        signal.signal(signal.SIGTERM, _interrupt)
        print(
            f"kg serve: {graph} at http://{bound_host}:{bound_port}/ (SPARQL endpoint: "
            f"http://{bound_host}:{bound_port}/sparql; time limit {timeout:g} s, {max_rows} rows); Ctrl-C stops",
            flush=True,
        )
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        close_server(server)
    return 0
