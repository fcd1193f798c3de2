"""Merge per-article reference files (``kg-gold/1``) into one set: one entity id per real-world
entity across the set (same id = same entity; names and aliases are united, types must agree),
facts with the same subject, property and object joined with the union of their documents.

    .venv/bin/python bench/merge_gold.py /tmp/blind12w/gold/*.gold.json --corpus blind12w \
        --out bench/data/blind12w.gold.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def merge(paths: list[Path], corpus: str) -> dict:
    out = {"format": "kg-gold/1", "corpus": corpus, "documents": {}, "entities": [], "facts": [], "quotes": []}
    entities: dict[str, dict] = {}
    facts: dict[tuple, dict] = {}
    for path in sorted(paths):
        d = json.loads(path.read_text(encoding="utf-8"))
        out["documents"].update(d["documents"])
        for e in d["entities"]:
            have = entities.get(e["id"])
            if have is None:
                entities[e["id"]] = {**e, "aliases": list(e.get("aliases", []))}
                continue
            if have["type"] != e["type"]:
                print(
                    f"{path.name}: {e['id']} is {e['type']} here, {have['type']} elsewhere; kept {have['type']}", file=sys.stderr
                )
            names = [e["name"], *e.get("aliases", [])]
            have["aliases"] += [n for n in names if n != have["name"] and n not in have["aliases"]]
            if have.get("optional") and not e.get("optional"):
                have.pop("optional")
        for f in d["facts"]:
            key = (f["s"], f["p"], f.get("o"), f.get("value"))
            if key in facts:
                facts[key]["docs"] = sorted(set(facts[key].get("docs", [])) | set(f.get("docs", [])))
                if facts[key].get("optional") and not f.get("optional"):
                    facts[key].pop("optional")
            else:
                facts[key] = dict(f)
        out["quotes"] += d["quotes"]
    out["entities"] = list(entities.values())
    out["facts"] = list(facts.values())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", type=Path, nargs="+")
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.write_text(json.dumps(merge(args.files, args.corpus), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
