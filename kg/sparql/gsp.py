"""A small Graph Store HTTP Protocol client for ``kg push``: PUT, POST and DELETE of graphs, under one
overall deadline, never showing the endpoint's credentials.

:class:`Endpoint` parses the URL once (a malformed one is a one-line :class:`KgError`), keeps
``user:password`` apart as a Basic authorization header and shows the URL everywhere as
:attr:`Endpoint.shown`, with the user info replaced by ``***``. Every request gets what remains of
the push's deadline as its socket timeout, and a timer shuts the socket down when the deadline
passes, so a server that trickles its answer a byte at a time cannot hold the push past it.
"""

from __future__ import annotations

import base64
import http.client
import re
import socket
import threading
import time
from urllib.parse import quote, unquote, urlsplit

from ..errors import KgError

USERINFO = re.compile(r"(?<=//)[^/?#@]*@")


def redact(url: str) -> str:
    """``url`` with any ``user:password@`` replaced by ``***@``."""
    return USERINFO.sub("***@", url)


class Endpoint:
    """A Graph Store Protocol URL and the deadline of the requests sent to it."""

    def __init__(self, url: str, timeout: float) -> None:
        self.shown = redact(url)
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as err:
            raise KgError(f"{self.shown}: not a valid URL ({err})") from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise KgError(
                f"{self.shown}: not an http(s) URL of a Graph Store Protocol endpoint (e.g. http://localhost:7878/store)"
            )
        self.https = parts.scheme == "https"
        self.host, self.port = parts.hostname, port
        self.path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.auth = None
        if parts.username is not None:
            token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self.auth = "Basic " + base64.b64encode(token).decode("ascii")
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout

    def target(self, graph: str | None) -> str:
        """The request path for the named graph ``graph`` (``None``: the default graph, ``""``: the
        whole dataset)."""
        if graph == "":
            return self.path
        arg = "default" if graph is None else "graph=" + quote(graph, safe="")
        return f"{self.path}{'&' if '?' in self.path else '?'}{arg}"

    def send(self, method: str, graph: str | None, body: bytes | None = None, accept: tuple[int, ...] = ()) -> int:
        """Send one request; returns the HTTP status. Raises :class:`KgError` (one line) on failure,
        an answer of 300 or more being one unless its status is in ``accept`` (404 when deleting a
        graph the store no longer has)."""
        what = "the default graph" if graph is None else "the whole dataset" if graph == "" else f"graph <{graph}>"
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise KgError(f"{self.shown}: not done within the {self.timeout:g} s deadline (--timeout)")
        cls = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        conn = cls(self.host, self.port, timeout=left)
        headers = {"Content-Type": "text/turtle; charset=utf-8"} if body is not None else {}  # N-Triples is Turtle
        if self.auth:
            headers["Authorization"] = self.auth
        cut = threading.Event()
        timer = threading.Timer(left, _shut, (conn, cut))
        timer.start()
        late = KgError(f"{self.shown}: not done within the {self.timeout:g} s deadline (--timeout)")
        try:
            conn.request(method, self.target(graph), body=body, headers=headers)
            response = conn.getresponse()
            detail = response.read(4000).decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as err:
            if cut.is_set() or isinstance(err, TimeoutError):
                raise late from None
            raise KgError(f"{self.shown}: {_reason(err)}") from None
        finally:
            timer.cancel()
            conn.close()
        if cut.is_set():  # the answer read until the socket was shut down is not the store's answer
            raise late
        if response.status >= 300 and response.status not in accept:
            line = _first_line(detail)
            raise KgError(
                f"{self.shown}: the store answered HTTP {response.status} {response.reason} to {method} {what}"
                + (f": {line}" if line else "")
            )
        return response.status


def _shut(conn: http.client.HTTPConnection, cut: threading.Event) -> None:
    cut.set()
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _reason(err: BaseException) -> str:
    if isinstance(err, ConnectionRefusedError):
        return "connection refused (is the store running, and is this its address?)"
    if isinstance(err, socket.gaierror):
        return "unknown host"
    return f"connection failed ({type(err).__name__}: {' '.join(str(err).split())})"


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return redact(line if len(line) <= 200 else line[:197] + "...")
