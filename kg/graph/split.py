"""Split a kg graph into one named graph per article plus one for the ontology.

Used by TriG export (``kg push`` lays graphs out differently: :mod:`kg.sparql.partition`). Each
article's graph holds what that article supports (shape in docs/GRAPH.md):

- the article node's own triples;
- its evidence resources and their selectors (``oa:hasSource`` the article), the assertions and
  quotes derived from that evidence (``prov:wasDerivedFrom``), quotes ``kg:inArticle`` it;
- every fact triple (entity-to-entity or literal) that has an assertion derived from it;
- the descriptive triples (type, labels, ...) of every entity ``kg:mentionedIn`` it, and that
  ``kg:mentionedIn`` link itself;
- any other instance (``kgid:``) node only reached from the above (an author, say): its triples.

Triples shared by several articles (an entity's label, a fact two articles support) are copied
into each of them, so every named graph stands alone and the union of all named graphs is the
input graph. Everything not about an instance (classes, properties, the ``owl:Ontology`` node)
goes to :data:`ONTOLOGY_GRAPH`, as does any instance triple no article reaches. Blank nodes
should be confined to the ontology part (kg graphs have none): a blank node copied into two named
graphs would become two nodes in a store.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from ..core.namespaces import KG, KGID, OA

ONTOLOGY_GRAPH = URIRef(str(KG).rstrip("#"))
"""The named graph of the ontology terms: the ontology's own IRI, ``https://w3id.org/civic-kg/ns``."""

Owners = dict[Node, set[URIRef]]
Triple = tuple[Node, Node, Node]


def split_by_article(graph: Graph) -> dict[URIRef, Graph]:
    """Named graphs keyed by article IRI (plus :data:`ONTOLOGY_GRAPH`), in sorted key order.

    The graphs bind no prefixes (binding is slow, and per-graph prefixes are lost in a dataset
    anyway): bind them once on whatever serializes the result.
    """
    out: dict[URIRef, Graph] = {}
    for name, triples in split_triples(graph).items():
        part = out[name] = Graph(identifier=name)
        for triple in triples:
            part.add(triple)
    return out


def split_triples(graph: Graph) -> dict[URIRef, list[Triple]]:
    """Like :func:`split_by_article`, as plain lists of triples (much faster than building Graphs)."""
    articles = set(graph.subjects(RDF.type, KG.Article))
    owners = _owners(graph, articles)
    facts = _fact_owners(graph, owners)
    ontology = {ONTOLOGY_GRAPH}
    out: dict[URIRef, list[Triple]] = defaultdict(list)
    for triple in graph:
        s, p, o = triple
        homes = facts.get(triple) or ({o} if p == KG.mentionedIn and o in articles else None) or owners.get(s) or ontology
        for home in homes:
            out[home].append(triple)
    return dict(sorted(out.items()))


def evidence_owners(graph: Graph, articles: set[Node], links=(KG.inArticle,)) -> Owners:
    """The articles each evidence-side node comes from: an article itself, its evidence
    (``oa:hasSource``) and their selectors, what is derived from that evidence (assertions, quotes),
    and the nodes ``links`` tie to an article (``kg:inArticle``)."""
    owners: Owners = defaultdict(set)
    for art in articles:
        owners[art].add(art)
    for ev, art in graph.subject_objects(OA.hasSource):
        if art in articles:
            owners[ev].add(art)
    for ev, selector in graph.subject_objects(OA.hasSelector):
        owners[selector] |= owners.get(ev, set())
    for node, ev in graph.subject_objects(PROV.wasDerivedFrom):
        owners[node] |= owners.get(ev, set())
    for prop in links:
        for node, art in graph.subject_objects(prop):
            if art in articles:
                owners[node].add(art)
    return owners


def _owners(graph: Graph, articles: set[Node]) -> Owners:
    """The articles each instance node belongs to."""
    owners = evidence_owners(graph, articles, (KG.inArticle, KG.mentionedIn))
    owners = {node: arts for node, arts in owners.items() if arts}
    _reach(graph, owners)
    return owners


def _reach(graph: Graph, owners: Owners) -> None:
    """Give each unowned instance node the owners of the nodes that point to it, to a fixed point."""
    pending = {s for s in set(graph.subjects()) if s not in owners and _is_instance(s)}
    while pending:
        reached = {}
        for node in pending:
            arts: set[URIRef] = set()
            for src in graph.subjects(None, node):
                arts |= owners.get(src, set())
            if arts:
                reached[node] = arts
        if not reached:
            return
        owners.update(reached)
        pending -= reached.keys()


def _fact_owners(graph: Graph, owners: Owners) -> dict[Triple, set[URIRef]]:
    """For each asserted triple, the articles whose assertions support it."""
    facts: dict[Triple, set[URIRef]] = defaultdict(set)
    for assertion, s in graph.subject_objects(RDF.subject):
        p, o = graph.value(assertion, RDF.predicate), graph.value(assertion, RDF.object)
        if p is not None and o is not None:
            facts[(s, p, o)] |= owners.get(assertion, set())
    return facts


def _is_instance(node: Node) -> bool:
    return isinstance(node, BNode) or (isinstance(node, URIRef) and node.startswith(str(KGID)))
