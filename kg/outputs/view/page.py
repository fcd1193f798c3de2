"""Assemble the single, self-contained, offline ``graph.html``.

The page inlines vis-network (the copy shipped inside the installed pyvis package) and the view's own
CSS and JavaScript. The graph travels as JSON in a ``<script type="application/json">`` block whose
``< > &`` and line separators are escaped, so no article text can close the block or become markup;
the JavaScript renders every string with ``textContent``. A Content-Security-Policy allows only the
page's own inline scripts (by hash), inline styles and ``data:`` images, and no connections.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from string import Template

import pyvis
from rdflib import Graph

from .compact import read_compact
from .data import ViewData
from .jsontext import dump as _dump
from .layout import ARTICLE_STYLE, PHYSICS_MAX_NODES, QUOTE_STYLE, class_style, degrees, edge_style, literal_ranks, vis_options
from .overview import overview
from .stream import compact_payload_pieces

ASSETS = Path(__file__).with_name("assets")
APP_SCRIPTS = ("core.js", "search.js", "panel.js", "docs.js", "views.js", "controls.js", "state.js", "main.js")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_DATA_MARK = "\x00kg-data\x00"  # where the graph's JSON goes in the page (no asset or title holds a NUL)
_UNSAFE_IN_SCRIPT = re.compile(r"</script|<!--", re.IGNORECASE)


def vis_library_dir() -> Path:
    """The newest ``vis-*`` folder that the installed pyvis ships (e.g. ``lib/vis-9.1.2``)."""
    lib = Path(pyvis.__file__).with_name("lib")
    found = sorted(lib.glob("vis-*/vis-network.min.js"), key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not found:
        raise FileNotFoundError(f"no vis-network copy under {lib}")
    return found[-1].parent


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    vis = vis_library_dir()
    app = "".join(f"// ---- {name}\n{(ASSETS / name).read_text('utf-8')}\n" for name in APP_SCRIPTS)
    parts = {
        "template": (ASSETS / "page.html").read_text("utf-8"),
        "vis_js": _SOURCE_MAP.sub("", (vis / "vis-network.min.js").read_text("utf-8")),
        "vis_css": (vis / "vis-network.css").read_text("utf-8"),
        "app_js": "(function () {\n'use strict';\n" + app + "})();\n",
        "app_css": (ASSETS / "view.css").read_text("utf-8"),
    }
    for key in ("vis_js", "app_js"):
        if _UNSAFE_IN_SCRIPT.search(parts[key]):
            raise ValueError(f"{key} contains a sequence that would end its <script> element")
    for key in ("vis_css", "app_css"):
        if "</style" in parts[key].lower():
            raise ValueError(f"{key} contains '</style'")
    return parts


def script_json(value: object) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (no ``<``, ``>``, ``&``)."""
    return "".join(script_json_pieces(value))


def script_json_pieces(value: object) -> Iterator[str]:
    """:func:`script_json` in pieces, a top-level object's lists item by item: the same text
    without a copy of all of it (the view of a large corpus is tens of MB)."""
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        yield _dump(value)
        return
    yield "{"
    for i, key in enumerate(sorted(value)):
        yield ("," if i else "") + _dump(key) + ":"
        item = value[key]
        if isinstance(item, list):
            yield "[" + ",".join(_dump(x) for x in item[:1])
            for x in item[1:]:
                yield "," + _dump(x)
            yield "]"
        else:
            yield _dump(item)
    yield "}"


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def content_security_policy(*scripts: str) -> str:
    """Only these inline scripts (by hash) run; nothing is fetched or connected to."""
    hashes = " ".join(_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "connect-src 'none'; font-src 'none'; object-src 'none'; media-src 'none'; "
        "frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'"
    )


def build_payload(data: ViewData, *, title: str, physics_max_nodes: int) -> dict:
    """The JSON the page's script reads: styles, options, the graph tables and the overview."""
    first = overview(data.nodes, data.edges, data.comentions)
    physics = 0 < len(first["nodes"]) <= physics_max_nodes
    class_index = {name: i for i, name in enumerate(data.classes)}
    degree = degrees(len(data.nodes), data.edges)
    xy: list = [None] * len(data.nodes)
    if not physics:
        for i, pos in zip(first["nodes"], first["xy"]):
            xy[i] = pos
    nodes = [{**node, "cls": class_index[node["cls"]], "deg": degree[i], "xy": xy[i]} for i, node in enumerate(data.nodes)]
    classes = [{**class_style(name), "count": 0} for name in data.classes]
    for node in nodes:
        classes[node["cls"]]["count"] += 1
    properties = [{**edge_style(name), "count": 0} for name in data.properties]
    for edge in data.edges:
        properties[edge["prop"]]["count"] += 1
    del first["xy"]
    return {
        "title": title,
        "physics": physics,
        "options": vis_options(physics, len(first["nodes"])),
        "classes": classes,
        "properties": properties,
        "literalRanks": literal_ranks(),
        "docStyles": {"article": ARTICLE_STYLE, "quote": QUOTE_STYLE},
        "articles": data.articles,
        "nodes": nodes,
        "edges": data.edges,
        "evidence": data.evidence,
        "quotes": data.quotes,
        "comentions": data.comentions,
        "overview": first,
    }


def render_html(graph: Graph | ViewData, *, title: str = "kg graph", physics_max_nodes: int = PHYSICS_MAX_NODES) -> str:
    """The network view of ``graph`` as one self-contained HTML page (same graph, same text); also
    takes the tables :func:`read_view_data` returns, for a caller that adds to them."""
    return "".join(page_pieces(graph, title=title, physics_max_nodes=physics_max_nodes))


def page_pieces(graph: Graph | ViewData, *, title: str = "kg graph", physics_max_nodes: int = PHYSICS_MAX_NODES) -> Iterator[str]:
    """:func:`render_html`'s text in pieces, to be written one after another."""
    parts = _assets()
    page = Template(parts["template"]).substitute(
        csp=content_security_policy(parts["vis_js"], parts["app_js"]),
        title=html.escape(title),
        vis_css=parts["vis_css"],
        app_css=parts["app_css"],
        data=_DATA_MARK,
        vis_js=parts["vis_js"],
        app_js=parts["app_js"],
    )
    head, tail = page.split(_DATA_MARK)
    yield head
    if isinstance(graph, ViewData):
        yield from script_json_pieces(build_payload(graph, title=title, physics_max_nodes=physics_max_nodes))
    else:  # kg build's own graph: the tables compact, their rows on disk until written (issue 19)
        view = read_compact(graph)
        try:
            yield from compact_payload_pieces(view, title=title, physics_max_nodes=physics_max_nodes)
        finally:
            view.close()
    yield tail


def write_html(
    graph: Graph | ViewData, path: Path, *, title: str = "kg graph", physics_max_nodes: int = PHYSICS_MAX_NODES
) -> Path:
    """Render ``graph`` and write it to ``path`` atomically (temp file in the same folder, then
    ``os.replace``); returns ``path``."""
    path = Path(path)
    pieces = page_pieces(graph, title=title, physics_max_nodes=physics_max_nodes)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(pieces)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
