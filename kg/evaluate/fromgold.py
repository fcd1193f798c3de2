"""Turn a reference (``kg-gold/1``) into the graph a perfect build would produce (docs/GRAPH.md).

Useful for tests: scoring a reference against its own graph must give 1.0 everywhere. Only the
shapes the scorer reads are written (entities with labels, facts, titles, dates, articles and
quotes); provenance (assertions, evidence) is left out. Optional items are included, as a
reader who annotates them would; they change no score.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from ..core.iri import mint
from ..core.namespaces import KG, bind_prefixes
from ..language.normalize import year
from .gold import Gold


def gold_to_graph(gold: Gold, include_optional: bool = True) -> Graph:
    g = bind_prefixes(Graph())
    iri: dict[str, URIRef] = {}
    for e in gold.entities.values():
        if e.optional and not include_optional:
            continue
        node = mint(e.cls, e.name)
        if node in iri.values():  # two reference entities with the same slug
            node = mint(e.cls, e.name, e.id)
        iri[e.id] = node
        g.add((node, RDF.type, KG[e.cls]))
        g.add((node, RDFS.label, Literal(e.name)))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias)))
    articles = {doc: mint("article", doc) for doc in gold.documents}
    for doc, art in articles.items():
        g.add((art, RDF.type, KG.Article))
        g.add((art, DCTERMS.identifier, Literal(doc)))
    for f in gold.facts:
        if (f.optional and not include_optional) or f.s not in iri or f.o not in iri:
            continue
        g.add((iri[f.s], KG[f.p], iri[f.o]))
        for doc in f.docs:
            if doc in articles:
                g.add((iri[f.s], KG.mentionedIn, articles[doc]))
                g.add((iri[f.o], KG.mentionedIn, articles[doc]))
    for x in gold.literals:
        if (x.optional and not include_optional) or x.s not in iri:
            continue
        value = Literal(x.value) if x.p == "title" else Literal(year(x.value), datatype=XSD.gYear)
        g.add((iri[x.s], KG[x.p], value))
    for i, q in enumerate(gold.quotes):
        if (q.optional and not include_optional) or q.speaker not in iri:
            continue
        art = articles.get(q.doc) or mint("article", q.doc)
        node = mint("quote", q.doc, i)
        g.add((node, RDF.type, KG.Quote))
        g.add((node, KG.text, Literal(f"{q.starts} and so on.")))
        g.add((node, KG.speaker, iri[q.speaker]))
        g.add((node, KG.inArticle, art))
        g.add((art, DCTERMS.identifier, Literal(q.doc)))
    return g
