"""How fast does the network view of a large graph become usable? (a script, not a test)

For each graph (synthetic ones of 2,000 and 20,000 entities built by tests/view_graphs.py, in the
shape `kg build` writes, or a built graph.ttl given with --graph), renders graph.html, opens it in
headless Chromium (/usr/bin/chromium) a few times and prints:
  - the time to render the page in Python (graph reading, communities, layout, HTML) and its size,
  - time to interactive: from navigation start until the first drawing is done (the page's search
    index is built before that drawing, so search answers from then on),
  - how long a search then takes to answer (a name typed in the box, until the suggestions show),
  - how long choosing that entity takes to draw its neighbourhood and open its panel,
  - the ratio of the median time to interactive to the 3 s target.

    .venv/bin/python bench/view_bench.py [--entities 2000 20000] [--graph out/graph.ttl] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from rdflib import Graph  # noqa: E402
from view_graphs import synthetic_graph  # noqa: E402

from kg.outputs.view import render_html  # noqa: E402

TARGET_S = 3.0
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


def measure(page_path: Path, runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        results = [_one_run(browser, page_path) for _ in range(runs)]
        browser.close()
    return results


def _one_run(browser, page_path: Path) -> dict:
    """Open the page in a fresh tab; times are from that tab's navigation start."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(page_path.as_uri(), wait_until="commit")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60000)
        ready = page.evaluate("window.kgView.readyAt")
        drawn = page.evaluate("window.kgView.drawn.length")
        # The most mentioned entity's name, typed into the search box: time until it is suggested.
        name = page.evaluate("""() => { const n = window.kgView.data.nodes;
            let best = 0; n.forEach((x, i) => { if (x.articles.length > n[best].articles.length) best = i; });
            return n[best].label; }""")
        t0 = page.evaluate("performance.now()")
        page.fill("#kg-search-input", name)
        page.wait_for_selector("#kg-suggest li.kg-active", state="attached", timeout=30000)
        t1 = page.evaluate("performance.now()")
        page.press("#kg-search-input", "Enter")
        page.wait_for_selector("#kg-panel-body[data-node]", state="attached", timeout=30000)
        t2 = page.evaluate("performance.now()")
    finally:
        page.close()
    return {"ready_s": ready / 1000, "drawn": drawn, "search_s": (t1 - t0) / 1000, "focus_s": (t2 - t1) / 1000}


def report(label: str, graph: Graph, runs: int, keep: Path | None) -> float:
    t0 = time.perf_counter()
    html = render_html(graph, title=label)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "graph.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        load = os.getloadavg()[0]
        results = measure(path, runs)
    print(f"{label}: {len(graph)} triples; render_html {t1 - t0:.1f} s, page {len(html) / 1e6:.1f} MB")
    print(f"  browser ({len(results)} loads, 1-min load average {load:.1f} on {os.cpu_count()} CPUs):")
    for r in results:
        print(
            f"    interactive at {r['ready_s']:.2f} s ({r['drawn']} nodes drawn); a search answered in"
            f" {1000 * r['search_s']:.0f} ms; choosing the entity drew its neighbourhood in {1000 * r['focus_s']:.0f} ms"
        )
    median = statistics.median(r["ready_s"] for r in results)
    print(f"  median time to interactive {median:.2f} s; ratio to the {TARGET_S:.0f} s target: {median / TARGET_S:.2f}")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, nargs="*", default=[2000, 20000], help="synthetic graph sizes")
    parser.add_argument("--graph", type=Path, action="append", default=[], help="a built graph.ttl (repeatable)")
    parser.add_argument("--runs", type=int, default=3, help="page loads to time (median shown)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the last page here")
    args = parser.parse_args()
    for n in args.entities:
        t0 = time.perf_counter()
        graph = synthetic_graph(n)
        print(f"synthetic graph of {n} entities built in {time.perf_counter() - t0:.1f} s")
        report(f"synthetic {n} entities", graph, args.runs, args.keep)
    for path in args.graph:
        if not path.is_file():
            sys.exit(f"view_bench: {path}: no such file")
        report(str(path), Graph().parse(path, format="turtle"), args.runs, args.keep)


if __name__ == "__main__":
    main()
