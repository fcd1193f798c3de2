"""The page's data block written from :class:`~kg.outputs.view.compact.CompactView`: the same text
as :func:`kg.outputs.view.page.script_json_pieces` of :func:`kg.outputs.view.page.build_payload`,
without the tables ever held as dicts. Entity rows come off disk and are completed as they are
written (class, degree, roles, overview position); each table is let go once written.
"""

from __future__ import annotations

from collections.abc import Iterator

from .compact import CompactView
from .jsontext import dump
from .layout import ARTICLE_STYLE, QUOTE_STYLE, class_style, degrees, edge_style, literal_ranks, vis_options
from .overview import overview_of


def _rows(rows) -> Iterator[str]:
    yield "["
    for k, row in enumerate(rows):
        yield ("," if k else "") + row
    yield "]"


def _nodes(view: CompactView, degree: list[int], xy: dict) -> Iterator[str]:
    for i, line in enumerate(view.nodes):
        head, tail = line.split("\t")
        roles = f',"roles":{view.roles[i]}' if i in view.roles else ""
        yield f'{head},"cls":{view.node_cls[i]},"deg":{degree[i]},{tail[:-1]}{roles},"xy":{dump(xy.get(i))}}}'


def compact_payload_pieces(view: CompactView, *, title: str, physics_max_nodes: int) -> Iterator[str]:
    """The payload's JSON text in pieces (its tables emptied as they are written)."""
    first = overview_of(view.node_mentions, view.edges, view.comention_rows())
    physics = 0 < len(first["nodes"]) <= physics_max_nodes
    degree = degrees(len(view.nodes), view.edges)
    xy = {} if physics else dict(zip(first["nodes"], first["xy"]))
    classes = [{**class_style(name), "count": 0} for name in view.classes]
    for c in view.node_cls:
        classes[c]["count"] += 1
    properties = [{**edge_style(name), "count": 0} for name in view.properties]
    for edge in view.edges:
        properties[edge["prop"]]["count"] += 1
    del first["xy"]
    comentions = (dump(list(row)) for row in view.comention_rows())
    parts = (
        ("articles", lambda: _rows(view.articles)),
        ("classes", lambda: [dump(classes)]),
        ("comentions", lambda: _rows(comentions)),
        ("docStyles", lambda: [dump({"article": ARTICLE_STYLE, "quote": QUOTE_STYLE})]),
        ("edges", lambda: _rows(dump(edge) for edge in view.edges)),
        ("evidence", lambda: _rows(view.evidence)),
        ("literalRanks", lambda: [dump(literal_ranks())]),
        ("nodes", lambda: _rows(_nodes(view, degree, xy))),
        ("options", lambda: [dump(vis_options(physics, len(first["nodes"])))]),
        ("overview", lambda: [dump(first)]),
        ("physics", lambda: [dump(physics)]),
        ("properties", lambda: [dump(properties)]),
        ("quotes", lambda: _rows(view.quotes)),
        ("title", lambda: [dump(title)]),
    )
    yield "{"
    for k, (key, pieces) in enumerate(parts):
        yield ("," if k else "") + dump(key) + ":"
        yield from pieces()
        if key == "comentions":
            view.comentions = view.comentions[:0]
    yield "}"
