"""``kg audit sample``: a seeded, stratified sample of a built graph's facts and quotes, written as
a review sheet (:mod:`kg.evaluate.audit_sheet`).

Facts are the distinct triples of the graph; each is shown with one of its assertions (its evidence
sentence and rule), picked at random. Strata are (property, rule) pairs. Every stratum first gets an
equal share of half the sample (at most its size), the rest goes to strata in proportion to their
remaining facts, so rare rules are audited and large ones dominate as they do in the graph; each
row records its stratum's size and draw so that estimates over all facts can be weighted back.
Quotes are drawn uniformly. The same graph, sizes and seed always give the same sheet.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from ..core.namespaces import KG, OA, SCHEMA
from ..graph.prune import assertions_by_fact
from ..graph.validate import load_rdf
from .audit_sheet import context, write_sheet


def allocate(sizes: dict, n: int) -> dict:
    """How many to draw from each stratum: ``n`` in all (at most the population), each stratum an
    equal share of half of ``n`` first, the rest in proportion to what each has left."""
    keys = sorted(sizes)
    n = min(n, sum(sizes.values()))
    if not keys or n <= 0:
        return {k: 0 for k in keys}
    share = max(0, n // (2 * len(keys)))
    alloc = {k: min(sizes[k], share) for k in keys}
    if share == 0:  # more strata than draws: one each from the largest
        for k in sorted(keys, key=lambda k: (-sizes[k], k))[:n]:
            alloc[k] = 1
    left = n - sum(alloc.values())
    while left > 0:
        room = {k: sizes[k] - alloc[k] for k in keys if sizes[k] > alloc[k]}
        total = sum(room.values())
        adds = {k: left * r // total for k, r in room.items()}
        if not any(adds.values()):
            for k in sorted(room, key=lambda k: (-room[k], k))[:left]:
                adds[k] = 1
        for k, a in adds.items():
            alloc[k] += min(a, room[k])
        left = n - sum(alloc.values())
    return alloc


def _name(g: Graph, node) -> str:
    if isinstance(node, Literal):
        return str(node)
    label = g.value(node, RDFS.label)
    cls = g.value(node, RDF.type)
    kind = f" ({str(cls).rsplit('#', 1)[-1]})" if cls is not None else ""
    return f"{label if label is not None else node}{kind}"


def _article(g: Graph, evidence) -> dict:
    art = g.value(evidence, OA.hasSource)
    start = end = 0
    for sel in g.objects(evidence, OA.hasSelector):
        if g.value(sel, OA.start) is not None:
            start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
    text = str(g.value(art, KG.text) or "")
    return {
        "article_id": str(g.value(art, DCTERMS.identifier) or ""),
        "title": str(g.value(art, DCTERMS.title) or ""),
        "date": str(g.value(art, DCTERMS.date) or ""),
        "url": str(g.value(art, SCHEMA.url) or ""),
        "text": text,
        "start": start,
        "end": end,
    }


def fact_rows(g: Graph, n: int, rng: random.Random) -> list[dict]:
    strata: dict[tuple[str, str], list] = defaultdict(list)
    for (s, p, o), assertions in sorted(assertions_by_fact(g).items()):
        a = assertions[rng.randrange(len(assertions))]
        rule = "; ".join(sorted(str(g.value(r, RDFS.label)) for r in g.objects(a, PROV.wasGeneratedBy))) or "unknown"
        strata[(str(p).rsplit("#", 1)[-1], rule)].append((s, p, o, a))
    alloc = allocate({k: len(v) for k, v in strata.items()}, n)
    rows = []
    for key in sorted(strata):
        for s, p, o, a in rng.sample(strata[key], alloc[key]):
            ev = g.value(a, PROV.wasDerivedFrom)
            art = _article(g, ev)
            prop_label = str(g.value(p, RDFS.label) or key[0])
            held = g.value(a, KG.holdingStatus)  # "former Gov. X": the sentence's status, shown with the fact
            rows.append(
                {
                    "kind": "fact",
                    "fact": f"{_name(g, s)} — {prop_label} — {_name(g, o)}" + (f" [{held}]" if held else ""),
                    "meaning": str(g.value(p, RDFS.comment) or ""),
                    "evidence": art["text"][art["start"] : art["end"]],
                    "context": context(art["text"], art["start"], art["end"]),
                    **{k: art[k] for k in ("title", "date", "url", "article_id")},
                    "property": key[0],
                    "rule": key[1],
                    "confidence": str(g.value(a, KG.confidence) or ""),
                    "stratum_size": len(strata[key]),
                    "stratum_drawn": alloc[key],
                    "subject": str(s),
                    "object": str(o),
                    "item": str(a),
                }
            )
    rng.shuffle(rows)
    return rows


def quote_rows(g: Graph, n: int, rng: random.Random) -> list[dict]:
    quotes = sorted(g.subjects(RDF.type, KG.Quote))
    rows = []
    for q in rng.sample(quotes, min(n, len(quotes))):
        art = _article(g, g.value(q, PROV.wasDerivedFrom))
        speaker = g.value(q, KG.speaker)
        words = str(g.value(q, KG.text) or "")
        who = f"said by {_name(g, speaker)}" if speaker is not None else "no speaker given"
        rows.append(
            {
                "kind": "quote",
                "fact": f"“{words}” — {who}",
                "meaning": "right: the speaker is the one the article gives these words to (or, with no speaker "
                "given, the article names none); wrong: another speaker, or none given though the article names one",
                "evidence": words,
                "context": context(art["text"], art["start"], art["end"], before=1, after=1),
                **{k: art[k] for k in ("title", "date", "url", "article_id")},
                "property": "quote",
                "rule": "",
                "stratum_size": len(quotes),
                "stratum_drawn": min(n, len(quotes)),
                "speaker": str(speaker) if speaker is not None else "",
                "item": str(q),
            }
        )
    return rows


def sample(g: Graph, n: int, quotes: int, seed: int) -> list[dict]:
    """The rows of a review sheet: ``n`` facts, then ``quotes`` quotes, numbered F001..., Q001..."""
    rng = random.Random(seed)
    facts, said = fact_rows(g, n, rng), quote_rows(g, quotes, rng)
    for prefix, rows in (("F", facts), ("Q", said)):
        for i, r in enumerate(rows, 1):
            r["id"] = f"{prefix}{i:03d}"
    return facts + said


def run_sample(graph: Path, n: int, quotes: int, seed: int, out: Path) -> int:
    g = load_rdf(Path(graph), "graph")
    rows = sample(g, n, quotes, seed)
    write_sheet(rows, out)
    facts = sum(1 for r in rows if r["kind"] == "fact")
    strata = len({(r["property"], r["rule"]) for r in rows if r["kind"] == "fact"})
    print(f"{out}: {facts} facts from {strata} (property, rule) strata and {len(rows) - facts} quotes, seed {seed}")
    return 0
