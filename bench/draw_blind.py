"""Draw a blind evaluation set from a shared corpus with a fixed seed (a script, not a test).

Articles already used by a reference set (the dev pool, ``bench/data/*.gold.json``) are left out,
as are very short and very long ones (an annotator must be able to read each one whole). Writes one
``<id>.txt`` per article (title, blank line, text) into ``--out``.

    .venv/bin/python bench/draw_blind.py --corpus ../shared/corpus/civic-wide.jsonl.gz \
        --n 12 --seed 20261206 --out /tmp/blind12w/text

blind14x (session 8) left out the first 1,000 lines too (the corpus audit's build), with
``--n 14 --seed 20261207 --skip-first 1000``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def used_ids(extra: list[Path]) -> set[str]:
    """The corpus ids of every article a reference set holds. A set's ``documents`` is a mapping from its
    document names to their metadata (the kg-gold/1 format) or a list of names or of ``{"id": ...}``; a
    name is the corpus id, or a prefix and "_" before it ("001_<id>"). Until session 17 only the list of
    ``{"id": ...}`` was read, so no reference set was excluded: blind draws overlapped earlier sets
    (bench/results/draw-overlaps.txt)."""
    ids: set[str] = set()
    for path in [*ROOT.glob("bench/data/**/*.gold.json"), *extra]:
        docs = json.loads(path.read_text(encoding="utf-8")).get("documents", [])
        names = [d["id"] if isinstance(d, dict) else d for d in docs] if isinstance(docs, list) else list(docs)
        ids.update(n.split("_", 1)[1] if "_" in n else n for n in names)
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "civic-wide.jsonl.gz")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[ROOT.parent / "shared" / "eval" / "dev" / "dev.gold.json"])
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--min-chars", type=int, default=2500)
    ap.add_argument("--max-chars", type=int, default=7000)
    ap.add_argument(
        "--skip-first",
        type=int,
        default=0,
        help="leave out the corpus's first N lines (those a corpus audit or development build read)",
    )
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    used = used_ids(args.exclude)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        lines = [json.loads(line) for n, line in enumerate(fh) if n >= args.skip_first]
    pool = [a for a in lines if a["id"] not in used and args.min_chars <= len(a["text"]) <= args.max_chars]
    pool.sort(key=lambda a: a["id"])
    chosen = random.Random(args.seed).sample(pool, args.n)
    args.out.mkdir(parents=True, exist_ok=True)
    for a in chosen:
        (args.out / f"{a['id']}.txt").write_text(f"{a['title']}\n\n{a['text']}\n", encoding="utf-8")
        print(a["id"], a.get("topic", ""), a["source"], a["title"][:70], sep="\t")


if __name__ == "__main__":
    main()
