"""``kg validate``: check a graph against kg's SHACL shapes (``ontology/shapes.ttl``).

pySHACL runs with ``ontology/kg.ttl`` mixed in as the ontology, so that subclasses count (an
Official is a Person, a Court an Agency), and without inference: the shapes require each entity to
carry exactly one, its most specific, class, which RDFS inference would break.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.util import guess_format

from ..core.namespaces import PREFIXES
from ..errors import KgError
from ..lexicon.resources import ontology_dir

MAX_VALUE_CHARS = 80
MAX_LISTED = 200  # results listed in the report (all are counted)


@dataclass
class ValidationResult:
    """The outcome of a validation: ``text`` is the readable report ``kg validate`` prints.
    Warnings (e.g. an entity mentioned in no article) are reported but do not break conformance."""

    conforms: bool
    text: str
    violations: int
    warnings: int = 0


def load_rdf(path: Path, what: str = "graph") -> Graph:
    """Parse an RDF file (format guessed from its suffix, Turtle by default) or raise KgError."""
    if not path.is_file():
        raise KgError(f"{path}: no such {what} file" + (" (run `kg build` first)" if what == "graph" else ""))
    fmt = guess_format(str(path)) or "turtle"
    try:
        return Graph().parse(path, format=fmt)
    except Exception as err:  # rdflib raises many kinds (BadSyntax, SAXParseException, ValueError...)
        raise KgError(f"{path}: not a valid {fmt} {what}: {_parse_error(err)}") from None


def _parse_error(err: Exception) -> str:
    """rdflib's multi-line syntax error as one line: 'line 3: Bad syntax (...)'."""
    lines = [line.strip() for line in str(err).strip().splitlines() if line.strip()] or [type(err).__name__]
    where = re.match(r"at (line \d+)", lines[0])
    if where and len(lines) > 1:
        problem = re.sub(r" at \^ in:$", "", lines[1])
        return f"{where.group(1)}: {problem}"
    return lines[0][:200]


@functools.lru_cache(maxsize=8)
def _cached_graph(path: str, mtime_ns: int, what: str) -> Graph:
    return load_rdf(Path(path), what)


def _load_cached(path: Path, what: str) -> Graph:
    """Shapes and ontology are parsed once per process (and again if the file changes)."""
    mtime = path.stat().st_mtime_ns if path.is_file() else -1
    return _cached_graph(str(path), mtime, what)


class _PreparedQueryGraph(Graph):
    """A graph that parses each SPARQL text once: pySHACL runs a SPARQL constraint once per focus
    node and rdflib would parse the same text every time (parsing costs ~10x the evaluation)."""

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepared_query(query_object)
        return super().query(query_object, *args, **kwargs)


@functools.lru_cache(maxsize=64)
def _prepared_query(text: str):
    return prepareQuery(text)


def validate_graph(graph: Graph, shapes_path: Path | None = None) -> ValidationResult:
    """Validate ``graph`` against the shapes (default ``ontology/shapes.ttl``)."""
    shapes = _load_cached(Path(shapes_path) if shapes_path else ontology_dir() / "shapes.ttl", "shapes")
    ontology = _load_cached(ontology_dir() / "kg.ttl", "ontology")
    data = _PreparedQueryGraph()  # a copy pySHACL may mix the ontology into (inplace)
    data += graph
    conforms, results, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True, inplace=True
    )
    if not isinstance(results, Graph):  # pySHACL could not use the shapes at all
        raise KgError(f"{shapes_path or 'ontology/shapes.ttl'}: unusable SHACL shapes: {text.strip().splitlines()[0]}")
    problems = _results(results, shapes)
    violations = sum(1 for p in problems if p[0] == "violation")
    warnings = len(problems) - violations
    return ValidationResult(bool(conforms), _report(problems, bool(conforms)), violations, warnings)


def run_validate(graph_path: Path, shapes: Path | None = None) -> int:
    """Print a readable report for ``graph_path``; return 0 if it conforms, 1 if not."""
    graph = load_rdf(Path(graph_path), "graph")
    result = validate_graph(graph, shapes)
    print(f"{graph_path}: {result.text}")
    return 0 if result.conforms else 1


def _short(term) -> str:
    """A compact form of an RDF term: prefixed IRIs, truncated literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        matches = [(len(str(ns)), p) for p, ns in PREFIXES.items() if term.startswith(str(ns))]
        if not matches:
            return f"<{term}>"
        length, prefix = max(matches)
        return f"{prefix}:{term[length:]}"
    if isinstance(term, Literal):
        text = str(term).replace("\n", " ")
        if len(text) > MAX_VALUE_CHARS:
            text = text[: MAX_VALUE_CHARS - 3] + "..."
        suffix = f"^^{_short(term.datatype)}" if term.datatype else (f"@{term.language}" if term.language else "")
        return f'"{text}"{suffix}'
    return "(blank node)"


def _shorten_iris(message: str) -> str:
    """Write the full IRIs pySHACL puts into templated messages with kg's prefixes."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
        message = message.replace(str(ns), f"{prefix}:")
    return message


def _shape_name(shapes: Graph, shape) -> str:
    """The shape's rdfs:label, or for a property shape '<node shape label> / <sh:name>'."""
    label = shapes.value(shape, RDFS.label) or shapes.value(shape, SH.name)
    parent = shapes.value(None, SH.property, shape)
    if parent is not None:
        parent_label = shapes.value(parent, RDFS.label)
        return f"{parent_label} / {label}" if parent_label else str(label or "")
    return str(label) if label else (_short(shape) if isinstance(shape, URIRef) else "")


def _results(results: Graph, shapes: Graph) -> list[tuple[str, str, str, str, str, str]]:
    """(severity, message, focus, path, value, shape) for each validation result, sorted."""
    rows = []
    for res in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(res, SH.resultSeverity)
        sev = "violation" if severity in (None, SH.Violation) else str(severity).rsplit("#", 1)[-1].lower()
        messages = sorted(_shorten_iris(str(m)) for m in results.objects(res, SH.resultMessage))
        component = _short(results.value(res, SH.sourceConstraintComponent))
        rows.append(
            (
                sev,
                messages[0] if messages else f"constraint {component} not met",
                _short(results.value(res, SH.focusNode)),
                _short(results.value(res, SH.resultPath)),
                _short(results.value(res, SH.value)),
                _shape_name(shapes, results.value(res, SH.sourceShape)),
            )
        )
    return sorted(set(rows), key=lambda r: (r[0] != "violation", r))


def _report(problems: list[tuple[str, str, str, str, str, str]], conforms: bool) -> str:
    violations = sum(1 for p in problems if p[0] == "violation")
    warnings = len(problems) - violations
    head = "conforms" if conforms else f"does not conform: {violations} violation(s)"
    if warnings:
        head += f", {warnings} warning(s)"
    lines = [head]
    for sev, message, focus, path, value, shape in problems[:MAX_LISTED]:
        lines.append(f"  - {sev}: {message}" + (f"  [{shape}]" if shape else ""))
        detail = f"focus {focus}" + (f"  path {path}" if path else "")
        detail += f"  value {value}" if value and value != focus else ""
        lines.append(f"      {detail}")
    if len(problems) > MAX_LISTED:
        lines.append(f"  ... and {len(problems) - MAX_LISTED} more")
    return "\n".join(lines)
