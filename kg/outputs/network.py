"""The entity network of a graph, as a networkx ``MultiDiGraph``, for GraphML/GEXF export and stats.

Nodes are entities (IRI as id) with ``label``, ``class``, ``aliases`` (joined with ``"; "``) and
``articles`` (how many articles mention it). Edges are facts between two entities, keyed by
property, with ``property`` and ``evidence`` (how many evidence sentences support it).
"""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from ..graph.store import PREFIX_IRIS

NODES = """
SELECT ?entity ?class ?label ?aliases ?articles WHERE {
  VALUES ?class { kg:Official kg:Person kg:Agency kg:Court kg:Organization kg:Law kg:CourtRuling kg:Place }
  ?entity a ?class .
  OPTIONAL { ?entity rdfs:label ?label }
  OPTIONAL {
    SELECT ?entity (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases)
    WHERE { ?entity skos:altLabel ?alias } GROUP BY ?entity
  }
  OPTIONAL {
    SELECT ?entity (COUNT(DISTINCT ?article) AS ?articles)
    WHERE { ?entity kg:mentionedIn ?article } GROUP BY ?entity
  }
}
"""

EDGES = """
SELECT ?s ?p ?o (COUNT(DISTINCT ?evidence) AS ?support) WHERE {
  VALUES ?sc { kg:Official kg:Person kg:Agency kg:Court kg:Organization kg:Law kg:CourtRuling kg:Place }
  VALUES ?oc { kg:Official kg:Person kg:Agency kg:Court kg:Organization kg:Law kg:CourtRuling kg:Place }
  ?s a ?sc ; ?p ?o .
  ?o a ?oc .
  OPTIONAL { ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?evidence }
}
GROUP BY ?s ?p ?o
"""

KG_NS = PREFIX_IRIS["kg"]


def local_name(iri: str) -> str:
    return iri[len(KG_NS) :] if iri.startswith(KG_NS) else iri


def entity_network(store: ox.Store) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()  # nodes and edges in IRI order, so exports are stable
    for row in sorted(store.query(NODES, prefixes=PREFIX_IRIS), key=lambda r: r["entity"].value):
        aliases = sorted(set(row["aliases"].value.split("\u001f"))) if row["aliases"] else []
        net.add_node(
            row["entity"].value,
            label=row["label"].value if row["label"] else "",
            **{"class": local_name(row["class"].value)},
            aliases="; ".join(aliases),
            articles=int(row["articles"].value) if row["articles"] else 0,
        )
    edges = store.query(EDGES, prefixes=PREFIX_IRIS)
    for row in sorted(edges, key=lambda r: (r["s"].value, r["p"].value, r["o"].value)):
        prop = local_name(row["p"].value)
        net.add_edge(row["s"].value, row["o"].value, key=prop, property=prop, evidence=int(row["support"].value))
    return net
