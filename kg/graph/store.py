"""The query engine behind ``kg query`` and ``kg serve``: Oxigraph (pyoxigraph), in memory.

Chosen by measurement (``bench/query_bench.py``): on large graphs it answers the competency
questions orders of magnitude faster than rdflib's pure-Python SPARQL engine.

A query that could open a connection is parsed to its algebra (rdflib's parser) and refused if it
has ``SERVICE`` anywhere, or ``FROM``/``FROM NAMED`` naming a graph the store does not hold. kg's
prefixes (:data:`kg.core.namespaces.PREFIXES`) are predeclared; a query's own ``PREFIX`` declarations
take precedence, and error positions refer to the query as written.

Note: Oxigraph's store keeps literals by value (oxigraph/oxigraph#526): ``"5"^^xsd:nonNegativeInteger``
(an evidence offset) is answered as ``5`` (``xsd:integer``). Exports therefore never go through it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..core.namespaces import PREFIXES
from ..errors import KgError

PREFIX_IRIS = {p: str(ns) for p, ns in PREFIXES.items()}
TURTLE_PREFIXES = {p: iri for p, iri in PREFIX_IRIS.items() if p != "kgid"}
"""Prefixes for Turtle output: minted IRIs contain ``/``, which prefixed names would have to escape."""
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_OX_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")
_KEYWORD = re.compile(r"service|from", re.IGNORECASE)
_ESCAPE = re.compile(r"\\[uU]")
_IN_NAME = re.compile(r":[\w.\-%\\]*\Z")  # a prefixed name's local part runs up to this point


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
    """The query text: ``text_or_file`` itself, the ``.rq`` file it names, or standard input for ``-``."""
    if text_or_file == "-":
        import sys

        return sys.stdin.read()
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

    quiet = logging.getLogger("rdflib.term")  # it warns about IRIs the engine itself handles fine
    level, quiet.level = quiet.level, logging.ERROR
    try:
        algebra = translateQuery(parseQuery(text), initNs=PREFIXES).algebra
    except ParseException as err:
        if _is_update(text, parseUpdate):
            raise QueryRefused("updates are refused: kg serves and queries graphs read-only") from None
        raise QuerySyntaxError(f"query syntax error at line {err.lineno}, column {err.col}: {err.msg}") from None
    except Exception as err:  # rdflib reports unknown prefixes and the like as bare Exceptions
        raise QuerySyntaxError(f"query error: {err}") from None
    finally:
        quiet.level = level
    info = QueryInfo(FORMS.get(algebra.name, algebra.name))
    # dict.get: CompValue.get returns the key itself for a missing key
    for clause in dict.get(algebra, "datasetClause") or ():
        if dict.get(clause, "named") is not None:
            info.named_graphs.append(str(clause["named"]))
        else:
            info.default_graphs.append(str(dict.get(clause, "default")))
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
        found.append(str(dict.get(node, "term")))
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


def needs_inspection(text: str) -> bool:
    """Whether the query might name an outside graph or endpoint, so its algebra must be checked.

    ``SERVICE`` and ``FROM`` are keywords: a query can only use them if the word is in its text
    (or written with a ``\\u`` escape). An occurrence glued to a prefixed name (``prov:wasDerivedFrom``)
    is part of that name, not a keyword. Only the remaining queries pay for the slow, pure-Python
    algebra parse; the decision to refuse is always taken on the algebra.
    """
    if _ESCAPE.search(text):
        return True
    return any(not _IN_NAME.search(text, max(0, m.start() - 200), m.start()) for m in _KEYWORD.finditer(text))


def run(store: ox.Store, text: str, bindings: Mapping[str, object] | None = None):
    """Check and execute ``text``; return (form, pyoxigraph result), form as in :data:`FORMS`."""
    if needs_inspection(text):
        check_allowed(inspect_query(text), graph_names(store))
    subs = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
    try:
        result = store.query(text, prefixes=PREFIX_IRIS, substitutions=subs or None)
    except SyntaxError as err:
        inspect_query(text)  # rdflib names unknown prefixes and recognizes updates; else Oxigraph's message
        raise QuerySyntaxError(_ox_message(err)) from None
    except RuntimeError as err:  # e.g. a bound variable the SELECT does not project
        raise KgError(f"query cannot run: {err}") from None
    if isinstance(result, ox.QuerySolutions):
        return "SELECT", result
    if isinstance(result, ox.QueryBoolean):
        return "ASK", result
    return "CONSTRUCT", result


def _ox_message(err: SyntaxError) -> str:
    msg = str(err.args[0] if err.args else err)
    m = _OX_POSITION.match(msg)
    if m:
        return f"query syntax error at line {m[1]}, column {m[2]}: {msg[m.end() :]}"
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
