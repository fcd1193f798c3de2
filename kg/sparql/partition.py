"""How ``kg push`` lays a graph out in a store: the shared graph in the default graph, evidence per article.

Every triple goes to exactly one graph, so the union of the store's graphs is the input graph with
no triple repeated:

- **the default graph** holds what the articles share: every entity's types, labels and other
  descriptive triples, every fact between entities (and fact literals), ``kg:mentionedIn`` links,
  and the ontology (classes, properties and their hierarchy);
- **one named graph per article**, named by the article's IRI, holds that article's evidence: the
  article node (text, title, source ...), its evidence resources and their selectors, the
  assertions and quotes derived from them. A node that is evidence of several articles at once
  (none in kg's graphs today) stays in the default graph. An assertion's ``kg:confidence`` is
  computed over the whole corpus (from every article stating the fact), so it is in the default
  graph too: a new article changes it without changing the other articles' graphs.

A store queried with its *union default graph* (Oxigraph ``serve --union-default-graph``, Fuseki's
``tdb2:unionDefaultGraph``, GraphDB and Virtuoso by default) then answers every competency question
with the rows ``kg query`` gives on ``graph.ttl``; without it, the questions about entities and
facts alone still do, from the default graph. An article added, changed or removed changes its own
named graph and the triples of the default graph it contributes, and nothing else.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from ..core.namespaces import KG
from ..graph.split import evidence_owners

Triple = tuple[Node, Node, Node]
CORPUS_WIDE = frozenset({KG.confidence})  # values computed from every article, not from one


def evidence_homes(graph: Graph) -> dict[Node, URIRef]:
    """Each evidence-side node (article, evidence, selector, assertion, quote) of exactly one
    article, with that article (:func:`kg.graph.split.evidence_owners`)."""
    owners = evidence_owners(graph, set(graph.subjects(RDF.type, KG.Article)))
    return {node: next(iter(arts)) for node, arts in owners.items() if len(arts) == 1}


def partition(graph: Graph) -> tuple[list[Triple], dict[URIRef, list[Triple]]]:
    """The default graph's triples and each article's named graph (sorted by article IRI)."""
    homes = evidence_homes(graph)
    shared: list[Triple] = []
    named: dict[URIRef, list[Triple]] = defaultdict(list)
    for triple in graph:
        home = homes.get(triple[0]) if triple[1] not in CORPUS_WIDE else None
        (named[home] if home is not None else shared).append(triple)
    for art in set(homes.values()):
        named.setdefault(art, [])
    return shared, dict(sorted(named.items()))
