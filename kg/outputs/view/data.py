"""Read a kg graph (docs/GRAPH.md) into the plain, JSON-able tables the network view shows.

Everything is read with rdflib triple patterns and sorted, so the same graph always gives the same
tables (and the page the same bytes). Nothing here renders or escapes: the page does that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from ...core.namespaces import KG, SCHEMA
from ...core.records import ENTITY_CLASSES
from .comention import comentions
from .evidence import evidence_and_confidence
from .evidence import term_key as _term_key
from .roledata import roles_by_node
from .terms import text_of as _text

NON_ENTITY_CLASSES = frozenset({KG.Article, KG.Quote, KG.Assertion})
"""kg classes whose instances are provenance or documents, not entities."""

NON_FACT_PROPERTIES = frozenset({KG.mentionedIn, KG.fipsCode})
"""kg properties on entities that are bookkeeping or identifiers, not facts shown as edges or values."""

IDENTIFIERS = ((SCHEMA.identifier, "id"), (OWL.sameAs, "same as"), (KG.fipsCode, "FIPS"), (SKOS.exactMatch, "Wikidata"))
"""Links to authoritative identifiers (CourtListener, citations, GeoNames, FIPS), shown in the panel."""


@dataclass
class ViewData:
    """The tables behind the page; lists of dicts and lists, ready for ``json.dumps``.

    To carry more about a fact (say a ``confidence``), add a key to its dict in ``edges`` (or
    ``literals``): the page passes unknown keys through, and reads ``confidence`` when present."""

    classes: list[str] = field(default_factory=list)
    properties: list[str] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    comentions: list[list[int]] = field(default_factory=list)


def local_name(iri: URIRef) -> str:
    """The part of a kg term after its namespace (``kg:heads`` -> ``heads``)."""
    return str(iri)[len(str(KG)) :] if str(iri).startswith(str(KG)) else str(iri).rsplit("/", 1)[-1]


def _entity_classes(graph: Graph) -> dict[URIRef, str]:
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


def _names(graph: Graph, subjects) -> list[str]:
    """The labels of ``subjects`` (authors, outlets are entities), sorted; their IRI's tail if unnamed."""
    return sorted({_text(graph, s, RDFS.label) or local_name(s) for s in subjects if isinstance(s, URIRef)})


def _articles(graph: Graph) -> tuple[list[dict], dict[URIRef, int]]:
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


def read_view_data(graph: Graph) -> ViewData:
    """Collect entities, facts (with evidence), articles and quotes from ``graph``."""
    classes = _entity_classes(graph)
    articles, article_index = _articles(graph)
    evidence, confidence = evidence_and_confidence(graph, article_index)
    iris = sorted(classes)
    node_index = {iri: i for i, iri in enumerate(iris)}
    ev_rows: dict[tuple, int] = {}

    def ev_ids(key: tuple) -> list[int]:
        return [ev_rows.setdefault(row, len(ev_rows)) for row in evidence.get(key, [])]

    nodes, edge_keys = [], []
    for iri in iris:
        aliases = sorted({str(a) for a in graph.objects(iri, SKOS.altLabel)})
        label = _text(graph, iri, RDFS.label) or (aliases[0] if aliases else local_name(iri))
        literals = []
        for p, o in sorted(graph.predicate_objects(iri), key=_term_key):
            if not str(p).startswith(str(KG)) or p in NON_FACT_PROPERTIES:
                continue
            if isinstance(o, Literal):
                conf = confidence.get((iri, p, o))
                literals.append({"prop": local_name(p), "value": str(o), "ev": ev_ids((iri, p, o)), "conf": conf})
            elif o in node_index:
                edge_keys.append((iri, p, o))
        mentioned = {article_index[a] for a in graph.objects(iri, KG.mentionedIn) if a in article_index}
        nodes.append(
            {
                "iri": str(iri),
                "label": label,
                "cls": classes[iri],
                "aliases": [a for a in aliases if a != label],
                "literals": literals,
                "articles": sorted(mentioned),
                "ids": [f"{name}: {o}" for p, name in IDENTIFIERS for o in sorted(graph.objects(iri, p))],
            }
        )
    properties = sorted({local_name(p) for _, p, _ in edge_keys})
    prop_index = {name: i for i, name in enumerate(properties)}
    edges = [
        {
            "from": node_index[s],
            "to": node_index[o],
            "prop": prop_index[local_name(p)],
            "ev": ev_ids((s, p, o)),
            "conf": confidence.get((s, p, o)),  # kg:confidence, None in graphs built before it
        }
        for s, p, o in sorted(edge_keys)
    ]
    data = ViewData(
        classes=_present_classes(classes.values()), properties=properties, articles=articles, nodes=nodes, edges=edges
    )
    data.quotes = _quotes(graph, node_index, article_index)
    same = {row[:3]: row for row in ev_rows}  # a holding's sentence is usually a fact's evidence already
    ev = lambda row: ev_rows.setdefault(same.get(row[:3], row), len(ev_rows))  # noqa: E731
    shown: dict[int, dict] = {}  # a holding is on its member's and its body's panel: one dict for both
    for i, roles in roles_by_node(graph, node_index, article_index).items():  # offices in time, on both sides
        nodes[i]["roles"] = [
            shown.get(id(r)) or shown.setdefault(id(r), {**r, "ev": [ev(row) for row in r["ev"]]}) for r in roles
        ]
    data.evidence = [
        {"article": a, "start": s, "end": e, "text": x, "rule": r, **({"page": p} if p > 0 else {})}
        for (a, s, e, x, r, p) in ev_rows
    ]
    data.comentions = comentions(nodes, edges, data.evidence)
    return data


def _present_classes(names) -> list[str]:
    order = {name: i for i, name in enumerate(ENTITY_CLASSES)}
    return sorted(set(names), key=lambda n: (order.get(n, len(order)), n))


def _quotes(graph: Graph, nodes: dict[URIRef, int], articles: dict[URIRef, int]) -> list[dict]:
    rows = []
    for quote in set(graph.subjects(RDF.type, KG.Quote)):
        speaker = graph.value(quote, KG.speaker)
        article = articles.get(graph.value(quote, KG.inArticle), -1)
        rows.append((nodes.get(speaker, -1), article, _text(graph, quote, KG.text), str(quote)))
    rows.sort()
    return [{"speaker": s, "article": a, "text": t} for s, a, t, _ in rows]
