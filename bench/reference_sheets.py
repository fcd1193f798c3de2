"""Judge the rules with every reference set: build each set (as bench/pooled_eval.py does) and write
`kg audit reference` sheets into bench/audits/reference/, one per set, so that
`kg audit report bench/audits/*.csv bench/audits/reference/*.csv --write-precision` measures each
rule's precision on the audits and the reference sets together.

    .venv/bin/python bench/reference_sheets.py [--shared ../shared] [--only seeds,blind12w]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from pooled_eval import corpus_texts, sets  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", help="comma-separated set names")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "audits" / "reference")
    args = ap.parse_args()
    from kg.evaluate.audit_reference import run_reference
    from kg.orchestrate.run import run_build

    args.out.mkdir(parents=True, exist_ok=True)
    for name, gold, texts in sets(args.shared):
        if args.only and name not in args.only.split(","):
            continue
        with tempfile.TemporaryDirectory(prefix=f"kg-ref-{name}-") as tmp:
            if texts is None:
                texts = Path(tmp) / "articles"
                texts.mkdir()
                corpus_texts(gold, args.shared, texts)
            out = Path(tmp) / "out"
            if run_build([texts], out=out, model=None, cache=False, quiet=True) != 0:
                sys.exit(f"{name}: build failed")
            run_reference(gold, out / "graph.ttl", args.out / f"{name}.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
