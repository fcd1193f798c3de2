"""``kg push``: send a graph to any SPARQL 1.1 store through the Graph Store HTTP Protocol, incrementally.

The layout in the store (:mod:`kg.sparql.partition`): entity labels, types, facts and the ontology in
the store's **default graph**; each article's evidence (the article, its evidence resources, selectors,
assertions and quotes) in a **named graph** named by the article's IRI. No triple is in two graphs,
so a store queried with its union default graph answers the competency questions with the same rows
as ``kg query`` on ``graph.ttl``.

Only what changed since the last push to the same endpoint is sent. The push state
(``<graph folder>/.kg-push/<hash of the endpoint URL>.json``) records a hash of each article graph
sent and of each line of the default graph: a new or changed article's graph is replaced
(``PUT ?graph=``), an article no longer in the graph has its graph deleted, new default-graph
triples are added (``POST ?default``) and, if any was removed, the default graph is replaced
(``PUT ?default``). ``replace=True`` (``--replace``) clears the whole dataset first (``DELETE`` on
the endpoint; where a store refuses that, the graphs of earlier pushes) and sends everything. The
state is saved after each request that succeeded, so an interrupted push resumes where it stopped.

``endpoint`` is the store's Graph Store Protocol URL, for example Oxigraph
``http://localhost:7878/store``, Fuseki ``http://localhost:3030/DATASET/data``, GraphDB
``http://localhost:7200/repositories/REPO/rdf-graphs/service``. Bodies are N-Triples sent as
``text/turtle``. Credentials in the URL (``http://user:password@host/...``) are sent as Basic
authorization and never printed; ``timeout`` is a deadline for the whole push.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from ..errors import KgError
from ..graph.split import ONTOLOGY_GRAPH
from ..outputs.atomic import atomic_write
from .gsp import Endpoint, redact
from .partition import Triple, partition

DEFAULT_TIMEOUT = 600.0
STATE_DIR = ".kg-push"
FORMAT = 1
SAVE_EVERY = 5.0
REFUSED = (400, 404, 405, 501)


@dataclass
class PushResult:
    """What a push did. ``default``: what happened to the default graph (replaced, added to, unchanged)."""

    endpoint: str
    articles: int
    sent: int
    removed: int
    default: str
    triples: int
    seconds: float
    state: Path


def state_path(graph_path: Path, endpoint: str) -> Path:
    """The push state of ``graph_path`` for ``endpoint`` (keyed by the URL without its user info)."""
    key = hashlib.sha256(redact(endpoint).replace("***@", "").encode("utf-8")).hexdigest()[:16]
    return Path(graph_path).parent / STATE_DIR / f"{key}.json"


def push(
    graph_path: Path,
    endpoint: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> PushResult:
    """Send what changed in ``graph_path`` since the last push to ``endpoint`` (everything with
    ``replace``); raises :class:`KgError` (one line, no credentials) on failure.

    ``progress(done, total)`` is called after each request that succeeded.
    """
    ep = Endpoint(endpoint, timeout)
    started = time.perf_counter()
    shared, named = partition(load_graph(graph_path))
    path = state_path(graph_path, endpoint)
    old = _read_state(path)
    state = {"format": FORMAT, "endpoint": ep.shown, "graphs": dict(old["graphs"]), "default": old["default"]}
    bodies = {str(name): ntriples(part) for name, part in named.items()}
    hashes = {name: hashlib.sha256(body).hexdigest() for name, body in bodies.items()}
    lines = ntriples(shared).splitlines(keepends=True)
    line_hashes = {_line_hash(line): line for line in lines}
    if replace:
        state["graphs"], state["default"] = {}, None
    todo = [name for name in bodies if state["graphs"].get(name) != hashes[name]]
    gone = [name for name in state["graphs"] if name not in bodies]
    before = set(state["default"] or ())
    default_known = state["default"] is not None
    added = [line for h, line in line_hashes.items() if h not in before] if default_known else lines
    redo = not default_known or any(h not in line_hashes for h in before)
    total, done, triples, saved = len(todo) + len(gone) + (1 if redo or added else 0), 0, 0, time.monotonic()

    def step(n: int) -> None:
        nonlocal done, triples, saved
        done, triples = done + 1, triples + n
        if time.monotonic() - saved > SAVE_EVERY:  # (and always at the end): a killed push loses little
            _write_state(path, state)
            saved = time.monotonic()
        if progress:
            progress(done, total)

    try:
        if replace and ep.send("DELETE", "", accept=REFUSED) in REFUSED:  # a store that cannot drop a dataset
            for name in old["graphs"]:
                ep.send("DELETE", name, accept=(404,))
        if state["default"] is None and not replace:  # earlier kg versions pushed the ontology to its own graph
            ep.send("DELETE", str(ONTOLOGY_GRAPH), accept=(404,))
        if redo or added:
            ep.send("PUT" if redo else "POST", None, b"".join(lines if redo else sorted(added)))
            state["default"] = sorted(line_hashes)
            step(len(lines) if redo else len(added))
        for name in todo:
            ep.send("PUT", name, bodies[name])
            state["graphs"][name] = hashes[name]
            step(bodies[name].count(b"\n"))
        for name in gone:
            ep.send("DELETE", name, accept=(404,))
            del state["graphs"][name]
            step(0)
    finally:
        _write_state(path, state)
    how = "replaced" if redo else f"{len(added):,} triples added" if added else "unchanged"
    return PushResult(ep.shown, len(bodies), len(todo), len(gone), how, triples, time.perf_counter() - started, path)


def run_push(graph_path: Path, endpoint: str, *, timeout: float = DEFAULT_TIMEOUT, replace: bool = False) -> int:
    """``kg push``: push and print a one-line summary; returns the exit code."""

    def show(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            print(f"\rpushed {done}/{total} graphs", end="\n" if done == total else "", file=sys.stderr, flush=True)

    r = push(graph_path, endpoint, timeout=timeout, replace=replace, progress=show if sys.stderr.isatty() else None)
    print(
        f"Pushed to {r.endpoint}: default graph (entities, facts, ontology) {r.default}; "
        f"{r.sent} of {r.articles} article evidence graphs sent, {r.removed} removed; "
        f"{r.triples:,} triples in {r.seconds:.1f}s"
    )
    return 0


def _line_hash(line: bytes) -> str:
    return hashlib.blake2b(line, digest_size=8).hexdigest()


def _read_state(path: Path) -> dict:
    """The last push's state, or an empty one (no file, or an unreadable one: then everything is sent)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") == FORMAT and isinstance(data.get("graphs"), dict):
            default = data.get("default")
            return {"graphs": data["graphs"], "default": default if isinstance(default, list) else None}
    except (OSError, ValueError, AttributeError):
        pass
    return {"graphs": {}, "default": None}


def _write_state(path: Path, state: dict) -> None:
    try:
        with atomic_write(path) as fh:
            json.dump(state, fh, separators=(",", ":"))
    except OSError as err:
        raise KgError(f"{path}: cannot save the push state ({err.strerror or err})") from None


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
