"""The network view in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Skipped when Chromium or Playwright is missing (.ci/run installs both). With KG_UPDATE_SCREENSHOT=1
the seed test also writes docs/screenshot.png (otherwise only a copy under pytest's tmp folder).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from view_graphs import HOSTILE, dated_seed_graph, hostile_graph, seed_like_graph, synthetic_graph

from kg.outputs.view import write_html

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
]
TRAPS = """
window.__trap = {alerts: [], csp: []};
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__trap.alerts.push(name + ': ' + args.join(' ')); };
}
document.addEventListener('securitypolicyviolation',
  e => window.__trap.csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_page_file(request, tmp_path_factory) -> Path:
    """The page of the built seed graph (the session's `seed_build`), else of a hand-built one."""
    try:
        out = request.getfixturevalue("seed_build")
        graph = Graph().parse(Path(out) / "graph.ttl", format="turtle")
    except pytest.FixtureLookupError:
        graph = seed_like_graph()
    return write_html(graph, tmp_path_factory.mktemp("view") / "graph.html")


class Opened:
    """A page with listeners recording everything that must not happen."""

    def __init__(self, browser, path: Path):
        self.path = path
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.requests: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.add_init_script(TRAPS)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def node_id(self, label: str) -> int:
        node = self.js("l => window.kgView.nodeId(l)", label)
        assert node >= 0, f"no node labelled {label!r}"
        return node

    def click_node(self, node: int) -> None:
        """Close the panel, let any focus animation end, and click on the node's centre."""
        if self.page.is_visible("#kg-panel"):
            self.page.click("#kg-panel-close")
        self.settle()
        box = self.page.locator("#kg-network").bounding_box()
        pos = self.js("id => window.kgView.domPosition(id)", node)
        x, y = box["x"] + pos["x"], box["y"] + pos["y"]
        hit = self.js("([x, y]) => document.elementFromPoint(x, y).tagName", [x, y])
        assert hit == "CANVAS", f"node {node} is not on screen (found {hit})"
        self.page.mouse.click(x, y)

    def settle(self) -> None:
        """Wait until the view stops moving (a focus animation has ended), at most 10 s."""
        view = "() => { const n = window.kgView.network, p = n.getViewPosition(); return [p.x, p.y, n.getScale()]; }"
        last = self.js(view)
        for _ in range(100):
            self.page.wait_for_timeout(100)
            now = self.js(view)
            if now == last:
                return
            last = now

    def panel_text(self) -> str:
        self.page.wait_for_selector("#kg-panel:not([hidden])", timeout=10000)
        return self.page.inner_text("#kg-panel-body")

    def assert_quiet(self) -> None:
        allowed = ("data:", "about:")
        stray = [u for u in self.requests if u != self.path.as_uri() and not u.startswith(allowed)]
        assert stray == [], f"requests left the page: {stray}"
        trap = self.js("window.__trap")
        assert trap == {"alerts": [], "csp": []}
        assert self.dialogs == [] and self.console == [] and self.errors == []


@pytest.fixture()
def seed(chromium, seed_page_file):
    opened = Opened(chromium, seed_page_file)
    yield opened
    opened.page.close()


def test_seed_page_draws_and_lists_classes(seed, tmp_path):
    painted = seed.js("""() => {
        const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++;
        return n;
    }""")
    assert painted > 2000, "the canvas is blank"
    shot = seed.page.locator("#kg-network").screenshot(path=str(tmp_path / "canvas.png"))
    assert shot.startswith(b"\x89PNG") and len(shot) > 5000
    legend = seed.page.inner_text("#kg-legend")
    classes = seed.js("window.kgView.data.classes.map(c => c.name)")
    assert "Official" in classes and "Agency" in classes
    for name in classes:
        assert name in legend
    assert seed.page.locator("#kg-legend .kg-glyph").count() == len(classes)
    seed.assert_quiet()


def test_search_focuses_and_click_shows_evidence(seed, tmp_path):
    cox = seed.node_id("Michael Cox")
    seed.page.fill("#kg-search-input", "Cox")
    first = seed.page.locator("#kg-suggest li").first
    assert "Michael Cox" in first.inner_text()
    seed.page.press("#kg-search-input", "Enter")
    assert seed.js("window.kgView.network.getSelectedNodes()") == [cox]
    assert seed.page.inner_text("#kg-panel-body h2") == "Michael Cox"
    seed.settle()
    seen = seed.js(
        """id => {
        const box = document.getElementById('kg-network').getBoundingClientRect();
        const p = window.kgView.domPosition(id), x = box.left + p.x, y = box.top + p.y;
        const panel = document.getElementById('kg-panel').getBoundingClientRect();
        return [document.elementFromPoint(x, y).tagName, x < panel.left, Math.abs(y - (box.top + box.height / 2))];
    }""",
        cox,
    )
    assert seen[0] == "CANVAS" and seen[1] and seen[2] < 5, "Michael Cox is centred beside the panel"

    seed.page.click("#kg-panel-close")
    seed.click_node(cox)
    text = seed.panel_text()
    assert seed.page.inner_text("#kg-panel-body h2") == "Michael Cox"
    assert "Police Commissioner" in text
    assert "appointed by Mayor Michelle Wu" in text
    assert "002_c8cfb4c10c946031" in text and "seeds/002_c8cfb4c10c946031.txt" in text
    shot = tmp_path / "screenshot.png"
    seed.page.set_viewport_size({"width": 1600, "height": 1000})
    seed.js(
        """id => { const n = window.kgView.network; n.fit({animation: false});
                       n.moveTo({offset: {x: -220, y: 0}, animation: false}); n.selectNodes([id]); }""",
        cox,
    )
    seed.settle()
    seed.page.screenshot(path=str(shot))
    if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")
    seed.assert_quiet()


def test_clicking_an_edge_shows_its_evidence(seed):
    cox, wu = seed.node_id("Michael Cox"), seed.node_id("Michelle Wu")
    edge = seed.js(
        """([a, b]) => window.kgView.data.edges.findIndex(
        e => e.from === a && e.to === b && window.kgView.data.properties[e.prop].name === 'appointedBy')""",
        [cox, wu],
    )
    assert edge >= 0
    seed.js("id => window.kgView.network.focus(id, {scale: 1.5})", cox)
    point = seed.js(
        """edge => {
        const n = window.kgView.network, e = window.kgView.data.edges[edge];
        const a = window.kgView.domPosition(e.from), b = window.kgView.domPosition(e.to);
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const p = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
          if (n.getNodeAt(p) === undefined && n.getEdgeAt(p) === edge) return p;
        }
        return null;
    }""",
        edge,
    )
    assert point is not None, "no clear point on the appointedBy edge"
    box = seed.page.locator("#kg-network").bounding_box()
    seed.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    text = seed.panel_text()
    assert "appointedBy" in text and "appointed by Mayor Michelle Wu" in text
    assert "002_c8cfb4c10c946031" in text
    seed.assert_quiet()


def test_filters_and_article_toggle(seed):
    cox = seed.node_id("Michael Cox")
    shown = "id => window.kgView.network.body.data.nodes.get(id) !== null"
    official = seed.page.locator("#kg-legend label", has_text="Official").locator("input")
    official.uncheck()
    assert not seed.js(shown, cox)
    official.check()
    assert seed.js(shown, cox)
    prop = seed.page.locator("#kg-props input[data-prop='appointedBy']")
    before = seed.js("window.kgView.network.body.data.edges.length")
    prop.uncheck()
    assert seed.js("window.kgView.network.body.data.edges.length") < before
    prop.check()
    seed.page.select_option(
        "#kg-article",
        label=seed.js("""() => Array.from(
        document.querySelectorAll('#kg-article option')).find(
            o => o.textContent.includes('002_c8cfb4c10c946031')).textContent"""),
    )
    assert seed.js(shown, cox)
    seed.page.check("#kg-docs")
    assert seed.js("() => window.kgView.network.body.data.nodes.getIds().some(id => String(id).startsWith('a'))")
    seed.assert_quiet()


def test_hostile_graph_runs_no_script_and_shows_payloads_literally(chromium, tmp_path):
    path = write_html(hostile_graph(), tmp_path / "hostile.html", title="<script>alert(9)</script>")
    opened = Opened(chromium, path)
    page = opened.page
    assert page.title() == "<script>alert(9)</script>"
    assert page.locator("img, iframe, object, embed, a").count() == 0
    assert page.locator("script").count() == 3
    page.fill("#kg-search-input", "<script>")
    assert HOSTILE[0] in page.inner_text("#kg-suggest")
    page.press("#kg-search-input", "Enter")
    text = opened.panel_text()
    assert page.inner_text("#kg-panel-body h2") == HOSTILE[0]
    for bad in (HOSTILE[1], HOSTILE[3], "alert(5)", "evil</script>&<b>"):
        assert bad in text
    assert "line\u2028sep\u2029para" in page.text_content("#kg-panel-body")
    assert page.locator("#kg-panel-body img, #kg-panel-body a, #kg-panel-body b").count() == 0
    options = page.inner_text("#kg-article")
    assert HOSTILE[1] in options and HOSTILE[3] in options
    assert "<i>Outlet</i>" in page.inner_text("#kg-outlet")
    page.locator("#kg-panel-body .kg-article-title").first.click()
    article = opened.panel_text()
    assert "<i>Outlet</i>" in article and "by <u>Author</u>" in article and "javascript:alert(6)" in article
    assert page.locator("#kg-panel-body a, #kg-panel-body i, #kg-panel-body u").count() == 0
    opened.click_node(opened.node_id(HOSTILE[3]))
    assert page.inner_text("#kg-panel-body h2") == HOSTILE[3]
    assert HOSTILE[4] in opened.panel_text()
    opened.click_node(opened.node_id(HOSTILE[2]))
    assert page.inner_text("#kg-panel-body h2") == HOSTILE[2]
    assert "<b>noon</b>" in opened.panel_text()
    page.check("#kg-docs")
    pos = opened.js("() => window.kgView.domPosition('q0')")
    box = page.locator("#kg-network").bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    tooltip = page.locator(".vis-tooltip")
    assert HOSTILE[0] in tooltip.inner_text() and tooltip.locator("*").count() == 0
    opened.assert_quiet()
    page.close()


def test_empty_graph_page_is_usable(chromium, tmp_path):
    opened = Opened(chromium, write_html(Graph(), tmp_path / "empty.html"))
    assert "no entities" in opened.page.inner_text("#kg-network")
    opened.page.fill("#kg-search-input", "anyone")
    assert "No entity has that name" in opened.page.inner_text("#kg-suggest")
    opened.assert_quiet()
    opened.page.close()


# ---- The whole-corpus view (issue 18): a synthetic graph of 20,000 entities.

BIG_ENTITIES = 20000
DRAWN = """() => { const d = window.kgView.network.body.data;
  return {nodes: d.nodes.getIds(), edges: d.edges.get().map(e => [e.from, e.to])}; }"""


@pytest.fixture(scope="module")
def big_page_file(request) -> Path:
    """The page of the synthetic 20,000-entity graph. Building that graph with rdflib takes most of
    these tests' time, so the page is kept in pytest's cache, under a digest of everything it is made
    from (the view's code and assets, the graph builder, the library versions)."""
    import hashlib
    from importlib.metadata import version

    view = ROOT / "kg" / "outputs" / "view"
    sources = sorted(
        [*view.rglob("*.py"), *view.rglob("assets/*"), ROOT / "tests" / "view_graphs.py", ROOT / "kg" / "core" / "iri.py"]
    )
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.read_bytes())
    for package in ("rdflib", "networkx", "numpy", "pyvis"):
        digest.update(version(package).encode())
    page = Path(request.config.cache.mkdir("kg-view")) / f"big-{digest.hexdigest()[:16]}.html"
    if not page.exists():
        write_html(synthetic_graph(BIG_ENTITIES), page, title="20,000 entities")
    return page


@pytest.fixture(scope="module")
def big_opened(chromium, big_page_file):
    opened = Opened(chromium, big_page_file)
    yield opened
    opened.page.close()


@pytest.fixture()
def big(big_opened):
    """The 20,000-entity page (loaded once), back at its first view with no filter and nothing typed."""
    big_opened.js("() => window.kgView.reset()")
    big_opened.page.fill("#kg-search-input", "")
    return big_opened


def drawn(opened: Opened) -> dict:
    return opened.js(DRAWN)


_EDGES: dict[str, list] = {}


def neighbours(opened: Opened, node: int) -> set[int]:
    if str(opened.path) not in _EDGES:
        _EDGES[str(opened.path)] = opened.js("window.kgView.data.edges.map(e => [e.from, e.to])")
    return {b if a == node else a for a, b in _EDGES[str(opened.path)] if node in (a, b) and a != b}


def set_range(opened: Opened, start: str, end: str) -> None:
    opened.js(
        """([a, b]) => { const months = Array.from(new Set(window.kgView.data.articles
            .map(x => (x.date || '').slice(0, 7)).filter(Boolean))).sort();
          for (const [id, m] of [['kg-from', a], ['kg-to', b]]) {
            const r = document.getElementById(id); r.value = String(months.indexOf(m));
            r.dispatchEvent(new Event('input')); } }""",
        [start, end],
    )


def test_overview_of_20000_entities_is_small_and_has_no_isolated_node(big):
    assert big.js("window.kgView.data.nodes.length") >= BIG_ENTITIES
    shown = drawn(big)
    assert 100 <= len(shown["nodes"]) <= 500
    linked = {n for edge in shown["edges"] for n in edge}
    assert set(shown["nodes"]) <= linked, "an isolated node is drawn"
    hidden = big.page.inner_text("#kg-hidden")
    assert "more are hidden" in hidden and "Search" in hidden
    assert big.js("window.kgView.data.overview.clusters.length") >= 10
    big.page.check("#kg-unlinked")
    assert len(drawn(big)["nodes"]) > len(shown["nodes"]), "the toggle shows unlinked entities"
    big.assert_quiet()


def test_search_draws_a_neighbourhood_that_expands_and_goes_back(big):
    big.page.fill("#kg-search-input", "laura rotolo")
    assert "Laura Rótolo" in big.page.inner_text("#kg-suggest")
    big.page.fill("#kg-search-input", "police commissioner")
    assert "Michael Cox" in big.page.inner_text("#kg-suggest")
    big.page.fill("#kg-search-input", "Michael Cox")
    big.page.press("#kg-search-input", "Enter")
    assert "No entity has that name" not in big.page.inner_text("body")
    cox = big.node_id("Michael Cox")
    rotolo = big.node_id("Laura Rótolo")
    assert big.page.inner_text("#kg-panel-body h2") == "Michael Cox"
    assert "focus=official/michael-cox" in big.js("location.hash")
    two = set(drawn(big)["nodes"])
    assert cox in two and rotolo in two, "Rótolo is named in the same sentence as Cox"
    for n in neighbours(big, cox):
        assert {n} | neighbours(big, n) <= two, "two hops of facts are drawn"
    assert len(two) < 300
    big.page.select_option("#kg-hops", "1")
    near = set(drawn(big)["nodes"])
    assert neighbours(big, cox) | {cox, rotolo} <= near < two
    # Expand a neighbour with something not drawn yet: double-click on it.
    target = next(n for n in sorted(neighbours(big, cox)) if neighbours(big, n) - near)
    big.settle()
    box = big.page.locator("#kg-network").bounding_box()
    pos = big.js("id => window.kgView.domPosition(id)", target)
    big.page.mouse.dblclick(box["x"] + pos["x"], box["y"] + pos["y"])
    after = set(drawn(big)["nodes"])
    assert neighbours(big, target) <= after and after > near
    assert big.js("window.kgView.state.expanded") == [target]
    big.page.click("#kg-back")
    assert set(drawn(big)["nodes"]) == near
    big.page.click("#kg-back")
    assert big.js("window.kgView.state.view") == "overview"
    assert big.page.is_disabled("#kg-back")
    big.assert_quiet()


def test_time_slider_keeps_only_facts_of_articles_in_range(big):
    before = drawn(big)
    set_range(big, "2016-01", "2016-12")
    assert "from=2016-01" in big.js("location.hash")
    after = drawn(big)
    assert 0 < len(after["nodes"]) < len(before["nodes"]) or after["edges"] != before["edges"]
    out_of_range = big.js(
        """() => { const d = window.kgView.data, v = window.kgView.network.body.data.edges.get();
          return v.filter(e => typeof e.id === 'number').filter(e => !d.edges[e.id].ev.some(k => {
            const a = d.articles[d.evidence[k].article]; return a.date >= '2016-01' && a.date < '2017'; })).length; }"""
    )
    assert out_of_range == 0
    big.assert_quiet()


def test_url_fragment_restores_the_same_view(chromium, big):
    big.js("id => window.kgView.focusNode(id)", big.node_id("Michael Cox"))
    big.page.locator("#kg-legend label", has_text="Place").locator("input").uncheck()
    big.page.select_option("#kg-outlet", label="Civic Wire")
    big.js("() => { const r = document.getElementById('kg-min'); r.value = '2'; r.dispatchEvent(new Event('input')); }")
    target = sorted(set(drawn(big)["nodes"]) - {big.node_id("Michael Cox")})[0]
    big.js("id => window.kgView.expandNode(id)", target)
    url, view = big.js("location.href"), drawn(big)
    assert "hide=Place" in url and "outlet=Civic+Wire" in url and "expand=" in url and "min=2" in url
    assert all(
        big.js("id => window.kgView.data.nodes[id].articles.length", n) >= 2
        for n in view["nodes"]
        if n != big.node_id("Michael Cox")
    )
    again = Opened(chromium, big.path)
    again.page.goto(url)
    again.page.wait_for_selector("body[data-ready='1']", state="attached")
    assert sorted(drawn(again)["nodes"]) == sorted(view["nodes"])
    assert sorted(drawn(again)["edges"]) == sorted(view["edges"])
    assert again.page.inner_text("#kg-panel-body h2") == "Michael Cox"
    assert again.page.input_value("#kg-outlet") == big.page.input_value("#kg-outlet")
    assert not again.page.locator("#kg-legend label", has_text="Place").locator("input").is_checked()
    again.assert_quiet()
    again.page.close()
    big.assert_quiet()


def test_panel_orders_facts_and_shows_the_article(chromium, tmp_path):
    opened = Opened(chromium, write_html(dated_seed_graph(), tmp_path / "dated.html"))
    page = opened.page
    opened.js("id => window.kgView.focusNode(id)", opened.node_id("Trust Act"))
    text = opened.panel_text()
    assert text.index("supports") < text.index("enactedDate") < text.index("jurisdiction")
    opened.js("id => window.kgView.focusNode(id)", opened.node_id("Michael Cox"))
    text = opened.panel_text()
    assert text.index("title") < text.index("heads") < text.index("appointedBy") < text.index("opposes")
    assert "2024-12-11 \u00b7 Boston Courier" in text
    page.locator("#kg-panel-body .kg-article-title").first.click()
    text = opened.panel_text()
    assert "2024-12-11" in text and "Boston Courier" in text and "by Jane Reporter" in text
    link = page.locator("#kg-panel-body a.kg-url")
    assert link.get_attribute("href") == "https://news.example/cox" and link.get_attribute("target") == "_blank"
    assert "noopener" in link.get_attribute("rel")
    opened.assert_quiet()
    page.close()


def test_choosing_one_article_fits_its_entities_in_view(big):
    opened, page = big, big.page
    page.select_option("#kg-article", index=5)
    ids = drawn(opened)["nodes"]
    assert ids and opened.js("window.kgView.state.view") == "article"
    box = page.locator("#kg-network").bounding_box()
    for node in ids:
        pos = opened.js("id => window.kgView.domPosition(id)", node)
        assert 0 <= pos["x"] <= box["width"] and 0 <= pos["y"] <= box["height"], "the view is fitted"
    assert "article=" in opened.js("location.hash")
    opened.assert_quiet()


def test_readme_screenshots(chromium, big, tmp_path):
    """The overview of a corpus and a focused neighbourhood, copied to docs/ with
    KG_UPDATE_SCREENSHOT=1 (KG_VIEW_GRAPH=path/graph.ttl shows that corpus instead of the synthetic one)."""
    opened = big
    if os.environ.get("KG_VIEW_GRAPH"):
        path = write_html(Graph().parse(os.environ["KG_VIEW_GRAPH"]), tmp_path / "corpus.html", title="kg: a corpus")
        opened = Opened(chromium, path)
    page = opened.page
    page.set_viewport_size({"width": 1600, "height": 1000})
    opened.js("() => window.kgView.showOverview()")
    page.click("#kg-fit")
    opened.settle()
    page.screenshot(path=str(tmp_path / "overview.png"))
    central = opened.js("window.kgView.data.overview.clusters[0].label")
    opened.js("id => window.kgView.focusNode(id)", central)
    opened.settle()
    page.screenshot(path=str(tmp_path / "focus.png"))
    for name in ("overview", "focus"):
        assert (tmp_path / f"{name}.png").stat().st_size > 20000
        if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
            shutil.copyfile(tmp_path / f"{name}.png", ROOT / "docs" / f"screenshot-{name}.png")
    opened.assert_quiet()
    if opened is not big:
        page.close()
    else:
        page.set_viewport_size({"width": 1280, "height": 800})


def test_minimum_confidence_hides_weaker_facts(chromium, tmp_path):
    from kg.outputs.view.data import read_view_data

    data = read_view_data(seed_like_graph())
    for k, edge in enumerate(data.edges):
        edge["confidence"] = 0.3 if k % 2 else 0.9
    opened = Opened(chromium, write_html(data, tmp_path / "confidence.html"))
    page = opened.page
    assert page.is_visible("#kg-conf-row")
    facts = "() => window.kgView.network.body.data.edges.getIds().filter(id => typeof id === 'number')"
    before = opened.js(facts)
    opened.js("() => { const r = document.getElementById('kg-conf'); r.value = '0.5'; r.dispatchEvent(new Event('input')); }")
    after = opened.js(facts)
    assert after and set(after) < set(before) and all(k % 2 == 0 for k in after)
    assert "conf=0.5" in opened.js("location.hash")
    opened.assert_quiet()
    page.close()
