"""The graph's parts the view lists as they are: entity classes, articles and quotes (docs/GRAPH.md).

Everything is read with rdflib triple patterns and sorted, so the same graph always gives the same
rows. Nothing here renders or escapes: the page does that.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from ...core.namespaces import KG, SCHEMA
from ...core.records import ENTITY_CLASSES
from .terms import text_of as _text

NON_ENTITY_CLASSES = frozenset({KG.Article, KG.Quote, KG.Assertion})
"""kg classes whose instances are provenance or documents, not entities."""

NON_FACT_PROPERTIES = frozenset({KG.mentionedIn, KG.fipsCode})
"""kg properties on entities that are bookkeeping or identifiers, not facts shown as edges or values."""

IDENTIFIERS = ((SCHEMA.identifier, "id"), (OWL.sameAs, "same as"), (KG.fipsCode, "FIPS"), (SKOS.exactMatch, "Wikidata"))
"""Links to authoritative identifiers (CourtListener, citations, GeoNames, FIPS), shown in the panel."""


def local_name(iri: URIRef) -> str:
    """The part of a kg term after its namespace (``kg:heads`` -> ``heads``)."""
    return str(iri)[len(str(KG)) :] if str(iri).startswith(str(KG)) else str(iri).rsplit("/", 1)[-1]


def entity_classes(graph: Graph) -> dict[URIRef, str]:
    """Entity IRI -> class local name (the most specific one if a graph states several)."""
    order = {name: i for i, name in enumerate(ENTITY_CLASSES)}
    found: dict[URIRef, str] = {}
    for subject, cls in graph.subject_objects(RDF.type):
        if not isinstance(subject, URIRef) or not isinstance(cls, URIRef):
            continue
        if not str(cls).startswith(str(KG)) or cls in NON_ENTITY_CLASSES:
            continue
        name = local_name(cls)
        old = found.get(subject)
        if old is None or (order.get(name, 99), name) < (order.get(old, 99), old):
            found[subject] = name
    return found


def present_classes(names) -> list[str]:
    """The classes among ``names``, in ENTITY_CLASSES' order (others after, by name)."""
    order = {name: i for i, name in enumerate(ENTITY_CLASSES)}
    return sorted(set(names), key=lambda n: (order.get(n, len(order)), n))


def _names(graph: Graph, subjects) -> list[str]:
    """The labels of ``subjects`` (authors, outlets are entities), sorted; their IRI's tail if unnamed."""
    return sorted({_text(graph, s, RDFS.label) or local_name(s) for s in subjects if isinstance(s, URIRef)})


def articles_of(graph: Graph) -> tuple[list[dict], dict[URIRef, int]]:
    """One row per article: id, title, source path, date, outlet, authors and URL ('' / [] if unknown)."""
    rows = []
    for article in set(graph.subjects(RDF.type, KG.Article)):
        ident = _text(graph, article, DCTERMS.identifier) or local_name(article)
        outlets = _names(graph, graph.objects(article, DCTERMS.publisher))
        row = {
            "id": ident,
            "title": _text(graph, article, DCTERMS.title),
            "path": _text(graph, article, KG.sourcePath),
            "date": _text(graph, article, DCTERMS.date)[:10],
            "outlet": outlets[0] if outlets else "",
            "authors": _names(graph, graph.objects(article, DCTERMS.creator)),
            "url": _text(graph, article, SCHEMA.url),
        }
        rows.append((ident, str(article), row))
    rows.sort(key=lambda r: (r[0], r[1]))
    index = {URIRef(iri): i for i, (_, iri, _) in enumerate(rows)}
    return [r[2] for r in rows], index


def quote_rows(graph: Graph, nodes: dict[URIRef, int], articles: dict[URIRef, int]) -> list[dict]:
    """One row per quote: speaker (entity index, -1 if none), article (index) and text; sorted."""
    rows = []
    for quote in set(graph.subjects(RDF.type, KG.Quote)):
        speaker = graph.value(quote, KG.speaker)
        article = articles.get(graph.value(quote, KG.inArticle), -1)
        rows.append((nodes.get(speaker, -1), article, _text(graph, quote, KG.text), str(quote)))
    rows.sort()
    return [{"speaker": s, "article": a, "text": t} for s, a, t, _ in rows]
