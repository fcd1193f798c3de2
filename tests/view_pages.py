"""Opening the network view in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright), for the browser tests: a page with listeners that record everything that must not
happen (requests leaving the page, console messages, errors, dialogs, CSP violations)."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
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

DRAWN = """() => { const d = window.kgView.network.body.data;
  return {nodes: d.nodes.getIds(), edges: d.edges.get().map(e => [e.from, e.to])}; }"""


def launch(sync_api):
    """Yield a headless Chromium (for a module-scoped fixture)."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


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


def drawn(opened: Opened) -> dict:
    """The ids of the drawn nodes and the (from, to) of the drawn links."""
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
