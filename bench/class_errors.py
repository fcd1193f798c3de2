"""Duplicates, over-merges and type errors of pooled scores, by the reference entity's class
(a script, not a test). Issue 16 asks that those of places, courts and rulings fall.

    .venv/bin/python bench/pooled_eval.py --json before.json   # at the old commit
    .venv/bin/python bench/pooled_eval.py --json after.json
    .venv/bin/python bench/class_errors.py before.json after.json [--only-sets seeds,dev,...]

A duplicate or over-merge counts for the class of the reference entity (or entities) it names;
a type error for its reference class. Only sets present in both files are counted.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path


def classes(gold: Path) -> dict[str, str]:
    data = json.loads(gold.read_text(encoding="utf-8"))
    return {e["name"]: e["type"] for e in data["entities"]}


def count(path: Path, sets: set[str] | None) -> tuple[Counter, set[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))["sets"]
    out: Counter = Counter()
    for name, s in data.items():
        if sets is not None and name not in sets:
            continue
        cls = classes(Path(s["gold"]))
        for line in s["duplicated"]:
            out["duplicates", cls.get(line.split(" <- ", 1)[0], "?")] += 1
        for line in s["over_merged"]:
            for ref in line.split(" -> ", 1)[1].split(", "):
                out["over-merges", cls.get(ref, "?")] += 1
        for line in s["wrong_types"]:
            m = re.search(r"reference (\w+)\)$", line)
            out["type errors", m.group(1) if m else "?"] += 1
    return out, set(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args()
    _, sb = count(args.before, None)
    _, sa = count(args.after, None)
    common = sb & sa
    before, _ = count(args.before, common)
    after, _ = count(args.after, common)
    print(f"# sets: {', '.join(sorted(common))}")
    print(f"{'what':12} {'class':12} {'before':>6} {'after':>6}")
    for key in sorted(set(before) | set(after)):
        print(f"{key[0]:12} {key[1]:12} {before[key]:6} {after[key]:6}")
    for what in ("duplicates", "over-merges", "type errors"):
        pcr = lambda c: sum(v for (w, k), v in c.items() if w == what and k in ("Place", "Court", "CourtRuling"))  # noqa: E731
        print(f"{what:12} {'Place+Court+CourtRuling':24} {pcr(before):6} {pcr(after):6}")


if __name__ == "__main__":
    main()
