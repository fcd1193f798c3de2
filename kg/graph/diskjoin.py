"""A :class:`~kg.graph.diskstore.DiskStore`'s provenance read by SQL joins, as term ids (issue 19).

Every fact's evidence is an assertion (subject, predicate, object, rule), derived from sources
(article, page), each with its selectors (exact text, start, end): docs/GRAPH.md. Read predicate by
predicate, these are some ten Python dictionaries of a large corpus's size, all alive at once; here
one join gives them assertion by assertion, and the caller holds one assertion's rows at a time.
A value the graph lacks is ``None``; a property with several values gives one row per combination
(the caller picks among them).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from rdflib.namespace import PROV, RDF

from ..core.namespaces import KG, OA
from .diskstore import DiskStore

TERMS = {
    "type": RDF.type,
    "Assertion": KG.Assertion,
    "subject": RDF.subject,
    "predicate": RDF.predicate,
    "object": RDF.object,
    "rule": KG.extractedBy,
    "derived": PROV.wasDerivedFrom,
    "source": OA.hasSource,
    "page": KG.page,
    "selector": OA.hasSelector,
    "exact": OA.exact,
    "start": OA.start,
    "end": OA.end,
    "confidence": KG.confidence,
}

_FACT = """
LEFT JOIN t AS su ON su.s = {a}.s AND su.p = :subject
LEFT JOIN t AS pr ON pr.s = {a}.s AND pr.p = :predicate
LEFT JOIN t AS ob ON ob.s = {a}.s AND ob.p = :object"""

EVIDENCE_SQL = (
    """SELECT a.rowid, su.o, pr.o, ob.o, ru.o, d.o, so.o, pg.o, se.o, ex.o, st.o, en.o
FROM t AS a CROSS JOIN t AS d ON d.s = a.s AND d.p = :derived"""
    + _FACT.format(a="a")
    + """
LEFT JOIN t AS ru ON ru.s = a.s AND ru.p = :rule
LEFT JOIN t AS so ON so.s = d.o AND so.p = :source
LEFT JOIN t AS pg ON pg.s = d.o AND pg.p = :page
LEFT JOIN t AS se ON se.s = d.o AND se.p = :selector
LEFT JOIN t AS ex ON ex.s = se.o AND ex.p = :exact
LEFT JOIN t AS st ON st.s = se.o AND st.p = :start
LEFT JOIN t AS en ON en.s = se.o AND en.p = :end
WHERE a.p = :type AND a.o = :Assertion
ORDER BY a.rowid"""
)
"""One row per assertion, source and selector: (key, subject, predicate, object, rule, source,
article, page, selector, exact, start, end); an assertion's rows one after another."""

CONFIDENCE_SQL = "SELECT c.rowid, c.o, su.o, pr.o, ob.o FROM t AS c" + _FACT.format(a="c") + "\nWHERE c.p = :confidence"
"""One row per kg:confidence value: (key, value, subject, predicate, object); a value's rows one after
another (the left side of a LEFT JOIN is SQLite's outer loop), in no particular order otherwise."""


def _grouped(rows) -> Iterator[list[tuple]]:
    for _, group in groupby(rows, key=lambda row: row[0]):
        yield [row[1:] for row in group]


def assertion_rows(store: DiskStore) -> Iterator[list[tuple]]:
    """Each assertion's rows: (subject, predicate, object, rule, source, article, page, selector,
    exact, start, end) term ids, only of assertions derived from at least one source."""
    return _grouped(store.select(EVIDENCE_SQL, TERMS))


def confidence_rows(store: DiskStore) -> Iterator[list[tuple]]:
    """Each kg:confidence triple's rows: (value, subject, predicate, object) term ids."""
    return _grouped(store.select(CONFIDENCE_SQL, TERMS))
