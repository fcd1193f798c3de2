"""A state's chamber is part of that state's legislature, when the article names both.

"the Ohio Legislature failed to override ... the House had enough votes, the Senate came up one vote
short": the bare chambers, named after the state by :mod:`kg.language.statebodies` ("Ohio House",
"Ohio Senate"), and the "Ohio Legislature" are bodies of one state whose structure is general
knowledge (``legislatures.json``: per state its legislature, upper and lower chamber, by every name
news gives them). A chamber is partOf the legislature of its own state only, and only when the article
names that legislature (it is never added). Evidence: the chamber's first sentence, as the committees'
partOf (kg.resolve.committees).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..core.records import Fact
from ..lexicon.resources import load_json

RULE = "state-chamber-of-legislature"


def chamber_part_facts(doc: Doc, roots, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """partOf facts from each state chamber the article names as a body to its state's legislature, when
    named; both then carry every name ``legislatures.json`` gives them ("Wisconsin Assembly": also
    "Wisconsin State Assembly"), as a chamber a legislator's title adds does (kg.resolve.chambers).
    Runs last among the article's rules: the names are added as mentions."""
    have = {(f.subj, f.obj) for f in facts if f.prop == "partOf"}
    bodies = [r for r in sorted(roots.spans, key=lambda r: roots.spans[r][0]) if roots.label[r] == "Agency"]
    legislature = {}
    for r in bodies:
        state = _legislatures().get(roots.name[r])
        if state is not None:
            legislature.setdefault(state, r)
    out: list[Fact] = []
    named: set[int] = set()
    for r in bodies:
        state = _chambers().get(roots.name[r])
        whole = legislature.get(state) if state is not None else None
        span = next((sp for sp in roots.spans[r] if _as_body(doc, *sp)), None)
        if whole is None or whole == r or span is None or (roots.key[r], roots.key[whole]) in have:
            continue
        sent = doc.char_span(*span, alignment_mode="expand").sent
        out.append(Fact(roots.key[r], "partOf", evidence(text, sent.start_char, sent.end_char), obj=roots.key[whole], rule=RULE))
        have.add((roots.key[r], roots.key[whole]))
        named |= {r, whole}
    for r in sorted(named):
        _add_names(roots, r)
    return out


def _as_body(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at [start, end) names the chamber itself, not a word modifying another noun
    ("30 House districts", "a Senate seat": the districts and the seat)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not (span.root.dep_ in ("compound", "amod", "nmod") and span.root.head.i >= span.end)


def _add_names(roots, r: int) -> None:
    """The state's other names for the chamber or legislature of root ``r``, as mentions at its first one."""
    clusters = roots.clusters
    state = _chambers().get(roots.name[r]) or _legislatures().get(roots.name[r])
    data = load_json("legislatures.json")["states"][state]
    names = next(data[k] for k in ("upper", "lower", "legislature") if roots.name[r] in data[k])
    have = {clusters.mentions[i][2] for i in range(len(clusters.mentions)) if clusters.find(i) == r}
    s, e = roots.spans[r][0]
    clusters.canonical[r] = roots.name[r]  # its name stays the one the article gives it
    for n in names:
        if n not in have:
            clusters.mentions.append((s, e, n, "Agency"))
            clusters.parent.append(r)
    clusters._groups = None


@lru_cache(maxsize=1)
def _chambers() -> dict[str, str]:
    """Each name of a state's upper or lower chamber -> the state (Nebraska's one chamber is its legislature)."""
    states = load_json("legislatures.json")["states"]
    legislatures = set(_legislatures())
    return {n: s for s, d in states.items() for k in ("upper", "lower") for n in d.get(k, []) if n not in legislatures}


@lru_cache(maxsize=1)
def _legislatures() -> dict[str, str]:
    """Each name of a state's legislature -> the state."""
    return {n: s for s, d in load_json("legislatures.json")["states"].items() for n in d.get("legislature", [])}
