"""The query engine behind ``kg query`` and ``kg serve``: Oxigraph (pyoxigraph), in memory.

Chosen by measurement (``bench/query_bench.py``): on large graphs it answers the competency
questions orders of magnitude faster than rdflib's pure-Python SPARQL engine.

Every query is first parsed to its algebra (rdflib's parser) to learn its form and to refuse
anything that could open a connection: ``SERVICE`` anywhere, and ``FROM``/``FROM NAMED`` naming a
graph the store does not hold. kg's prefixes (:data:`kg.namespaces.PREFIXES`) are predeclared;
a query's own ``PREFIX`` declarations take precedence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .namespaces import PREFIXES

PREFIX_IRIS = {p: str(ns) for p, ns in PREFIXES.items()}
TURTLE_PREFIXES = {p: iri for p, iri in PREFIX_IRIS.items() if p != "kgid"}
"""Prefixes for Turtle output: minted IRIs contain ``/``, which prefixed names would have to escape."""
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_OX_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


class QuerySyntaxError(KgError):
    """The query does not parse; the message gives line and column when the parser knows them."""


class QueryRefused(KgError):
    """The query is valid but not allowed here (an update, SERVICE, an unknown FROM graph)."""


@dataclass
class QueryInfo:
    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    services: list[str] = field(default_factory=list)
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def load_store(path: Path) -> ox.Store:
    """Load an RDF file (Turtle by default; format from the extension) into an in-memory store."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    try:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    except ValueError:
        fmt = ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as err:
        raise KgError(f"{path}: not valid {fmt.name}: {err.args[0] if err.args else err}") from None
    except (OSError, ValueError) as err:
        raise KgError(f"{path}: cannot read the graph: {err}") from None
    return store


def read_query(text_or_file: str) -> str:
    """The query text: ``text_or_file`` itself, or the content of the ``.rq`` file it names."""
    if text_or_file.endswith((".rq", ".sparql")) and "\n" not in text_or_file:
        path = Path(text_or_file)
        if not path.is_file():
            raise KgError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_file


def inspect_query(text: str) -> QueryInfo:
    """Parse ``text`` to its algebra: its form, its SERVICE IRIs and its dataset clause."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        algebra = translateQuery(parseQuery(text), initNs=PREFIXES).algebra
    except ParseException as err:
        if _is_update(text, parseUpdate):
            raise QueryRefused("updates are refused: kg serves and queries graphs read-only") from None
        raise QuerySyntaxError(f"query syntax error at line {err.lineno}, column {err.col}: {err.msg}") from None
    except Exception as err:  # rdflib reports unknown prefixes and the like as bare Exceptions
        raise QuerySyntaxError(f"query error: {err}") from None
    info = QueryInfo(FORMS.get(algebra.name, algebra.name))
    for clause in algebra.get("datasetClause") or ():
        (info.named_graphs if clause.get("named") is not None else info.default_graphs).append(
            str(clause.get("named") if clause.get("named") is not None else clause.get("default")))
    _find_services(algebra, info.services)
    return info


def _is_update(text: str, parse_update) -> bool:
    try:
        parse_update(text)
    except Exception:
        return False
    return True


def _find_services(node: object, found: list[str]) -> None:
    """Collect the endpoint of every ``SERVICE`` pattern, wherever it is nested (EXISTS, subqueries)."""
    if getattr(node, "name", None) == "ServiceGraphPattern":
        found.append(str(node.get("term")))
    if isinstance(node, Mapping):
        for value in node.values():
            _find_services(value, found)
    elif isinstance(node, Iterable) and not isinstance(node, (str, bytes)):
        for value in node:
            _find_services(value, found)


def check_allowed(info: QueryInfo, store_graphs: Iterable[str]) -> None:
    """Refuse queries that would reach outside the store."""
    if info.services:
        raise QueryRefused(f"SERVICE is refused (kg never opens outbound connections): {info.services[0]}")
    known = set(store_graphs)
    for iri in info.default_graphs + info.named_graphs:
        if iri not in known:
            raise QueryRefused(f"FROM/FROM NAMED <{iri}> is refused: the store holds no such graph")


def graph_names(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def run(store: ox.Store, text: str, bindings: Mapping[str, object] | None = None):
    """Check and execute ``text``; return (QueryInfo, pyoxigraph result)."""
    info = inspect_query(text)
    check_allowed(info, graph_names(store))
    subs = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
    try:
        return info, store.query(text, prefixes=PREFIX_IRIS, substitutions=subs or None)
    except SyntaxError as err:
        raise QuerySyntaxError(_ox_message(err)) from None
    except RuntimeError as err:  # e.g. a bound variable the SELECT does not project
        raise KgError(f"query cannot run: {err}") from None


def _ox_message(err: SyntaxError) -> str:
    msg = str(err.args[0] if err.args else err)
    m = _OX_POSITION.match(msg)
    if m:
        return f"query syntax error at line {m[1]}, column {m[2]}: {msg[m.end():]}"
    return f"query syntax error: {msg}"


def to_term(value: object):
    """A pyoxigraph term from a Python value: ``<iri>``, ``prefix:name`` with a kg prefix, else a literal."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    text = str(value)
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIX_IRIS and " " not in text:
        return ox.NamedNode(PREFIX_IRIS[prefix] + local)
    return ox.Literal(text)


def parse_bindings(pairs: Iterable[str]) -> dict[str, str]:
    """``["law=Trust Act", ...]`` -> ``{"law": "Trust Act"}`` (a leading ``?`` is allowed)."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name.isidentifier():
            raise KgError(f"--bind {pair!r}: expected NAME=VALUE, e.g. --bind lawName='Trust Act'")
        out[name] = value
    return out
