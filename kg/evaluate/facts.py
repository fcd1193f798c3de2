"""Fact, title, date and quote scores (GUIDELINES.md, "Scoring" 3-5).

Facts. Before comparing, every ``heads`` fact also counts as a ``memberOf`` fact on both sides
(a wrong built ``heads`` is therefore also a wrong ``memberOf``). For each property, a built
fact ``(s, P, o)`` is judged in this order:

1. an end matches no reference entity at all -> false positive (the guidelines' rule);
2. its ends match the ends of a non-optional reference fact with property P -> correct;
3. its ends match the ends of an optional reference fact with P -> ignored;
4. an end matches only optional reference entities -> ignored: facts about an entity a reader
   could leave out were not annotated exhaustively, so they are neither rewarded nor penalized;
5. otherwise (both ends are real reference entities, no such fact) -> false positive.

Direction matters: ``(o, P, s)`` does not match ``(s, P, o)``. A non-optional reference fact is
found when some built fact with the same property has matching ends. Micro averages sum the
counts of the properties of a group (core or stance; ``memberOf`` includes the implied facts).

Literal facts follow the same order, keyed by entity: titles match when the words of one contain
the words of the other after normalization (:mod:`kg.evaluate.titlewords`), dates when the years are equal (and the property is
the same). They are reported as precision / recall / F1; F1 is the number the targets use.

Quotes: see :class:`~kg.evaluate.results.QuoteScores`; a built quote "contains" a reference
quote when it is from the same article and its normalized text contains the normalized opening
words; a built quote containing only optional reference quotes is ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from ..core.records import ENTITY_PROPERTIES
from ..language.normalize import normalize, year
from .built import Built
from .entities import Matching
from .gold import Gold
from .results import PRF, FactScores, QuoteScores, fact_scores, prf, ratio
from .titlewords import same_title

STANCE_PROPERTIES = ("supports", "opposes")
CORE_PROPERTIES = tuple(p for p in ENTITY_PROPERTIES if p not in STANCE_PROPERTIES)  # GUIDELINES.md


def _with_member_of(facts):
    """Add ``(s, memberOf, o)`` for every ``(s, heads, o, *rest)``."""
    out = list(facts)
    out += [(f[0], "memberOf", *f[2:]) for f in facts if f[1] == "heads"]
    return out


def score_facts(gold: Gold, built: Built, m: Matching, props: tuple[str, ...]) -> FactScores:
    status: dict[tuple[str, str, str], bool] = {}  # reference fact -> optional (False wins)
    for s, p, o, opt in _with_member_of([(f.s, f.p, f.o, f.optional) for f in gold.facts]):
        status[(s, p, o)] = status.get((s, p, o), True) and opt
    built_facts = sorted(set(_with_member_of(sorted(built.facts))))
    per: dict[str, PRF] = {}
    for prop in props:
        hard = {(s, o) for (s, p, o), opt in status.items() if p == prop and not opt}
        soft = {(s, o) for (s, p, o), opt in status.items() if p == prop and opt}
        found: set[tuple[str, str]] = set()
        correct = ignored = 0
        spurious: list[str] = []
        for bs, p, bo in built_facts:
            if p != prop:
                continue
            pairs = {(gs, go) for gs in m.any[bs] for go in m.any[bo]}
            if not m.any[bs] or not m.any[bo]:
                spurious.append(_built_fact(built, bs, p, bo))
            elif pairs & hard:
                correct += 1
                found |= pairs & hard
            elif pairs & soft or not m.hard[bs] or not m.hard[bo]:
                ignored += 1
            else:
                spurious.append(_built_fact(built, bs, p, bo))
        missed = sorted(f"{gold.entities[s].name} {prop} {gold.entities[o].name}" for s, o in hard - found)
        per[prop] = prf(
            correct, correct + len(spurious), len(found), len(hard), ignored=ignored, missed=missed, spurious=spurious
        )
    total = lambda attr: sum(getattr(x, attr) for x in per.values())  # noqa: E731
    return fact_scores(
        total("correct"),
        total("predicted"),
        total("found"),
        total("expected"),
        ignored=total("ignored"),
        per_property=per,
        missed=[x for p in props for x in per[p].missed],
        spurious=[x for p in props for x in per[p].spurious],
    )


def score_titles(gold: Gold, built: Built, m: Matching) -> PRF:
    ref = [(x.s, x.p, x.value, x.optional) for x in gold.literals if x.p == "title"]
    got = [(b, "title", t) for b, t in built.titles]
    return _score_literals(gold, built, m, ref, got, same_title)


def score_dates(gold: Gold, built: Built, m: Matching) -> PRF:
    ref = [(x.s, x.p, x.value, x.optional) for x in gold.literals if x.p != "title"]
    same = lambda a, b: year(a) is not None and year(a) == year(b)  # noqa: E731
    return _score_literals(gold, built, m, ref, list(built.dates), same)


def _score_literals(gold: Gold, built: Built, m: Matching, ref, got, same: Callable[[str, str], bool]) -> PRF:
    values: dict[tuple[str, str, bool], list[str]] = defaultdict(list)  # (entity, prop, optional)
    for s, p, v, opt in ref:
        values[(s, p, opt)].append(v)
    found: set[tuple[str, str, str]] = set()
    correct = ignored = 0
    spurious: list[str] = []
    for b, p, v in got:
        hits = {(g, p, gv) for g in m.hard[b] for gv in values.get((g, p, False), ()) if same(v, gv)}
        soft = any(same(v, gv) for g in m.any[b] for gv in values.get((g, p, True), ()))
        if not m.any[b]:
            spurious.append(f"{built.entities[b].label} {p} '{v}'")
        elif hits:
            correct += 1
            found |= hits
        elif soft or not m.hard[b]:
            ignored += 1
        else:
            spurious.append(f"{built.entities[b].label} {p} '{v}'")
    expected = {(s, p, v) for s, p, v, opt in ref if not opt}
    missed = sorted(f"{gold.entities[s].name} {p} '{v}'" for s, p, v in expected - found)
    return prf(
        correct,
        correct + len(spurious),
        len(found & expected),
        len(expected),
        ignored=ignored,
        missed=missed,
        spurious=sorted(spurious, key=str.casefold),
    )


def score_quotes(gold: Gold, built: Built, m: Matching) -> QuoteScores:
    texts = [(q, normalize(q.text)) for q in built.quotes]
    opening = [normalize(g.starts) for g in gold.quotes]
    contains = lambda q, t, i: q.doc == gold.quotes[i].doc and opening[i] in t  # noqa: E731
    n_found = n_attr = 0
    missed: list[str] = []
    misattributed: list[str] = []
    for i, g in enumerate(gold.quotes):
        if g.optional:
            continue
        hits = [q for q, t in texts if contains(q, t, i)]
        who = gold.entities[g.speaker].name
        if not hits:
            missed.append(f"{g.doc}: '{g.starts}' ({who})")
            continue
        n_found += 1
        if any(q.speaker and g.speaker in m.any[q.speaker] for q in hits):
            n_attr += 1
        else:
            said = ", ".join(sorted({built.entities[q.speaker].label if q.speaker else "no speaker" for q in hits}))
            misattributed.append(f"{g.doc}: '{g.starts}' ({who}; built: {said})")
    correct = ignored = 0
    spurious: list[str] = []
    for q, t in texts:
        idx = [i for i in range(len(gold.quotes)) if contains(q, t, i)]
        if any(not gold.quotes[i].optional for i in idx):
            correct += 1
        elif idx:
            ignored += 1
        else:
            who = built.entities[q.speaker].label if q.speaker else "no speaker"
            text = " ".join(q.text.split())
            text = text if len(text) <= 70 else text[:67].rstrip() + "..."
            spurious.append(f"{q.doc or '?'}: '{text}' ({who})")
    expected = sum(1 for g in gold.quotes if not g.optional)
    predicted = correct + len(spurious)
    return QuoteScores(
        found=ratio(n_found, expected, 1.0),
        attributed=ratio(n_attr, expected, 1.0),
        precision=ratio(correct, predicted, 1.0 if expected == 0 else 0.0),
        expected=expected,
        n_found=n_found,
        n_attributed=n_attr,
        predicted=predicted,
        correct=correct,
        ignored=ignored,
        missed=missed,
        misattributed=misattributed,
        spurious=sorted(spurious),
    )


def _built_fact(built: Built, s: str, p: str, o: str) -> str:
    return f"{built.entities[s].label} {p} {built.entities[o].label}"
