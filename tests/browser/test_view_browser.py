"""The network view in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
the seed articles, hostile text, an empty graph. tests/browser/test_view_corpus_browser.py has the
large-graph ones.

Skipped when Chromium or Playwright is missing (.ci/run installs both). With KG_UPDATE_SCREENSHOT=1
the seed test also writes docs/screenshot.png (otherwise only a copy under pytest's tmp folder).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from view_graphs import HOSTILE, hostile_graph, seed_like_graph
from view_pages import CHROMIUM, Opened, launch

from kg.outputs.view import write_html

ROOT = Path(__file__).resolve().parents[2]
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def chromium():
    yield from launch(sync_api)


@pytest.fixture(scope="module")
def seed_page_file(request, tmp_path_factory) -> Path:
    """The page of the built seed graph (the session's `seed_build`), else of a hand-built one."""
    try:
        out = request.getfixturevalue("seed_build")
        graph = Graph().parse(Path(out) / "graph.ttl", format="turtle")
    except pytest.FixtureLookupError:
        graph = seed_like_graph()
    return write_html(graph, tmp_path_factory.mktemp("view") / "graph.html")


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
