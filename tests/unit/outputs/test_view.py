"""The network view without a browser: data read from the graph, escaping, CSP, determinism."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph
from view_graphs import COX_SENTENCE_START, HOSTILE, SEED_002, GraphBuilder, hostile_graph, seed_like_graph

from kg.outputs.view import render_html, write_html
from kg.outputs.view.data import read_view_data
from kg.outputs.view.page import script_json


class Tags(HTMLParser):
    """Start tags with attributes, and the text inside each <script>, as a browser tokenizes them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def payload(html: str) -> dict:
    scripts = Tags(html).scripts
    data = [text for attrs, text in scripts if attrs.get("type") == "application/json"]
    assert len(data) == 1
    return json.loads(data[0])


@pytest.fixture(scope="module")
def seed_html() -> str:
    return render_html(seed_like_graph())


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(hostile_graph(), title="<script>alert(9)</script>")


def test_reads_entities_facts_and_evidence():
    data = read_view_data(seed_like_graph())
    names = [n["label"] for n in data.nodes]
    cox = data.nodes[names.index("Michael Cox")]
    assert cox["cls"] == "Official"
    assert set(cox["aliases"]) == {"Cox", "Commissioner Cox"}
    title = [lit for lit in cox["literals"] if lit["prop"] == "title"]
    assert [t["value"] for t in title] == ["Police Commissioner"]
    text = SEED_002.read_text("utf-8")
    for ev_id in title[0]["ev"]:
        ev = data.evidence[ev_id]
        assert ev["text"].startswith(COX_SENTENCE_START)
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert data.articles[ev["article"]]["id"] == "002_c8cfb4c10c946031"
    appointed = [e for e in data.edges if data.properties[e["prop"]] == "appointedBy"]
    assert [(names[e["from"]], names[e["to"]]) for e in appointed] == [("Michael Cox", "Michelle Wu")]
    assert appointed[0]["ev"], "every edge carries its evidence"
    assert [q["text"][:10] for q in data.quotes] == ["we don’t e"]
    assert data.quotes[0]["speaker"] == names.index("Michael Cox")


def test_articles_and_quotes_are_not_entities():
    data = read_view_data(seed_like_graph())
    assert set(data.classes) == {"Official", "Agency", "Court", "Law", "CourtRuling", "Place"}
    assert all("/article/" not in n["iri"] and "/quote/" not in n["iri"] for n in data.nodes)


def test_page_is_self_contained_and_has_a_strict_csp(seed_html):
    tags = Tags(seed_html)
    urls = [v for _, attrs in tags.tags for k, v in attrs.items() if k in ("src", "href", "action", "data")]
    assert urls == ["data:,"], "the only URL on the page is the empty data: favicon"
    assert not re.search(r"https?://[^\s\"']*\.(js|css)\b", seed_html)
    csp = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1
    policy = dict(part.strip().split(" ", 1) for part in csp[0].split(";"))
    assert policy["default-src"] == "'none'" and policy["connect-src"] == "'none'"
    assert policy["img-src"] == "data:" and "unsafe-eval" not in csp[0]
    executable = [text for attrs, text in tags.scripts if "type" not in attrs]
    assert len(executable) == 2, "vis-network and the view's own script"
    for text in executable:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy["script-src"].split()
    assert "'unsafe-inline'" not in policy["script-src"]


def test_page_inlines_vis_network_from_pyvis(seed_html):
    import pyvis

    lib = Path(pyvis.__file__).with_name("lib")
    assert "vis-network" in seed_html and "vis.Network" in seed_html
    assert any(p.read_text("utf-8")[:200] in seed_html for p in lib.glob("vis-*/vis-network.min.js"))
    assert "sourceMappingURL" not in seed_html


def test_json_block_escapes_markup_and_line_separators():
    text = script_json({"s": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"s": "</script><!-- & \u2028\u2029 >"}


def test_hostile_strings_stay_data(hostile_html):
    tags = Tags(hostile_html)
    assert [t for t, _ in tags.tags].count("script") == 3
    assert not [t for t, _ in tags.tags if t in ("img", "a", "iframe", "object", "embed", "b")]
    assert not [a for _, a in tags.tags if any(k.startswith("on") for k in a)]
    data = payload(hostile_html)
    strings = json.dumps(data, ensure_ascii=False)
    for bad in HOSTILE:
        assert json.dumps(bad, ensure_ascii=False)[1:-1] in strings
    assert "<title>&lt;script&gt;alert(9)&lt;/script&gt;</title>" in hostile_html
    assert "javascript:alert(4)" not in hostile_html.split('id="kg-data"')[0]


def test_same_graph_same_bytes():
    first = seed_like_graph()
    shuffled = Graph()
    for triple in sorted(first, key=repr, reverse=True):
        shuffled.add(triple)
    assert render_html(first) == render_html(shuffled)


def large_graph(n: int) -> Graph:
    b = GraphBuilder()
    art = b.article("big", "A big article", "One sentence. " * 5)
    nodes = [b.entity("Person", f"Person {i}") for i in range(n)]
    for i in range(n - 1):
        b.fact(nodes[i], "memberOf", nodes[(i * 7 + 1) % n], art, "One sentence.")
    return b.graph


def test_large_graphs_get_precomputed_positions_and_no_physics():
    graph = large_graph(40)
    small = payload(render_html(graph, physics_max_nodes=100))
    assert small["physics"] is True and all(n["xy"] is None for n in small["nodes"])
    html = render_html(graph, physics_max_nodes=10)
    big = payload(html)
    assert big["physics"] is False and big["options"]["physics"] is False
    xy = [tuple(n["xy"]) for n in big["nodes"]]
    assert all(isinstance(v, int) for p in xy for v in p)
    assert len(set(xy)) == len(xy), "no two nodes on the same spot"
    assert render_html(graph, physics_max_nodes=10) == html


def test_degree_and_class_counts(seed_html):
    data = payload(seed_html)
    by_name = {n["label"]: n for n in data["nodes"]}
    assert by_name["Michael Cox"]["deg"] == 3  # appointedBy, heads, opposes
    counts = {c["name"]: c["count"] for c in data["classes"]}
    assert counts["Official"] == 2 and counts["Agency"] == 2
    stance = {p["name"]: p for p in data["properties"] if p["name"] in ("supports", "opposes")}
    assert stance["supports"]["color"] != stance["opposes"]["color"]
    assert stance["supports"]["dashes"] and stance["opposes"]["dashes"]


def test_write_html_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "out" / "graph.html"
    assert write_html(seed_like_graph(), target) == target
    before = target.read_bytes()
    assert before.startswith(b"<!DOCTYPE html>")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.outputs.view.page.os.replace", broken)
    with pytest.raises(RuntimeError):
        write_html(large_graph(5), target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"], "no temp file left"
