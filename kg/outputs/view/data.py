"""Read a kg graph (docs/GRAPH.md) into the plain, JSON-able tables the network view shows.

Everything is read with rdflib triple patterns and sorted, so the same graph always gives the same
tables (and the page the same bytes). Nothing here renders or escapes: the page does that. The
tables are made from :func:`kg.outputs.view.compact.read_compact`'s (the ones ``kg build`` writes
the page from), so both give the same page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from rdflib import Graph

from .compact import read_compact
from .tables import IDENTIFIERS, NON_ENTITY_CLASSES, NON_FACT_PROPERTIES, local_name

__all__ = ["IDENTIFIERS", "NON_ENTITY_CLASSES", "NON_FACT_PROPERTIES", "ViewData", "local_name", "read_view_data"]


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


def read_view_data(graph: Graph) -> ViewData:
    """Collect entities, facts (with evidence), articles and quotes from ``graph``."""
    view = read_compact(graph)
    try:
        nodes = []
        for i, line in enumerate(view.nodes):
            head, tail = line.split("\t")
            node = json.loads(head + "," + tail)
            node["cls"] = view.classes[view.node_cls[i]]
            if i in view.roles:
                node["roles"] = json.loads(view.roles[i])
            nodes.append(node)
        return ViewData(
            classes=view.classes,
            properties=view.properties,
            articles=[json.loads(row) for row in view.articles],
            nodes=nodes,
            edges=view.edges,
            evidence=[json.loads(row) for row in view.evidence],
            quotes=[json.loads(row) for row in view.quotes],
            comentions=[list(row) for row in view.comention_rows()],
        )
    finally:
        view.close()
