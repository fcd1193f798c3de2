"""How fast does a large network view become usable? (a script, not a test)

Builds a synthetic kg graph of 2,000 entities and 6,000 facts (each with an assertion and an
evidence sentence, as `kg build` writes them), renders graph.html, opens it in headless Chromium
and prints:
  - the time to render the page in Python (graph reading, precomputed layout, HTML),
  - the time from navigation start to the first drawn frame of the network ("ready"),
  - how long a click on a node then takes to open its side panel (from just before the click is
    sent, so it includes the driver's round trip),
  - their sum, the time from load to first interaction, and its ratio to the 3 s target.

    .venv/bin/python bench/view_bench.py [--nodes 2000] [--edges 6000] [--keep out/bench.html]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from rdflib import Literal  # noqa: E402
from view_graphs import GraphBuilder  # noqa: E402

from kg.outputs.view import render_html

CLASSES = ("Official", "Person", "Agency", "Court", "Organization", "Law", "CourtRuling", "Place")
PROPS = ("memberOf", "heads", "appointedBy", "enactedBy", "regulates", "jurisdiction", "partOf", "supports", "opposes")
TARGET_S = 3.0
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1):
    """A random graph with a few hubs (preferential attachment), 20 articles, evidence on all."""
    rng = random.Random(seed)
    b = GraphBuilder()
    sentences = [f"Sentence {k} of a synthetic article about public bodies." for k in range(400)]
    articles = [b.article(f"syn_{a:03d}", f"Synthetic article {a}", " ".join(sentences)) for a in range(20)]
    nodes = [b.entity(CLASSES[i % len(CLASSES)], f"Entity {i:04d} {rng.choice('ABCDEFGH')}", f"E{i}") for i in range(n_nodes)]
    targets = list(range(n_nodes))
    seen = set()
    while len(seen) < n_edges:
        s = rng.randrange(n_nodes)
        o = rng.choice(targets)
        prop = rng.choice(PROPS)
        if s == o or (s, prop, o) in seen:
            continue
        seen.add((s, prop, o))
        targets.append(o)
        b.fact(nodes[s], prop, nodes[o], rng.choice(articles), rng.choice(sentences))
    for i in range(0, n_nodes, 10):
        b.fact(nodes[i], "title", Literal("Director"), articles[i % 20], sentences[i % 400])
    return b.graph


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
        # Click the node nearest the middle of the canvas; wait until a node's panel shows (at this
        # zoom a neighbour drawn on top may be the one hit, which counts as well).
        target = page.evaluate("""() => {
            const v = window.kgView, box = document.getElementById('kg-network').getBoundingClientRect();
            const ids = v.nodes.getIds().filter(id => typeof id === 'number');
            let best = null, dist = Infinity;
            for (const id of ids) {
              const p = v.domPosition(id), d = Math.hypot(p.x - box.width / 2, p.y - box.height / 2);
              if (d < dist) { dist = d; best = {id: id, x: p.x + box.left, y: p.y + box.top}; }
            }
            best.t = performance.now();
            return best;
        }""")
        page.mouse.click(target["x"], target["y"])
        page.wait_for_selector("#kg-panel-body[data-node]", state="attached", timeout=30000)
        clicked = page.evaluate("window.kgView.panelAt")
    finally:
        page.close()
    latency = clicked - target["t"]
    return {"ready_s": ready / 1000, "latency_s": latency / 1000, "click_s": (ready + latency) / 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=6000)
    parser.add_argument("--runs", type=int, default=3, help="page loads to time (median shown)")
    parser.add_argument("--keep", type=Path, default=None, help="also keep the page here")
    args = parser.parse_args()
    t0 = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    t1 = time.perf_counter()
    html = render_html(graph, title="synthetic benchmark graph")
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "graph.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        load = os.getloadavg()[0]
        results = measure(path, args.runs)
    print(f"graph: {args.nodes} entities, {args.edges} facts, {len(graph)} triples (built in {t1 - t0:.2f} s)")
    print(f"render_html: {t2 - t1:.2f} s, page {len(html) / 1e6:.2f} MB")
    print(f"browser ({len(results)} loads, 1-min load average {load:.1f} on {os.cpu_count()} CPUs):")
    for r in results:
        print(
            f"  first frame at {r['ready_s']:.2f} s after navigation start; a click on a node opened"
            f" its panel {1000 * r['latency_s']:.0f} ms later: interactive at {r['click_s']:.2f} s"
        )
    median = statistics.median(r["click_s"] for r in results)
    print(f"median time to first interaction: {median:.2f} s; ratio to the {TARGET_S:.0f} s target: {median / TARGET_S:.2f}")


if __name__ == "__main__":
    main()
