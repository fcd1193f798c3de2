"""Writing a build's outputs: graph.ttl, facts.csv, entities.csv, resolution.tsv, graph.html.

Each file is replaced atomically, so a build that fails or is killed leaves the previous outputs
whole. Spreadsheet cells are safe (:func:`cell`): a text that a spreadsheet would run as a formula
gets the OWASP prefix ``'`` and control characters other than tab and newline are removed.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF

from ..graph.store import TURTLE_PREFIXES
from ..resolve.corpus import Resolution
from .atomic import atomic_write
from .tables import EVIDENCE_COLUMNS, evidence_tuples

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def cell(value):
    """A CSV/TSV cell a spreadsheet shows as text: ``'`` before a leading ``= + - @`` (or tab, CR),
    which it would otherwise run as a formula (OWASP CSV injection); NUL and other control
    characters but tab and newline removed. Numbers and ordinary text are unchanged."""
    if not isinstance(value, str):
        return value
    if _CONTROLS.search(value):
        value = _CONTROLS.sub("", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _safe(rows):
    return ([cell(v) for v in row] for row in rows)


def _ox_term(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.NamedNode(str(term))


def _sorted_triples(graph: Graph):
    """Triples subject by subject (in N-Triples order of the subjects), each subject's ``rdf:type``
    first, then by predicate and object: streamed, so a large graph is never copied as text."""
    in_order = getattr(graph.store, "subjects_sorted", lambda: None)()  # a store on disk sorts there
    for s in in_order if in_order is not None else sorted(set(graph.subjects()), key=lambda t: t.n3()):
        subject = _ox_term(s)
        rows = sorted(graph.predicate_objects(s), key=lambda po: (po[0] != RDF.type, po[0].n3(), po[1].n3()))
        for p, o in rows:
            yield ox.Triple(subject, ox.NamedNode(str(p)), _ox_term(o))


def write_turtle(graph: Graph, path: Path) -> None:
    """Turtle, subjects grouped and sorted, so the same graph always gives the same bytes.

    Serialized by Oxigraph, fed triple by triple: ten times faster than rdflib's Turtle serializer,
    and without the whole graph held once more as text (the peak memory of large builds)."""

    with atomic_write(path, "wb") as fh:
        ox.serialize(_sorted_triples(graph), fh, ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)


def write_facts_csv(graph: Graph, path: Path) -> int:
    """One row per fact and evidence sentence (walks the assertions: linear in the graph's size)."""
    rows = evidence_tuples(graph)  # tuples, not dicts: the rows of a large corpus are many (issue 19)
    with atomic_write(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(EVIDENCE_COLUMNS)
        w.writerows(_safe(r[: len(EVIDENCE_COLUMNS)] for r in rows))
    return len(rows)


def write_entities_csv(res: Resolution, path: Path) -> None:
    with atomic_write(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["iri", "label", "class", "aliases", "articles"])
        w.writerows(_safe([e.iri, e.label, e.cls, "; ".join(e.aliases), len(e.articles)] for e in res.entities))


def write_resolution_log(res: Resolution, path: Path) -> None:
    with atomic_write(path, newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["entity", "name", "article", "decision"])
        w.writerows(_safe(res.log))


def write_html(graph: Graph, path: Path) -> None:
    """The network view, written atomically like the other outputs (fsynced, umask honoured)."""
    from .view.page import page_pieces

    with atomic_write(path, newline="\n") as fh:
        fh.writelines(page_pieces(graph))  # written piece by piece: the page is never held whole
