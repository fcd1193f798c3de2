"""The network view of a whole corpus in a real headless Chromium (issue 18): a synthetic graph of
20,000 entities (overview, search, neighbourhoods, expand, Back, filters, the URL fragment), the
panel's order and article details, confidence, and the README screenshots (KG_UPDATE_SCREENSHOT=1).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from view_graphs import dated_seed_graph, seed_like_graph, synthetic_graph
from view_pages import CHROMIUM, Opened, drawn, launch, neighbours, set_range

from kg.outputs.view import write_html

ROOT = Path(__file__).resolve().parents[2]
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def chromium():
    yield from launch(sync_api)


BIG_ENTITIES = 20000


@pytest.fixture(scope="module")
def big_page_file(request, tmp_path_factory) -> Path:
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
    cache = getattr(request.config, "cache", None)  # absent under -p no:cacheprovider: build it afresh
    folder = Path(cache.mkdir("kg-view")) if cache is not None else tmp_path_factory.mktemp("kg-view")
    page = folder / f"big-{digest.hexdigest()[:16]}.html"
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
