"""``kg stats``: what is in a graph, at a glance.

Counts of instances per class and of statements per property, the most connected entities
(degree) and the most central ones (betweenness, on a deterministic sample of sources for big
networks), the connected components of the entity network, and the articles with the most facts
(distinct facts their sentences state).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..core.namespaces import shorten
from ..graph.store import PREFIX_IRIS, load_store
from .network import entity_network

CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class . FILTER(STRSTARTS(STR(?s), STR(kgid:)))
} GROUP BY ?class ORDER BY DESC(?n) ?class
"""
PROPERTY_COUNTS = """
SELECT ?property (COUNT(*) AS ?n) WHERE {
  ?s ?property ?o . FILTER(STRSTARTS(STR(?s), STR(kgid:)))
} GROUP BY ?property ORDER BY DESC(?n) ?property
"""
ARTICLE_FACTS = """
SELECT ?article (COUNT(*) AS ?facts) WHERE {
  SELECT DISTINCT ?article ?s ?p ?o WHERE {
    ?assertion a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      prov:wasDerivedFrom/oa:hasSource/dcterms:identifier ?article .
  }
} GROUP BY ?article ORDER BY DESC(?facts) ?article
"""
FACT_TOTALS = """
SELECT (COUNT(*) AS ?facts) (SUM(?n) AS ?evidence) WHERE {
  SELECT ?s ?p ?o (COUNT(?assertion) AS ?n) WHERE {
    ?assertion a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  } GROUP BY ?s ?p ?o
}
"""
"""A fact is a distinct (subject, property, object) triple the graph asserts; each kg:Assertion is one
piece of evidence for one fact (one sentence of one article stating it)."""
BETWEENNESS_SAMPLE = 300


@dataclass
class Stats:
    classes: list[tuple[str, int]]
    properties: list[tuple[str, int]]
    connected: list[tuple[str, int]]  # (label, degree)
    central: list[tuple[str, float]]  # (label, betweenness)
    components: int
    component_sizes: list[int]
    isolated: int
    articles: list[tuple[str, int]] = field(default_factory=list)
    facts: int = 0
    evidence: int = 0


def _pairs(store: ox.Store, query: str, top: int | None = None) -> list[tuple[str, int]]:
    rows = [(shorten(r[0].value), int(r[1].value)) for r in store.query(query, prefixes=PREFIX_IRIS)]
    return rows[:top] if top else rows


def compute_stats(store: ox.Store, top: int = 10) -> Stats:
    net = nx.Graph(entity_network(store))  # undirected, one edge per connected pair
    label = lambda n: net.nodes[n].get("label") or shorten(n)  # noqa: E731
    by_degree = sorted(net.degree, key=lambda nd: (-nd[1], label(nd[0])))[:top]
    k = min(BETWEENNESS_SAMPLE, net.number_of_nodes()) or None
    between = nx.betweenness_centrality(net, k=k, seed=0) if net.number_of_nodes() > 2 else {}
    central = sorted(between.items(), key=lambda nv: (-nv[1], label(nv[0])))[:top]
    comps = sorted((len(c) for c in nx.connected_components(net)), reverse=True)
    [(facts, evidence)] = [
        (int(r[0].value), int(r[1].value) if r[1] is not None else 0) for r in store.query(FACT_TOTALS, prefixes=PREFIX_IRIS)
    ]
    return Stats(
        classes=_pairs(store, CLASS_COUNTS),
        properties=_pairs(store, PROPERTY_COUNTS),
        connected=[(label(n), d) for n, d in by_degree],
        central=[(label(n), float(f"{v:.3g}")) for n, v in central if v > 0],
        components=len(comps),
        component_sizes=comps[:top],
        isolated=sum(1 for size in comps if size == 1),
        articles=_pairs(store, ARTICLE_FACTS, top),
        facts=facts,
        evidence=evidence,
    )


def _section(title: str, rows: list[tuple[str, object]], what: str) -> str:
    if not rows:
        return f"{title}\n  (none)\n"
    width = max(len(name) for name, _ in rows)
    return f"{title}\n" + "".join(f"  {name.ljust(width)}  {value} {what}\n" for name, value in rows)


def format_stats(stats: Stats) -> str:
    parts = [
        f"Facts: {stats.facts} ({stats.evidence} pieces of evidence)\n",
        _section("Instances per class", stats.classes, ""),
        _section("Statements per property", stats.properties, ""),
        _section("Most connected entities (distinct neighbours)", stats.connected, ""),
        _section("Most central entities (betweenness)", stats.central, ""),
        f"Connected components of the entity network: {stats.components} "
        f"(largest: {', '.join(map(str, stats.component_sizes)) or '-'}; isolated entities: {stats.isolated})\n",
        _section("Articles with the most facts", stats.articles, "facts"),
    ]
    return "\n".join(p.replace("  \n", "\n").replace(" \n", "\n") for p in parts)


def run_stats(graph: Path, top: int = 10) -> int:
    sys.stdout.write(format_stats(compute_stats(load_store(graph), top)))
    return 0
