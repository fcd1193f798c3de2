"""How the network looks: class styles, vis-network options and precomputed positions.

Small graphs are laid out in the browser by vis-network's physics (seeded, so the same graph looks
the same). Above ``physics_max_nodes`` nodes the positions are computed here, ahead of time, and
physics is off, so a large page is usable as soon as it is drawn.

Why not ``networkx.spring_layout``: for 500 nodes or more it needs SciPy (not a kg dependency);
on a 2,000-node / 6,000-edge graph networkx's dense Fruchterman-Reingold took about 11 s and
``forceatlas2_layout`` about 26 s here, the vectorised layout below 1-3 s (the machine was shared).
"""

from __future__ import annotations

import numpy as np

PHYSICS_MAX_NODES = 150
"""Above this many entity nodes, positions are precomputed and physics is off. Measured with
bench/view_bench.py on a 2-core machine shared with other jobs (load average about 7): with
in-browser stabilisation, 100 nodes are usable after about 1.2 s and 150 after about 2.1 s; with
precomputed positions, 151 nodes after about 1.7 s and 2,000 nodes after 2-4 s."""

IMPROVED_LAYOUT_MAX_NODES = 60
"""vis-network's "improvedLayout" (a Kamada-Kawai start) untangles small graphs nicely but cost
2-4 s at 100 nodes in bench/view_bench.py; it is used up to this many nodes."""

EDGE_PIXELS = 150.0
"""Median edge length of a precomputed layout, in canvas pixels at zoom 1."""

CLASS_STYLES: dict[str, dict] = {
    "Official": {"color": "#e07b00", "shape": "star", "glyph": "\u2605"},
    "Person": {"color": "#3b73b9", "shape": "dot", "glyph": "\u25cf"},
    "Agency": {"color": "#7b4fa6", "shape": "square", "glyph": "\u25a0"},
    "Court": {"color": "#8a5a2b", "shape": "hexagon", "glyph": "\u2b22"},
    "Organization": {"color": "#1a9a8a", "shape": "diamond", "glyph": "\u25c6"},
    "Law": {"color": "#c2185b", "shape": "triangle", "glyph": "\u25b2"},
    "CourtRuling": {"color": "#5d6d7e", "shape": "triangleDown", "glyph": "\u25bc"},
    "Place": {"color": "#6b8e23", "shape": "dot", "glyph": "\u25cc", "dashes": True},
}
"""Per entity class: fill colour, vis-network shape, and the legend glyph drawing that shape."""

FALLBACK_STYLE = {"color": "#888888", "shape": "dot", "glyph": "\u25cf"}
ARTICLE_STYLE = {"color": "#9e9e9e", "shape": "box", "glyph": "\u25ad"}
QUOTE_STYLE = {"color": "#bdbdbd", "shape": "ellipse", "glyph": "\u275d"}

EDGE_STYLES: dict[str, dict] = {
    "supports": {"color": "#2e7d32", "dashes": True, "width": 2},
    "opposes": {"color": "#c62828", "dashes": True, "width": 2},
}
"""Stance properties get their own colour and dashes; every other property is grey and solid."""

DEFAULT_EDGE = {"color": "#8a96a3", "dashes": False, "width": 1.2}

FACT_ORDER = (
    "title",
    "heads",
    "memberOf",
    "appointedBy",
    "enactedBy",
    "decidedBy",
    "amendedBy",
    "supports",
    "opposes",
    "regulates",
    "partOf",
    "enactedDate",
    "amendedDate",
    "decisionDate",
    "jurisdiction",
)
"""The order of facts in the side panel, what a reader comes for first (roles, membership,
appointments, who enacted or decided what, stances) and jurisdiction last; unlisted ones in between."""


def fact_rank(name: str) -> float:
    return FACT_ORDER.index(name) if name in FACT_ORDER else FACT_ORDER.index("jurisdiction") - 0.5


def literal_ranks() -> dict[str, float]:
    return {name: fact_rank(name) for name in FACT_ORDER}


def class_style(name: str) -> dict:
    return {"name": name, **FALLBACK_STYLE, **CLASS_STYLES.get(name, {})}


def edge_style(name: str) -> dict:
    return {"name": name, "rank": fact_rank(name), **DEFAULT_EDGE, **EDGE_STYLES.get(name, {})}


def vis_options(physics: bool, n_nodes: int) -> dict:
    """The vis-network options object (see vis-network's documentation)."""
    options = {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff", "color": "#1d2530"},
            "scaling": {"min": 8, "max": 34, "label": {"enabled": True, "min": 11, "max": 26, "drawThreshold": 6}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "horizontal", "strokeWidth": 3, "color": "#3a4450"},
            "smooth": False,
            "selectionWidth": 2,
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "layout": {"randomSeed": 7, "improvedLayout": physics and n_nodes <= IMPROVED_LAYOUT_MAX_NODES},
        "interaction": {
            "hover": True,
            "tooltipDelay": 250,
            "multiselect": False,
            "hideEdgesOnDrag": not physics,
            "hideEdgesOnZoom": not physics,
        },
        "physics": False,
    }
    if physics:
        options["physics"] = {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 110, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 250, "fit": True},
        }
    return options


def degrees(n: int, edges: list[dict]) -> list[int]:
    """Number of edges touching each node."""
    counts = [0] * n
    for edge in edges:
        counts[edge["from"]] += 1
        counts[edge["to"]] += 1
    return counts


def positions(
    n: int, edges: list[dict], *, iterations: int | None = None, seed: int = 7, gravity: float = 2.0
) -> list[list[int]]:
    """Integer (x, y) canvas positions for ``n`` nodes joined by ``edges`` (dicts with from/to).

    Fruchterman-Reingold, vectorised with numpy: all-pairs repulsion in row chunks (memory stays
    O(chunk * n)), weighted by degree + 1 as in ForceAtlas2 so hubs do not pile up in the middle,
    attraction along edges, a pull towards the centre (``gravity``, so isolated
    nodes stay near the rest instead of drifting to the rim), a linearly cooling step. Seeded,
    hence deterministic.
    """
    if n == 0:
        return []
    if iterations is None:  # about 2e8 pair updates in all: 200 rounds up to 1,000 nodes, 50 at
        iterations = max(2, min(200, int(2e8 / (n * n))))  # 2,000, 8 at 5,000 (bounded time)
    rng = np.random.default_rng(seed)
    x = rng.random(n).astype(np.float32) - np.float32(0.5)
    y = rng.random(n).astype(np.float32) - np.float32(0.5)
    src = np.fromiter((e["from"] for e in edges), dtype=np.int64, count=len(edges))
    dst = np.fromiter((e["to"] for e in edges), dtype=np.int64, count=len(edges))
    mass = (np.bincount(src, minlength=n) + np.bincount(dst, minlength=n) + 1).astype(np.float32)
    k2 = np.float32(1.0 / n)
    k = np.sqrt(k2)
    step = 0.1
    cool = step / (iterations + 1)
    chunk = 256
    for _ in range(iterations):
        fx = np.empty(n, np.float32)
        fy = np.empty(n, np.float32)
        for a in range(0, n, chunk):
            dx = x[a : a + chunk, None] - x[None, :]
            dy = y[a : a + chunk, None] - y[None, :]
            w = dx * dx
            w += dy * dy
            np.maximum(w, np.float32(1e-6), out=w)
            np.divide(k2, w, out=w)
            w *= mass[None, :]
            fx[a : a + chunk] = (dx * w).sum(axis=1)
            fy[a : a + chunk] = (dy * w).sum(axis=1)
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        pull = np.sqrt(ex * ex + ey * ey) / k
        ax, ay = ex * pull, ey * pull
        fx -= np.bincount(src, ax, n) - np.bincount(dst, ax, n)
        fy -= np.bincount(src, ay, n) - np.bincount(dst, ay, n)
        fx -= np.float32(gravity) * x
        fy -= np.float32(gravity) * y
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(0.01))
        x += fx * (step / length)
        y += fy * (step / length)
        step -= cool
    return _to_canvas(x, y, src, dst)


def _to_canvas(x: np.ndarray, y: np.ndarray, src: np.ndarray, dst: np.ndarray) -> list[list[int]]:
    """Centre on 0 and scale so the median edge is EDGE_PIXELS long (labels fit), in whole pixels.

    A graph without edges is spread over a square whose side grows with sqrt(n).
    """
    x, y = x.astype(np.float64), y.astype(np.float64)
    span = max(float(x.max() - x.min()), float(y.max() - y.min()), 1e-9)
    lengths = np.hypot(x[src] - x[dst], y[src] - y[dst])
    lengths = lengths[lengths > 1e-9]
    factor = EDGE_PIXELS / float(np.median(lengths)) if lengths.size else 90.0 * np.sqrt(len(x)) / span
    cx, cy = (x.max() + x.min()) / 2, (y.max() + y.min()) / 2
    xs = np.rint((x - cx) * factor).astype(int)
    ys = np.rint((y - cy) * factor).astype(int)
    return [[int(a), int(b)] for a, b in zip(xs, ys)]
