"""How long `kg validate` takes on a synthetic graph shaped like a real build, and how long the
per-fact shape check `kg build` runs (kg.graph.conform) takes on the same graph.

Builds N made-up articles (each with `--entities` entities, `--facts` facts on random sentences and
`--quotes` quotes, all following docs/GRAPH.md), validates the graph and prints seconds per article
and per 1,000 triples, then the same for kg.graph.conform and the ratio of the two.
Usage: .venv/bin/python bench/validate_speed.py [--articles 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from minigraph import add_article, add_entity, add_fact, add_quote  # noqa: E402

from kg.core.namespaces import bind_prefixes
from kg.graph.conform import conform, specs, superclasses
from kg.graph.validate import validate_graph

CLASSES = ["Official", "Agency", "Law", "Place", "Person", "Organization"]
PAIRS = [
    ("Official", "appointedBy", "Official"),
    ("Official", "heads", "Agency"),
    ("Person", "memberOf", "Organization"),
    ("Law", "enactedBy", "Agency"),
    ("Law", "jurisdiction", "Place"),
    ("Organization", "opposes", "Law"),
]


def synthetic(articles: int, entities: int, facts: int, quotes: int, seed: int = 7) -> Graph:
    rnd = random.Random(seed)
    g = bind_prefixes(Graph())
    for a in range(articles):
        sentences = [f"Sentence {i} of article {a} says something about item {rnd.randint(0, 999)}." for i in range(80)]
        text = " ".join(sentences)
        doc = f"{a:03d}_synthetic"
        art = add_article(g, doc, text, f"Article {a}")
        ents = {c: [add_entity(g, c, f"{c} {a}-{k}", art) for k in range(entities // len(CLASSES))] for c in CLASSES}
        for k in range(facts):
            s_cls, prop, o_cls = PAIRS[k % len(PAIRS)]
            add_fact(g, rnd.choice(ents[s_cls]), prop, rnd.choice(ents[o_cls]), art, doc, text, rnd.choice(sentences), "bench")
        add_fact(g, ents["Law"][0], "enactedDate", Literal("2014", datatype=XSD.gYear), art, doc, text, sentences[0], "bench")
        for k in range(quotes):
            add_quote(g, art, doc, text, sentences[k + 1][:-1], rnd.choice(ents["Official"]))
    return g


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5)
    ap.add_argument("--entities", type=int, default=30)
    ap.add_argument("--facts", type=int, default=40)
    ap.add_argument("--quotes", type=int, default=8)
    args = ap.parse_args()
    g = synthetic(args.articles, args.entities, args.facts, args.quotes)
    validate_graph(Graph())  # parse shapes and ontology once, outside the timing
    t0, c0 = time.perf_counter(), time.process_time()
    result = validate_graph(g)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"{args.articles} articles, {len(g)} triples: conforms={result.conforms} in {secs:.2f} s wall, "
        f"{cpu:.2f} s CPU ({cpu / args.articles:.2f} s CPU per article, "
        f"{1000 * cpu / len(g):.3f} s CPU per 1,000 triples)"
    )
    specs(), superclasses()  # read the shapes and the ontology once, outside the timing
    c1 = time.process_time()
    report = conform(g)
    fast = time.process_time() - c1
    print(
        f"kg.graph.conform: {fast:.2f} s CPU ({1000 * fast / len(g):.3f} s per 1,000 triples; "
        f"{report.summary()}); pySHACL / conform = {cpu / max(fast, 1e-9):.0f}x"
    )


if __name__ == "__main__":
    main()
