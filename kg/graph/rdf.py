"""Resolved extractions -> one RDF graph shaped as docs/GRAPH.md describes.

Entities with their class, label and aliases; facts as plain triples; for every fact an
assertion (a reified statement) derived from a Web Annotation evidence resource whose selectors
slice the article text exactly; articles with their metadata; quotes. No blank nodes: every
resource's IRI comes from :func:`kg.core.iri.mint`, so the same corpus gives the same Turtle bytes.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..core.iri import mint
from ..core.namespaces import KG, OA, SCHEMA, bind_prefixes
from ..core.records import Document, Evidence, Extraction
from ..lexicon.resources import ontology_dir
from ..resolve.corpus import Resolution
from .assertions import assertion_iri, fact_object
from .compact import CompactStore
from .identifiers import identifier_triples
from .pairs import paired
from .roles import add_roles


def ontology_graph() -> Graph:
    g = Graph()
    g.parse(ontology_dir() / "kg.ttl", format="turtle")
    return g


def build_graph(
    docs: list[Document], extractions: Iterable[Extraction], res: Resolution, include_ontology: bool = True, store=None
) -> Graph:
    """The graph, in ``store`` (default: a :class:`CompactStore`, a third of rdflib's default store's
    size; ``kg build`` passes a :class:`~kg.graph.diskstore.DiskStore`)."""
    g = bind_prefixes(Graph(store=store if store is not None else CompactStore()))
    if include_ontology:
        g += ontology_graph()
    nodes = {e.iri: URIRef(e.iri) for e in res.entities}  # one term per entity, shared by its local entities
    iri = _Terms(res.local_to_iri, nodes)  # (article id, local key) -> the entity's term, read as the graph needs it
    for e in res.entities:
        node = nodes[e.iri]
        g.add((node, RDF.type, KG[e.cls]))
        g.add((node, RDFS.label, Literal(e.label)))
        for a in e.aliases:
            g.add((node, SKOS.altLabel, Literal(a)))
        for doc_id in e.articles:
            g.add((node, KG.mentionedIn, mint("article", doc_id)))
        for p, o in identifier_triples(e):
            g.add((node, p, o))
    for doc, x in paired(docs, extractions):  # an extraction at a time when they are read from disk
        art = _article(g, doc, x.headline if x is not None else None)
        if x is None:
            continue
        for a in x.authors:
            g.add((art, DCTERMS.creator, iri[(doc.id, a)]))
        if x.publisher:
            g.add((art, DCTERMS.publisher, iri[(doc.id, x.publisher)]))
        for f in x.facts:
            s = iri[(doc.id, f.subj)]
            o = fact_object(f, iri[(doc.id, f.obj)] if f.obj is not None else None)
            p = KG[f.prop]
            g.add((s, p, o))
            a = assertion_iri(s, p, o, doc.id, f.evidence)
            g.add((a, RDF.type, KG.Assertion))
            g.add((a, RDF.subject, s))
            g.add((a, RDF.predicate, p))
            g.add((a, RDF.object, o))
            if f.rule and g.value(a, KG.extractedBy) is None:  # at most one (two facts may share an assertion)
                g.add((a, KG.extractedBy, Literal(f.rule)))
            g.add((a, PROV.wasGeneratedBy, _rule(g, f.rule_label)))
            g.add((a, PROV.wasDerivedFrom, _evidence(g, art, doc, f.evidence)))
        for q in x.quotes:
            node = mint("quote", doc.id, q.start, q.end)
            g.add((node, RDF.type, KG.Quote))
            g.add((node, KG.text, Literal(q.text)))
            g.add((node, KG.inArticle, art))
            if q.speaker is not None:
                g.add((node, KG.speaker, iri[(doc.id, q.speaker)]))
            g.add((node, PROV.wasDerivedFrom, _evidence(g, art, doc, q.evidence)))
    add_roles(g, docs, extractions, iri)
    return g


class _Terms:
    """``(article id, local key)`` -> the URIRef of its entity: the resolution's map read through the
    entities' terms (issue 19: not a second dict with a key per local entity)."""

    def __init__(self, local_to_iri, nodes: dict[str, URIRef]) -> None:
        self._iris, self._nodes = local_to_iri, nodes

    def __getitem__(self, pair: tuple[str, str]) -> URIRef:
        v = self._iris[pair]
        return self._nodes.get(v) or URIRef(v)


def _rule(g: Graph, label: str) -> URIRef:
    """The kg:Rule resource of ``component/pattern``, labelled with that name."""
    node = mint("rule", label)
    g.add((node, RDF.type, KG.Rule))
    g.add((node, RDFS.label, Literal(label)))
    return node


def _article(g: Graph, doc: Document, headline: str | None) -> URIRef:
    art = mint("article", doc.id)
    g.add((art, RDF.type, KG.Article))
    g.add((art, DCTERMS.identifier, Literal(doc.id)))
    title = doc.title
    if headline and (not title or doc.text.lstrip().startswith(title)):
        title = headline  # a title read off the first line yields to the first line that is not furniture
    if title:
        g.add((art, DCTERMS.title, Literal(title)))
    if doc.path:
        g.add((art, KG.sourcePath, Literal(doc.path)))
    if doc.url:
        g.add((art, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.date:
        g.add((art, DCTERMS.date, Literal(doc.date)))
    g.add((art, KG.sha256, Literal(hashlib.sha256(doc.text.encode("utf-8")).hexdigest())))
    g.add((art, KG.text, Literal(doc.text)))
    return art


def _evidence(g: Graph, art: URIRef, doc: Document, ev: Evidence) -> URIRef:
    doc_id = doc.id
    node = mint("evidence", doc_id, ev.start, ev.end)
    quote = mint("evidence", doc_id, ev.start, ev.end, "quote")
    pos = mint("evidence", doc_id, ev.start, ev.end, "position")
    g.add((node, RDF.type, OA.SpecificResource))
    g.add((node, OA.hasSource, art))
    g.add((node, OA.hasSelector, quote))
    g.add((node, OA.hasSelector, pos))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(ev.exact)))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
    if doc.pages:  # a PDF: the page the evidence starts on
        g.add((node, KG.page, Literal(bisect_right(doc.pages, ev.start), datatype=XSD.positiveInteger)))
    return node
