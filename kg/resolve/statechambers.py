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
    """partOf facts from each state chamber the article names to its state's legislature, when named."""
    have = {(f.subj, f.obj) for f in facts if f.prop == "partOf"}
    bodies = [r for r in sorted(roots.spans, key=lambda r: roots.spans[r][0]) if roots.label[r] == "Agency"]
    legislature = {}
    for r in bodies:
        state = _legislatures().get(roots.name[r])
        if state is not None:
            legislature.setdefault(state, r)
    out: list[Fact] = []
    for r in bodies:
        state = _chambers().get(roots.name[r])
        whole = legislature.get(state) if state is not None else None
        if whole is None or whole == r or (roots.key[r], roots.key[whole]) in have:
            continue
        s, e = roots.spans[r][0]
        sent = doc.char_span(s, e, alignment_mode="expand").sent
        out.append(Fact(roots.key[r], "partOf", evidence(text, sent.start_char, sent.end_char), obj=roots.key[whole], rule=RULE))
        have.add((roots.key[r], roots.key[whole]))
    return out


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
