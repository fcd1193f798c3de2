"""The network view without a browser: data read from the graph, escaping, CSP, determinism."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from view_graphs import COX_SENTENCE_START, HOSTILE, SEED_002, GraphBuilder, hostile_graph, seed_like_graph

from kg.outputs.view import render_html, write_html
from kg.outputs.view.data import read_view_data
from kg.outputs.view.page import page_pieces, script_json, script_json_pieces


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


def test_json_written_in_pieces_is_the_json_of_the_whole():
    value = {"b": [{"z": 1, "a": "<x>"}, [], "\u2028"], "a": {"k": [1, 2]}, "c": [], "d": "&", "e": [None]}
    whole = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    whole = whole.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\\u2028", "\\u2028")
    pieces = list(script_json_pieces(value))
    assert "".join(pieces) == whole == script_json(value) and len(pieces) > 5
    assert script_json([1, "<"]) == '[1,"\\u003c"]'


def test_the_page_written_in_pieces_is_the_page(tmp_path):
    g = seed_like_graph()
    pieces = list(page_pieces(g))
    assert len(pieces) > 3 and "".join(pieces) == render_html(g)
    assert write_html(g, tmp_path / "v.html").read_text(encoding="utf-8") == render_html(g)


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


def test_articles_carry_date_outlet_authors_and_url():
    from view_graphs import dated_seed_graph

    data = read_view_data(dated_seed_graph())
    (article,) = data.articles
    assert article["date"] == "2024-12-11" and article["outlet"] == "Boston Courier"
    assert article["authors"] == ["Jane Reporter"] and article["url"] == "https://news.example/cox"
    bare = read_view_data(seed_like_graph()).articles[0]
    assert (bare["date"], bare["outlet"], bare["authors"], bare["url"]) == ("", "", [], "")


def comention_graph() -> Graph:
    b = GraphBuilder()
    text = "Mayor Ann Lee and Bob Ray met the Harbor Board. Coxsackie Lee is elsewhere. Ann Lee heads Harbor Board."
    art = b.article("c1", "Meeting", text)
    lee, ray, board = b.entity("Official", "Ann Lee", "Lee"), b.entity("Person", "Bob Ray"), b.entity("Agency", "Harbor Board")
    outsider = b.entity("Person", "Carl Fox")
    wu = b.entity("Official", "Wu Ping", "Wu")
    b.fact(lee, "heads", board, art, "Ann Lee heads Harbor Board.")
    b.fact(ray, "title", Literal("Clerk"), art, "Mayor Ann Lee and Bob Ray met the Harbor Board.")
    b.fact(outsider, "title", Literal("Judge"), art, "Coxsackie Lee is elsewhere.")
    b.graph.add((wu, b.graph.namespace_manager.expand_curie("kg:mentionedIn"), art))
    return b.graph


def test_entities_named_in_the_same_sentence():
    data = read_view_data(comention_graph())
    names = [n["label"] for n in data.nodes]
    pairs = {frozenset((names[a], names[b])) for a, b, _, _ in data.comentions}
    # Lee and Board share a fact, so only the pairs with Ray count; "Lee" inside "Coxsackie Lee" is a
    # whole word, but Carl Fox is not named in that sentence; "Wu" is too short to count.
    assert pairs == {frozenset(("Ann Lee", "Bob Ray")), frozenset(("Bob Ray", "Harbor Board"))}
    for a, _, ev, n in data.comentions:
        assert names[a] in data.evidence[ev]["text"] or data.nodes[a]["aliases"][0] in data.evidence[ev]["text"]
        assert n == 1


def two_communities(extra_isolated: int = 3) -> Graph:
    b = GraphBuilder()
    art = b.article("t", "Two groups", "x. " * 3)
    left = [b.entity("Person", f"Left {i}") for i in range(8)]
    right = [b.entity("Agency", f"Right {i}") for i in range(8)]
    for group in (left, right):
        for i, s in enumerate(group):
            for o in group[i + 1 : i + 4]:
                b.fact(s, "memberOf", o, art, "x.")
    b.fact(left[0], "partOf", right[0], art, "x.")
    for i in range(extra_isolated):
        b.graph.add((b.entity("Place", f"Alone {i}"), b.graph.namespace_manager.expand_curie("kg:mentionedIn"), art))
    return b.graph


def test_overview_groups_communities_apart_and_leaves_out_the_unlinked():
    html = render_html(two_communities(), physics_max_nodes=5)
    data = payload(html)
    first = data["overview"]
    names = [n["label"] for n in data["nodes"]]
    drawn = [names[i] for i in first["nodes"]]
    assert not [n for n in drawn if n.startswith("Alone")], "unlinked entities are not drawn"
    assert sorted(names[i] for i in first["unlinked"]) == ["Alone 0", "Alone 1", "Alone 2"]
    assert len(first["clusters"]) == 2
    groups = {}
    for i, c in zip(first["nodes"], first["cluster"]):
        groups.setdefault(c, set()).add(names[i].split()[0])
    assert sorted(groups.values(), key=sorted) == [{"Left"}, {"Right"}], "one community per cluster"
    xy = {names[i]: data["nodes"][i]["xy"] for i in first["nodes"]}

    def centre(side):
        pts = [p for n, p in xy.items() if n.startswith(side)]
        return [sum(c) / len(pts) for c in zip(*pts)]

    (lx, ly), (rx, ry) = centre("Left"), centre("Right")
    spread = max(abs(p[0] - lx) + abs(p[1] - ly) for n, p in xy.items() if n.startswith("Left"))
    assert abs(lx - rx) + abs(ly - ry) > spread, "the two clusters are laid out apart"
    assert names[first["clusters"][0]["label"]].split()[0] in ("Left", "Right")
    assert render_html(two_communities(), physics_max_nodes=5) == html


def test_overview_keeps_at_most_the_limit_and_no_isolated_node():
    from kg.outputs.view.overview import overview

    data = read_view_data(two_communities(0))
    first = overview(data.nodes, data.edges, data.comentions, limit=5)
    assert len(first["nodes"]) <= 5
    chosen = set(first["nodes"])
    for i in chosen:
        assert any((e["from"] == i and e["to"] in chosen) or (e["to"] == i and e["from"] in chosen) for e in data.edges)


def test_fact_order_puts_roles_first_and_jurisdiction_last(seed_html):
    data = payload(seed_html)
    rank = {p["name"]: p["rank"] for p in data["properties"]}
    assert rank["heads"] < rank["appointedBy"] < rank["decidedBy"] < rank["supports"] < rank["jurisdiction"]
    assert data["literalRanks"]["title"] < rank["heads"]
    assert max(rank.values()) == rank["jurisdiction"]


def test_hostile_article_metadata_stays_data(hostile_html):
    data = payload(hostile_html)
    (article,) = data["articles"]
    assert article["outlet"] == "<i>Outlet</i>" and article["authors"] == ["<u>Author</u>"]
    assert article["url"] == "javascript:alert(6)"
    block = [text for attrs, text in Tags(hostile_html).scripts if attrs.get("type") == "application/json"][0]
    assert "<i>" not in block and "<u>" not in block and "\\u003ci\\u003e" in block
