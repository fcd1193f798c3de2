"""``kg audit reference``: a review sheet judged by a reference file instead of a reader.

Every fact of a graph built from a reference set's articles is judged the way ``kg evaluate``
judges it (:mod:`kg.evaluate.facts`): ``right`` when it matches a non-optional reference fact,
``wrong`` when it is a false positive, left out when the scorer ignores it (optional or unannotated
entities). One row per (fact, rule that produced it), so that ``kg audit report`` can add reference
sets to the audits when it measures each rule's precision. Quotes that match a non-optional
reference quote are judged by their speaker.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import PROV, RDFS

from ..graph.prune import assertions_by_fact
from ..graph.validate import load_rdf
from ..language.normalize import normalize, year
from .audit_sheet import write_sheet
from .built import read_graph, restrict
from .entities import Matching, match_entities
from .facts import _with_member_of
from .gold import Gold, load_gold
from .titlewords import same_title


def _entity_verdicts(gold: Gold, m: Matching) -> dict[tuple[str, str, str], str | None]:
    status: dict[tuple[str, str, str], bool] = {}
    for s, p, o, opt in _with_member_of([(f.s, f.p, f.o, f.optional) for f in gold.facts]):
        status[(s, p, o)] = status.get((s, p, o), True) and opt
    hard, soft = defaultdict(set), defaultdict(set)
    for (s, p, o), opt in status.items():
        (soft if opt else hard)[p].add((s, o))

    def verdict(bs: str, p: str, bo: str) -> str | None:
        pairs = {(gs, go) for gs in m.any.get(bs, ()) for go in m.any.get(bo, ())}
        if not m.any.get(bs) or not m.any.get(bo):
            return "wrong"
        if pairs & hard[p]:
            return "right"
        if pairs & soft[p] or not m.hard.get(bs) or not m.hard.get(bo):
            return None
        return "wrong"

    return verdict


def _literal_verdict(gold: Gold, m: Matching):
    values: dict[tuple[str, str, bool], list[str]] = defaultdict(list)
    for x in gold.literals:
        values[(x.s, x.p, x.optional)].append(x.value)

    def verdict(b: str, p: str, v: str) -> str | None:
        same = same_title if p == "title" else (lambda a, c: year(a) is not None and year(a) == year(c))
        if not m.any.get(b):
            return "wrong"
        if any(same(v, gv) for g in m.hard.get(b, ()) for gv in values.get((g, p, False), ())):
            return "right"
        if any(same(v, gv) for g in m.any.get(b, ()) for gv in values.get((g, p, True), ())) or not m.hard.get(b):
            return None
        return "wrong"

    return verdict


def reference_rows(gold: Gold, graph: Graph, name: str) -> list[dict]:
    built = restrict(read_graph(graph), gold.documents)
    m = match_entities(gold, built)
    entity_verdict, literal_verdict = _entity_verdicts(gold, m), _literal_verdict(gold, m)
    rows = []
    for (s, p, o), assertions in sorted(assertions_by_fact(graph).items()):
        prop = str(p).rsplit("#", 1)[-1]
        if str(s) not in built.entities:
            continue
        if str(o) in built.entities:
            verdict = entity_verdict(str(s), prop, str(o))
        else:
            verdict = literal_verdict(str(s), prop, str(o))
        if verdict is None:
            continue
        rules = sorted({str(graph.value(r, RDFS.label)) for a in assertions for r in graph.objects(a, PROV.wasGeneratedBy)})
        label = lambda n: built.entities[str(n)].label if str(n) in built.entities else str(n)  # noqa: E731
        for rule in rules or ["unknown"]:
            rows.append(
                {
                    "kind": "fact",
                    "fact": f"{label(s)} — {prop} — {label(o)}",
                    "verdict": verdict,
                    "note": f"judged by the reference {name}",
                    "property": prop,
                    "rule": rule,
                    "stratum_size": 1,
                    "stratum_drawn": 1,
                    "subject": str(s),
                    "object": str(o),
                    "item": str(assertions[0]),
                }
            )
    return rows + _quote_rows(gold, built, m, name)


def _quote_rows(gold: Gold, built, m: Matching, name: str) -> list[dict]:
    rows = []
    openings = [(g, normalize(g.starts)) for g in gold.quotes if not g.optional]
    for q in built.quotes:
        text = normalize(q.text)
        refs = [g for g, start in openings if g.doc == q.doc and start in text]
        if not refs:
            continue
        right = q.speaker is not None and any(g.speaker in m.any.get(q.speaker, ()) for g in refs)
        who = built.entities[q.speaker].label if q.speaker else "no speaker given"
        rows.append(
            {
                "kind": "quote",
                "fact": f"“{' '.join(q.text.split())[:120]}” — {who}",
                "verdict": "right" if right else "wrong",
                "note": f"judged by the reference {name}",
                "property": "quote",
                "stratum_size": 1,
                "stratum_drawn": 1,
                "article_id": q.doc or "",
                "speaker": q.speaker or "",
                "item": q.iri,
            }
        )
    return rows


def run_reference(gold_path: Path, graph_path: Path, out: Path) -> int:
    gold = load_gold(gold_path)
    rows = reference_rows(gold, load_rdf(Path(graph_path), "graph"), Path(gold_path).name)
    for i, r in enumerate(rows, 1):
        r["id"] = f"R{i:04d}"
    write_sheet(rows, out)
    facts = [r for r in rows if r["kind"] == "fact"]
    right = sum(1 for r in facts if r["verdict"] == "right")
    print(
        f"{out}: {len(facts)} (fact, rule) rows judged by {Path(gold_path).name} ({right} right), {len(rows) - len(facts)} quotes"
    )
    return 0
