"""A body written after "the state" ("the state Highway Patrol", "the state's Department of Public Safety")
operates in the state the article is about (issue 15): ``jurisdiction`` to the state it names at least
twice and at least twice as often as any other (the criterion of ``state-bill-in-state-article``). None
in an article naming a bare "New York" or "Washington" (the city? the state?), none when the sentence
writes another state's name in any name ("the California Highway Patrol"), and none for a body the
article merged into one of another name ("the state Department of Justice" taken for the U.S. one). Only
an Agency the text gives no place yet; "state" in lower case (not "the State Department"); a state's
chambers and courts are named after the state already (kg.language.statebodies). Read on 33 corpus
articles with such a body: 9 facts, all right; without the "New York" guard 2 more were wrong (a New
York article on a Connecticut shooting, one on New Jersey's bail).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ..core.records import Fact
from ..language.statebodies import dominant
from ..lexicon.load import load_lexicon
from .articlefacts import evidence
from .corefs import Clusters

RULE = "state-qualified-body-in-state-article"
_STATE_BEFORE = re.compile(r"\b[Tt]he state(?:['’]s)? $")


def state_agency_facts(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """``jurisdiction`` of each Agency written after "the state" to the state the article is about."""
    placed = {f.subj for f in facts if f.prop == "jurisdiction"}
    roots = [clusters.find(i) for i in range(len(clusters.mentions))]
    kinds = {
        r: clusters.place_kinds.get(clusters.name_of(r)) for r in {r for r, m in zip(roots, clusters.mentions) if m[3] == "Place"}
    }
    counts = Counter(r for r, m in zip(roots, clusters.mentions) if m[3] == "Place" and kinds[r] == "state")
    bare = {p.name for p in load_lexicon().places if p.bare}
    state = dominant(counts)
    if state is None or any(m[3] == "Place" and m[2] in bare for m in clusters.mentions):
        return []  # an article about several states, or naming "New York" (the city? the state?), says not which
    out: list[Fact] = []
    for r, (s, e, _, label) in zip(roots, clusters.mentions):
        if label != "Agency" or not _STATE_BEFORE.search(text[max(0, s - 12) : s]):
            continue
        key = clusters.key_of(r)
        if key in placed or clusters.label_of(key) != "Agency" or clusters.name_of(r) != text[s:e]:
            continue  # not "the state Department of Justice" the article took for the U.S. one
        sent = doc.char_span(s, e, alignment_mode="expand").sent
        if _other_state(sent.text, clusters.name_of(state), clusters.place_kinds):
            continue  # "the California Highway Patrol and ... the state Government Operations Agency" in an article on Minnesota
        ev = evidence(text, sent.start_char, sent.end_char)
        out.append(Fact(key, "jurisdiction", ev, obj=clusters.key_of(state), rule=RULE, component="articlefacts"))
        placed.add(key)
    return out


def _other_state(sentence: str, state: str, kinds: dict) -> bool:
    """Whether ``sentence`` writes the name of a state other than ``state``, in any name (a body's too)."""
    return any(k == "state" and n != state and n in sentence and n not in state for n, k in kinds.items())
