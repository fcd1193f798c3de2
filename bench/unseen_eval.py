"""Quality on unseen articles: build six civic-news articles (other cities, states and courts than
the seeds) and score them against a blind hand-made reference (a script, not a test).

The reference, ``bench/data/unseen6.gold.json``, was written before looking at kg's output, by the
rules of docs/GUIDELINES.md. The article texts are not in the project: they are read from the
shared corpus by id (each file is the corpus title, a blank line, then the corpus text).

    .venv/bin/python bench/unseen_eval.py            # prints kg evaluate's report
    .venv/bin/python bench/unseen_eval.py --json scores.json
    .venv/bin/python bench/unseen_eval.py --gold bench/data/unseen8.gold.json

A second blind set, ``bench/data/unseen8.gold.json`` (eight more articles: Chicago, San Francisco,
D.C., Miami-Dade, the 2013 California TRUST Act, a Supreme Court detention ruling, Orange County),
was annotated later by annotators who saw neither kg's output nor its code; it is the fresher
measure of generalization, since the first six have been read while developing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "civic-news.jsonl.gz"
GOLD = ROOT / "bench" / "data" / "unseen6.gold.json"


def write_articles(gold: Path, corpus: Path, folder: Path) -> None:
    stems = json.loads(gold.read_text(encoding="utf-8"))["documents"]
    wanted = {(stem.split("_", 1)[1] if "_" in stem else stem): stem for stem in stems}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in wanted:
                (folder / f"{wanted.pop(row['id'])}.txt").write_text(f"{row['title']}\n\n{row['text']}", encoding="utf-8")
    if wanted:
        sys.exit(f"not in {corpus}: {', '.join(sorted(wanted))}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="the civic-news corpus, JSONL (default: %(default)s, where the project keeps it; see the README)",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the scores as JSON")
    args = ap.parse_args()
    if not args.corpus.is_file():
        ap.error(f'corpus not found: {args.corpus}; pass --corpus PATH (the civic-news corpus, see the README\'s "Real corpora")')
    from kg.evaluate import run_evaluate
    from kg.orchestrate.run import run_build

    with tempfile.TemporaryDirectory(prefix="kg-unseen-") as tmp:
        articles, out = Path(tmp) / "articles", Path(tmp) / "out"
        articles.mkdir()
        write_articles(args.gold, args.corpus, articles)
        if run_build([articles], out=out, model=None, cache=False, quiet=True) != 0:
            return 1
        return run_evaluate(args.gold, out / "graph.ttl", args.json)


if __name__ == "__main__":
    sys.exit(main())
