"""``kg push``: send a graph to any SPARQL 1.1 store through the Graph Store HTTP Protocol.

The graph is split by :func:`kg.graph.split.split_by_article` into one named graph per article (named by
the article's IRI) plus one for the ontology (:data:`kg.graph.split.ONTOLOGY_GRAPH`), and each is sent
with ``PUT <endpoint>?graph=<iri>``, which replaces that named graph in the store: pushing again
after a rebuild updates every article's graph in place. Named graphs of articles that are no
longer in the graph are left in the store.

``endpoint`` is the store's Graph Store Protocol URL, for example Oxigraph
``http://localhost:7878/store``, Fuseki ``http://localhost:3030/DATASET/data``, GraphDB
``http://localhost:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://localhost:8890/sparql-graph-crud``. The body is N-Triples sent as ``text/turtle`` (every
N-Triples document is Turtle, the one syntax all these stores accept).
"""

from __future__ import annotations

import base64
import http.client
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from ..errors import KgError
from ..graph.split import ONTOLOGY_GRAPH, Triple, split_triples

DEFAULT_TIMEOUT = 60.0


@dataclass
class PushResult:
    """What was sent: ``triples`` counts each named graph's triples (shared ones once per graph)."""

    endpoint: str
    graphs: int
    articles: int
    triples: int
    seconds: float


def push(
    graph_path: Path, endpoint: str, *, timeout: float = DEFAULT_TIMEOUT, progress: Callable[[int, int], None] | None = None
) -> PushResult:
    """PUT every named graph of ``graph_path`` to ``endpoint``; raises :class:`KgError` on failure.

    ``progress(done, total)`` is called after each named graph is stored.
    """
    url, auth = _parse_endpoint(endpoint)
    started = time.perf_counter()
    parts = split_triples(load_graph(graph_path))
    triples = 0
    for done, (name, part) in enumerate(parts.items(), 1):
        _put(url, auth, endpoint, str(name), ntriples(part), timeout)
        triples += len(part)
        if progress:
            progress(done, len(parts))
    articles = sum(1 for name in parts if name != ONTOLOGY_GRAPH)
    return PushResult(endpoint, len(parts), articles, triples, time.perf_counter() - started)


def run_push(graph_path: Path, endpoint: str, *, timeout: float = DEFAULT_TIMEOUT) -> int:
    """``kg push``: push and print a one-line summary; returns the exit code."""

    def show(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            print(f"\rpushed {done}/{total} named graphs", end="\n" if done == total else "", file=sys.stderr, flush=True)

    r = push(graph_path, endpoint, timeout=timeout, progress=show if sys.stderr.isatty() else None)
    print(
        f"Pushed {r.graphs} named graphs ({r.articles} articles + ontology, {r.triples:,} triples) "
        f"to {r.endpoint} in {r.seconds:.1f}s"
    )
    return 0


def ntriples(triples: list[Triple]) -> bytes:
    """N-Triples of ``triples``, sorted (so a push sends the same bytes for the same graph)."""
    lines = sorted(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in triples)
    return "".join(lines).encode("utf-8")


def _nt(term: Node) -> str:
    if isinstance(term, Literal):
        lexical = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype:
            return f'"{lexical}"^^<{term.datatype}>'
        return f'"{lexical}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, URIRef):
        return f"<{term}>"
    raise KgError(f"cannot send an RDF term of type {type(term).__name__} ({term!r})")


def load_graph(path: Path) -> Graph:
    """Parse a graph file (Turtle by default; TriG / N-Quads are merged into one graph)."""
    if not path.is_file():
        raise KgError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    fmt = guess_format(str(path)) or "turtle"
    try:
        if fmt in {"trig", "nquads", "trix"}:
            ds = Dataset()
            ds.parse(path, format=fmt)
            merged = Graph()
            for s, p, o, _ in ds.quads():
                merged.add((s, p, o))
            return merged
        return Graph().parse(path, format=fmt)
    except Exception as err:  # rdflib raises many kinds (BadSyntax, ValueError, SAX errors ...)
        first = (str(err).strip().splitlines() or [type(err).__name__])[0]
        raise KgError(f"{path}: not a valid {fmt} graph: {first}") from None


def _parse_endpoint(endpoint: str) -> tuple[str, str | None]:
    """The URL without user:password, and a Basic authorization header if credentials were given."""
    parts = urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise KgError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint (e.g. http://localhost:7878/store)")
    auth = None
    if parts.username is not None:
        token = f"{parts.username}:{parts.password or ''}".encode()
        auth = "Basic " + base64.b64encode(token).decode("ascii")
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts), auth


def _put(url: str, auth: str | None, endpoint: str, graph_iri: str, body: bytes, timeout: float) -> None:
    target = f"{url}{'&' if '?' in url else '?'}{urlencode({'graph': graph_iri})}"
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    if auth:
        headers["Authorization"] = auth
    request = Request(target, data=body, method="PUT", headers=headers)
    try:
        with urlopen(request, timeout=timeout) as response:
            response.read()
    except HTTPError as err:
        detail = _first_line(err.read(2000).decode("utf-8", "replace"))
        raise KgError(
            f"{endpoint}: the store answered HTTP {err.code} {err.reason} to PUT graph <{graph_iri}>"
            + (f": {detail}" if detail else "")
        ) from None
    except URLError as err:
        raise KgError(f"{endpoint}: {_reason(err.reason, timeout)}") from None
    except TimeoutError as err:
        raise KgError(f"{endpoint}: {_reason(err, timeout)}") from None
    except (OSError, http.client.HTTPException) as err:  # connection reset mid-request and the like
        raise KgError(f"{endpoint}: connection failed ({err})") from None


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the store running, and is this its address?)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} seconds"
    if isinstance(reason, socket.gaierror):
        return "unknown host"
    return f"cannot connect ({reason})"


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= 200 else line[:197] + "..."
