"""Score kg on every reference set at once and pool the counts (a script, not a test).

Sets: the seeds (``tests/data/seeds.gold.json`` on ``seeds/``), each ``bench/data/*.gold.json``
(articles read from the shared corpora by id) and the development pool (``../shared/eval/dev``).
Each set is built once; its counts (correct / predicted / found / expected) are summed across sets,
so the pooled precision, recall and F1 weigh every article alike. Prints one row per set and the
pooled row; ``--json`` writes them all. The last column is the duplicates and over-merges of the
reference's own graph (a perfect build's): names two reference entities share, or one entity under two
ids from two annotators, count against any build (``kg.evaluate.own_splits``).

    .venv/bin/python bench/pooled_eval.py [--shared ../shared] [--json pooled.json] [--only dev,blind12w] [--dated] [--keep DIR]

``--dated``: give each article its corpus date (a front matter ``date:`` of an ``.md`` copy; the dev
texts' dates by id from the shared corpora), for the rules that read it (kg.resolve.terms). Without it the
articles are undated, as in the baselines of bench/results.
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

PRF = ("entities_core", "entities_all", "facts_core", "facts_stance", "titles", "dates")


def corpus_texts(gold: Path, shared: Path, folder: Path, dated: bool = False) -> None:
    stems = json.loads(gold.read_text(encoding="utf-8"))["documents"]
    wanted = {(s.split("_", 1)[1] if "_" in s else s): s for s in stems}
    for name in ("civic-news.jsonl.gz", "civic-wide.jsonl.gz"):
        with gzip.open(shared / "corpus" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["id"] in wanted:
                    text = f"{row['title']}\n\n{row['text']}"
                    if dated and row.get("date"):
                        (folder / f"{wanted.pop(row['id'])}.md").write_text(
                            f"---\ndate: {row['date']}\n---\n{text}", encoding="utf-8"
                        )
                    else:
                        (folder / f"{wanted.pop(row['id'])}.txt").write_text(text, encoding="utf-8")
    if wanted:
        sys.exit(f"{gold.name}: not in the shared corpora: {', '.join(sorted(wanted))}")


def sets(shared: Path) -> list[tuple[str, Path, Path | None]]:
    out = [("seeds", ROOT / "tests" / "data" / "seeds.gold.json", ROOT / "seeds")]
    out += [(p.name.removesuffix(".gold.json"), p, None) for p in sorted((ROOT / "bench" / "data").glob("*.gold.json"))]
    dev = shared / "eval" / "dev"
    if (dev / "dev.gold.json").is_file():
        out.append(("dev", dev / "dev.gold.json", dev / "text"))
    return out


def dated_copies(texts: Path, shared: Path, folder: Path) -> None:
    """The ``.txt`` articles of ``texts`` as ``.md`` copies with their corpus date (by file name = id)."""
    dates = {}
    for name in ("civic-news.jsonl.gz", "civic-wide.jsonl.gz"):
        with gzip.open(shared / "corpus" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                dates[row["id"]] = row.get("date")
    for p in sorted(texts.glob("*.txt")):
        date = dates.get(p.stem.split("_", 1)[-1])
        text = p.read_text(encoding="utf-8")
        if date:
            (folder / f"{p.stem}.md").write_text(f"---\ndate: {date}\n---\n{text}", encoding="utf-8")
        else:
            (folder / p.name).write_text(text, encoding="utf-8")


def score(name: str, gold: Path, texts: Path | None, shared: Path, dated: bool = False, keep: Path | None = None) -> dict:
    from kg.evaluate import evaluate
    from kg.orchestrate.run import run_build

    with tempfile.TemporaryDirectory(prefix=f"kg-pool-{name}-") as tmp:
        if texts is None:
            texts = Path(tmp) / "articles"
            texts.mkdir()
            corpus_texts(gold, shared, texts, dated)
        elif dated and name != "seeds":
            copies = Path(tmp) / "articles"
            copies.mkdir()
            dated_copies(texts, shared, copies)
            texts = copies
        out = keep / name if keep is not None else Path(tmp) / "out"
        if run_build([texts], out=out, model=None, cache=False, quiet=True) != 0:
            sys.exit(f"{name}: build failed")
        return json.loads(json.dumps(evaluate(gold, out / "graph.ttl"), default=lambda o: o.__dict__))


def pooled(rows: dict[str, dict]) -> dict:
    out: dict = {}
    for key in PRF:
        c = sum(r[key]["correct"] for r in rows.values())
        p = sum(r[key]["predicted"] for r in rows.values())
        f = sum(r[key]["found"] for r in rows.values())
        e = sum(r[key]["expected"] for r in rows.values())
        prec, rec = (c / p if p else 0.0), (f / e if e else 0.0)
        out[key] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
    tm = sum(r["type_matched"] for r in rows.values())
    out["type_accuracy"] = sum(r["type_correct"] for r in rows.values()) / tm if tm else 0.0
    out["duplicates"] = sum(r["duplicates"] for r in rows.values())
    out["over_merges"] = sum(r["over_merges"] for r in rows.values())
    out["reference_duplicates"] = sum(r.get("reference_duplicates", 0) for r in rows.values())
    out["reference_over_merges"] = sum(r.get("reference_over_merges", 0) for r in rows.values())
    q = [r["quotes"] for r in rows.values()]
    exp = sum(x["expected"] for x in q)
    out["quotes"] = {"attributed": sum(x["n_attributed"] for x in q) / exp if exp else 0.0}
    return out


def line(name: str, r: dict) -> str:
    f = lambda k: f"{r[k]['f1']:.3f}"
    return (
        f"{name:<10} {f('entities_core'):>6} {r['type_accuracy']:>6.3f} {r['duplicates']:>4}/{r['over_merges']:<3} "
        f"{f('facts_core'):>6} ({r['facts_core']['precision']:.3f}) {f('facts_stance'):>6} ({r['facts_stance']['precision']:.3f}) "
        f"{f('titles'):>6} {f('dates'):>6} {r['quotes']['attributed']:>6.3f}"
        f"   {r.get('reference_duplicates', 0):>3}/{r.get('reference_over_merges', 0):<3}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", help="comma-separated set names")
    ap.add_argument("--dated", action="store_true", help="give each article its corpus date")
    ap.add_argument("--keep", type=Path, help="write each set's build outputs to KEEP/<set> and keep them")
    args = ap.parse_args()
    chosen = [s for s in sets(args.shared) if not args.only or s[0] in args.only.split(",")]
    rows = {name: score(name, gold, texts, args.shared, args.dated, args.keep) for name, gold, texts in chosen}
    print(
        "set        coreE  types  dup/om  coreF (P)       stance (P)      titles  dates  quotes   dup/om of the reference's own graph"
    )
    for name, r in rows.items():
        print(line(name, r))
    total = pooled(rows)
    print(line("POOLED", total))
    if args.json:
        args.json.write_text(json.dumps({"sets": rows, "pooled": total}, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
