"""A graph's contents as tables (lists of dicts): entities, facts, evidence, quotes.

A *fact* is a distinct (subject, property, object) triple the graph asserts; a piece of
*evidence* is one sentence of one article that states a fact (a ``kg:Assertion``, a row of
facts.csv). ``evidence_rows`` is what facts.csv holds, with offsets (and the page of a PDF).
"""

from __future__ import annotations

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from ..core.namespaces import KG, OA

EVIDENCE_COLUMNS = (
    "subject",
    "subject_class",
    "property",
    "object",
    "object_class",
    "article_id",
    "evidence",
    "subject_iri",
    "object_iri",
    "rule",
    "status",
)
"""The columns of facts.csv, in order (``evidence_rows`` adds ``start``, ``end`` and ``page``). ``status``
is the assertion's ``kg:holdingStatus`` ("former", "acting", "interim", "elect"; empty when the
sentence states the holding as current, and for other facts)."""


def _label(graph: Graph, node) -> tuple[str, str]:
    if isinstance(node, Literal):
        return str(node), ""
    label = graph.value(node, RDFS.label)
    cls = graph.value(node, RDF.type)
    return (str(label) if label is not None else str(node)), (str(cls).rsplit("#", 1)[-1] if cls else "")


def _selectors(graph: Graph, ev) -> tuple[str, int, int]:
    exact, start, end = "", 0, 0
    for sel in graph.objects(ev, OA.hasSelector):
        if (sel, RDF.type, OA.TextQuoteSelector) in graph:
            exact = str(graph.value(sel, OA.exact))
        elif (sel, RDF.type, OA.TextPositionSelector) in graph:
            start, end = int(graph.value(sel, OA.start)), int(graph.value(sel, OA.end))
    return exact, start, end


def evidence_tuples(graph: Graph) -> list[tuple]:
    """:func:`evidence_rows` as tuples: the EVIDENCE_COLUMNS, then start, end and page; sorted as
    facts.csv is (whose rows are their first eleven). A large corpus has some 100,000: as dicts of
    fourteen keys, each with its own copy of the labels and IRIs, they were a peak of the build's
    memory (issue 19); here an entity's label, class and IRI, and an article's id, are one string each."""
    labels: dict = {}
    text: dict = {}

    def label(node) -> tuple[str, str]:
        found = labels.get(node)
        if found is None:
            found = labels[node] = _label(graph, node)
        return found

    def str_of(term) -> str:
        found = text.get(term)
        if found is None:
            found = text[term] = str(term)
        return found

    rows = []
    for a in graph.subjects(RDF.type, KG.Assertion):
        s, p, o = graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object)
        (s_label, s_cls), (o_label, o_cls) = label(s), label(o)
        prop = str(p).rsplit("#", 1)[-1]
        rule = "; ".join(sorted(str(graph.value(r, RDFS.label)) for r in graph.objects(a, PROV.wasGeneratedBy)))
        held = graph.value(a, KG.holdingStatus)
        status = str_of(held) if held is not None else ""
        for ev in graph.objects(a, PROV.wasDerivedFrom):
            doc = graph.value(graph.value(ev, OA.hasSource), DCTERMS.identifier)
            exact, start, end = _selectors(graph, ev)
            page = graph.value(ev, KG.page)
            o_iri = str_of(o) if o_cls else ""
            rows.append(
                (
                    s_label,
                    s_cls,
                    prop,
                    o_label,
                    o_cls,
                    str_of(doc),
                    exact,
                    str_of(s),
                    o_iri,
                    rule,
                    status,
                    start,
                    end,
                    int(page) if page is not None else None,
                )
            )
    rows.sort(key=lambda r: (r[0], r[2], r[3], r[5], r[11], r[7], r[6]))
    return rows


def evidence_rows(graph: Graph) -> list[dict]:
    """One row per fact and piece of evidence, sorted as facts.csv is (walks the assertions: linear)."""
    return [{**dict(zip(EVIDENCE_COLUMNS, r)), "start": r[11], "end": r[12], "page": r[13]} for r in evidence_tuples(graph)]


def fact_rows(evidence: list[dict]) -> list[dict]:
    """One row per fact (distinct subject, property, object), with its articles and number of pieces of evidence (``evidence_count``)."""
    facts: dict[tuple, dict] = {}
    for r in evidence:
        key = (r["subject_iri"], r["property"], r["object_iri"] or r["object"])
        row = facts.get(key)
        if row is None:
            row = facts[key] = {k: r[k] for k in EVIDENCE_COLUMNS if k not in ("article_id", "evidence", "rule", "status")}
            row.update(articles=[], evidence_count=0)
        row["evidence_count"] += 1
        if r["article_id"] not in row["articles"]:
            row["articles"].append(r["article_id"])
    return list(facts.values())


def quote_rows(graph: Graph) -> list[dict]:
    """One row per quote: article, speaker (label and IRI, empty when unknown), text, and its sentence's offsets."""
    rows = []
    for q in graph.subjects(RDF.type, KG.Quote):
        speaker = graph.value(q, KG.speaker)
        ev = graph.value(q, PROV.wasDerivedFrom)
        _, start, end = _selectors(graph, ev) if ev is not None else ("", 0, 0)
        rows.append(
            {
                "article_id": str(graph.value(graph.value(q, KG.inArticle), DCTERMS.identifier) or ""),
                "speaker": _label(graph, speaker)[0] if speaker is not None else "",
                "speaker_iri": str(speaker) if speaker is not None else "",
                "text": str(graph.value(q, KG.text) or ""),
                "start": start,
                "end": end,
            }
        )
    rows.sort(key=lambda r: (r["article_id"], r["start"], r["end"], r["text"]))
    return rows


def entity_rows(resolution) -> list[dict]:
    """One row per entity, as entities.csv (aliases as a list, articles as the number of articles)."""
    return [
        {"iri": e.iri, "label": e.label, "class": e.cls, "aliases": list(e.aliases), "articles": len(e.articles)}
        for e in resolution.entities
    ]
