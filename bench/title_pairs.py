"""Title pairs that differ only by case or by a status word, in a built graph (a script, not a test).

Reports every pair of ``kg:title`` values and of office concepts (``skos:prefLabel`` of ``org:role``)
that differ only by case ("Mayor" / "mayor") or by a word that qualifies the holding ("acting
Director" / "Director", "Director-designate" / "Director"), with how many facts carry each title;
see kg/evaluate/titlepairs.py. ``kg:title`` keeps "-elect", "-designate" and "nominee" by design
(the office is not held yet): those pairs are listed apart and do not count. Exit code 1 when a pair
counts.

    .venv/bin/python bench/title_pairs.py /tmp/roles-cn/graph.ttl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from kg.evaluate.titlepairs import OFFICES, TITLES, title_pairs
    from kg.graph.store import load_store
    from kg.sparql.query import answer

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    args = ap.parse_args()
    store = load_store(args.graph)

    def labels(query: str) -> list[str]:
        out = json.loads(answer(store, query, "json", None))
        return [b["label"]["value"] for b in out["results"]["bindings"]]

    counts = json.loads(answer(store, "SELECT ?t (COUNT(*) AS ?n) WHERE { ?s kg:title ?t } GROUP BY ?t", "json", None))
    n = {b["t"]["value"]: b["n"]["value"] for b in counts["results"]["bindings"]}
    titles, offices = labels(TITLES), labels(OFFICES)
    gaps = 0
    for name, found, by_design in (
        ("kg:title", title_pairs(titles, keep_unheld=True), set()),
        ("office concepts", title_pairs(offices), set()),
        ("kg:title, not held yet (kept by design)", set(title_pairs(titles)) - set(title_pairs(titles, True)), None),
    ):
        print(f"{name}: {len(found)} pairs")
        for a, b, how in sorted(found):
            print(f"  {a!r} ({n.get(a, '-')}) / {b!r} ({n.get(b, '-')}): {how}")
        gaps += len(found) if by_design is not None else 0
    print(f"{len(titles)} titles, {len(offices)} office concepts, {gaps} pairs that differ only by case or a status word")
    return 1 if gaps else 0


if __name__ == "__main__":
    raise SystemExit(main())
