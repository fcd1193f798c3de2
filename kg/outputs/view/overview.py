"""The overview the page draws first: a few hundred of the most connected and most mentioned entities,
grouped by community, each community laid out on its own and the communities set apart.

Communities are ``networkx.community.louvain_communities`` (seeded) on the entity graph: entities
joined by facts (weight 1) or named in the same sentence (weight 0.5); entities with neither are left
out (each would be a community of one). Positions are computed here, so the page draws at once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

from .layout import positions

OVERVIEW_MAX_NODES = 400
"""Entities drawn on load; the rest are one search (or click) away."""

UNLINKED_MAX_NODES = 200
"""How many of the most mentioned entities without any link the "show unlinked" toggle adds."""

COMMENTION_WEIGHT = 0.5
SMALL_CLUSTER = 3
"""A community with fewer drawn members joins the community of its best-linked neighbour."""

NODE_SPACING = 50.0
"""Canvas pixels per node: a cluster of n nodes gets a disc of radius NODE_SPACING * sqrt(n)."""


def entity_graph(n: int, edges: list[dict], comentions: Iterable) -> nx.Graph:
    """Undirected, weighted: facts weigh 1 each, shared sentences COMMENTION_WEIGHT each."""
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for edge in edges:
        a, b = edge["from"], edge["to"]
        if a != b:
            weights[(min(a, b), max(a, b))] += 1.0
    for a, b, _, count in comentions:
        weights[(a, b)] += COMMENTION_WEIGHT * count
    graph = nx.Graph()
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    return graph


def communities(graph: nx.Graph, seed: int = 7) -> dict[int, int]:
    """Node -> community number (0 = the largest community); only nodes with a link are listed."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed) if graph.number_of_nodes() else []
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {node: k for k, members in enumerate(ordered) for node in members}


def choose(graph: nx.Graph, score: list[float], limit: int) -> list[int]:
    """The ``limit`` best-scored linked entities, each linked to another chosen one: take the best,
    drop those left without a link among them, then add the best entities linked to the chosen."""
    ranked = sorted(graph.nodes, key=lambda i: (-score[i], i))
    top = set(ranked[:limit])
    chosen = {i for i in top if any(j in top for j in graph.adj[i])}
    for i in ranked[limit:]:
        if len(chosen) >= limit:
            break
        if any(j in chosen for j in graph.adj[i]):
            chosen.add(i)
    return sorted(chosen)


def _clusters(chosen: list[int], graph: nx.Graph, community: dict[int, int]) -> dict[int, list[int]]:
    """Drawn members per community; members of tiny communities join their best-linked neighbour's."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in chosen:
        members[community[i]].append(i)
    chosen_set = set(chosen)
    for c in sorted(k for k, m in members.items() if len(m) < SMALL_CLUSTER):
        for i in list(members[c]):
            links = [(graph[i][j]["weight"], -community[j], j) for j in graph.adj[i] if j in chosen_set]
            links = [x for x in links if len(members[-x[1]]) >= SMALL_CLUSTER]
            if links:
                target = -max(links)[1]
                members[c].remove(i)
                members[target].append(i)
    return {c: sorted(m) for c, m in members.items() if m}


def _disc(members: list[int], graph: nx.Graph) -> np.ndarray:
    """Positions of one cluster's members, centred on 0, within radius NODE_SPACING * sqrt(n)."""
    n = len(members)
    if n == 1:
        return np.zeros((1, 2))
    local = {node: k for k, node in enumerate(members)}
    edges = [{"from": local[a], "to": local[b]} for a, b in graph.subgraph(members).edges]
    xy = np.array(positions(n, edges), dtype=float)
    xy -= xy.mean(axis=0)
    reach = float(np.sqrt((xy**2).sum(axis=1)).max()) or 1.0
    return xy * (NODE_SPACING * math.sqrt(n) / reach)


def _pack(radii: list[float], gap: float) -> list[tuple[float, float]]:
    """Centres for discs of ``radii`` (largest first) in rows about as wide as the whole is tall."""
    width = math.sqrt(sum((2 * r + gap) ** 2 for r in radii)) * 1.15
    rows: list[list[int]] = [[]] if radii else []
    used = 0.0
    for k, r in enumerate(radii):
        if rows[-1] and used + 2 * r + gap > width:
            rows.append([])
            used = 0.0
        rows[-1].append(k)
        used += 2 * r + gap
    centres: list[tuple[float, float]] = [(0.0, 0.0)] * len(radii)
    y = 0.0
    for row in rows:
        height = max(2 * radii[k] for k in row) + gap
        x = -sum(2 * radii[k] + gap for k in row) / 2
        for k in row:
            centres[k] = (x + radii[k] + gap / 2, y + height / 2)
            x += 2 * radii[k] + gap
        y += height
    return [(cx, cy - y / 2) for cx, cy in centres]


def overview(nodes: list[dict], edges: list[dict], comentions: list[list[int]], limit: int = OVERVIEW_MAX_NODES) -> dict:
    """What the page draws on load: ``nodes`` (indices), ``xy`` (their positions), ``cluster`` (each
    one's cluster), ``clusters`` (centre, radius, size and the most central member, which names the
    cluster; largest first), ``linked`` (how many entities have any link), and
    ``unlinked`` (the most mentioned entities with no link at all, for the toggle, with positions)."""
    return overview_of([len(node["articles"]) for node in nodes], edges, comentions, limit)


def overview_of(mentions: Sequence[int], edges: list[dict], comentions: Iterable, limit: int = OVERVIEW_MAX_NODES) -> dict:
    """:func:`overview` from each entity's number of articles (``mentions``) and the co-mention rows
    (any iterable of ``(a, b, ev, n)``, read once): what the page needs of the entities' rows."""
    n = len(mentions)
    graph = entity_graph(n, edges, comentions)
    degree = [0] * n
    for edge in edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    score = [degree[i] + mentions[i] for i in range(n)]
    chosen = choose(graph, score, limit)
    clusters = _clusters(chosen, graph, communities(graph))
    order = sorted(clusters, key=lambda c: (-len(clusters[c]), c))
    discs = [_disc(clusters[c], graph) for c in order]
    radii = [NODE_SPACING * math.sqrt(len(clusters[c])) + 30 for c in order]
    centres = _pack(radii, gap=NODE_SPACING * 1.5)
    xy: dict[int, list[int]] = {}
    member_of: dict[int, int] = {}
    rows = []
    for k, (c, disc, r, (cx, cy)) in enumerate(zip(order, discs, radii, centres)):
        members = clusters[c]
        sub = graph.subgraph(members)
        central = max(members, key=lambda i: (sub.degree(i, weight="weight"), score[i], -i))
        rows.append({"x": round(cx), "y": round(cy), "r": round(r), "size": len(members), "label": central})
        for i, (x, y) in zip(members, disc):
            xy[i] = [int(round(cx + x)), int(round(cy + y))]
            member_of[i] = k
    linked = set(graph.nodes)
    loners = sorted((i for i in range(n) if i not in linked), key=lambda i: (-score[i], i))[:UNLINKED_MAX_NODES]
    bottom = max((y for _, y in xy.values()), default=0) + 2 * NODE_SPACING
    side = max(1, math.ceil(math.sqrt(len(loners) * 3)))
    loner_xy = [
        [int((k % side - (side - 1) / 2) * NODE_SPACING * 1.3), int(bottom + (k // side) * NODE_SPACING)]
        for k in range(len(loners))
    ]
    return {
        "nodes": chosen,
        "xy": [xy[i] for i in chosen],
        "cluster": [member_of[i] for i in chosen],
        "clusters": rows,
        "unlinked": loners,
        "unlinkedXy": loner_xy,
        "linked": len(linked),
    }
