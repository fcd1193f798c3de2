"""The HTTP side of ``kg serve``: one request, checked (:mod:`kg.sparql.guard`), then answered.

Routes: ``/sparql`` (GET ``?query=``, POST form or ``application/sparql-query``; the query page for a
browser that sends no query), ``/`` (the network view), ``/graph.ttl`` (the graph file).
"""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from .guard import body_length
from .page import query_page
from .reply import Reply, text_reply

FORM = "application/x-www-form-urlencoded"
GRAPH_MEDIA = {
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
}  # anything else is served as Turtle
TIMEOUT = 20  # seconds a connection may stay silent (slow clients cannot hold threads forever)


class Handler(BaseHTTPRequestHandler):
    server_version = "kg-serve"
    timeout = TIMEOUT

    def log_message(self, fmt, *args):  # one quiet line per request on stderr
        sys.stderr.write(f"kg serve: {self.address_string()} {fmt % args}\n")

    def _refused(self) -> bool:
        """Send the refusal and say so if the Host header is not this server's."""
        reply = self.server.policy.host_refusal(self.headers.get("Host"))
        if reply is not None:
            self._send(reply)
            return True
        return False

    def do_GET(self):
        if self._refused():
            return
        url = urlsplit(self.path)
        if url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            if not params and "text/html" in (self.headers.get("Accept") or ""):
                return self._send(query_page(f"kg: {self.server.graph.name}"))
            return self._sparql(params, None)
        if url.path in ("/", "/index.html"):
            return self._send(self.server.view())
        if url.path == "/graph.ttl":
            media = GRAPH_MEDIA.get(self.server.graph.suffix, "text/turtle")
            return self._send(Reply(200, f"{media}; charset=utf-8", self.server.graph.read_bytes()))
        return self._send(text_reply(404, f"not found: {url.path} (try /, /sparql or /graph.ttl)"))

    do_HEAD = do_GET

    def do_OPTIONS(self):
        if self._refused():
            return
        self._send(Reply(204, "text/plain", b""), {"Allow": "GET, POST, OPTIONS"})

    def do_POST(self):
        if self._refused():
            return
        url = urlsplit(self.path)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        refusal = self.server.policy.origin_refusal(
            "POST", ctype, self.headers.get("Origin"), self.headers.get("Sec-Fetch-Site"), self.headers.get("Host")
        )
        if refusal is not None:
            return self._send(refusal, {"Connection": "close"})
        if self.headers.get("Transfer-Encoding"):
            return self._send(text_reply(411, "chunked bodies are not accepted: send a Content-Length"), {"Connection": "close"})
        length, error = body_length(self.headers.get("Content-Length"))
        if error is not None:
            return self._send(error, {"Connection": "close"})
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        if url.path != "/sparql":
            return self._send(text_reply(404, f"not found: {url.path}"))
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
        self._send(text_reply(405, "this endpoint is read-only"), {"Allow": "GET, POST", "Connection": "close"})

    do_DELETE = do_PATCH = do_PUT

    def _sparql(self, params: dict[str, list[str]], body: str | None) -> None:
        if "update" in params:
            return self._send(text_reply(403, "updates are refused: this endpoint is read-only"))
        queries = [body] if body is not None else params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._send(
                text_reply(
                    400,
                    "expected exactly one query (the query parameter or request body); open /sparql in a browser for the query page",
                )
            )
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
        allowed = self.server.policy.cors_origin(self.headers.get("Origin"))
        if allowed is not None:
            self.send_header("Access-Control-Allow-Origin", allowed)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Expose-Headers", "X-Kg-Truncated")
            self.send_header("Vary", "Origin")
        for key, value in {**reply.headers, **(extra or {})}.items():
            self.send_header(key, value)
        if (extra or {}).get("Connection") == "close":
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
