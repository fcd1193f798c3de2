"""News outlets the model splits into a place and a "person": "The St. Louis Post Dispatch says that
“...”" tags "Post Dispatch" a person. A proper-noun run that starts with a place and ends in a word
that names a news outlet (``news_outlet_words`` in entity_patterns.json) is a newspaper's name, never
a person's, so a speech verb whose subject lies in it names no person."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon.resources import load_json
from .places import place, state

ORG_LABELS = ("Organization", "ORG")  # a run the model labelled an organization is the outlet already


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(load_json("entity_patterns.json")["news_outlet_words"])


def _run(t: Token) -> list[Token]:
    """The proper nouns around ``t`` ("St. Louis Post Dispatch"), ``t``'s own compounds first."""
    doc, lo, hi = t.doc, t.i, t.i
    while lo > 0 and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text[:1].isupper() and doc[lo - 1].text.endswith(".")):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN":
        hi += 1
    return list(doc[lo : hi + 1])


def names_outlet(t: Token) -> bool:
    """Whether ``t`` is part of a proper-noun run that is a place and then an outlet's name."""
    words = [w.text for w in _run(t)]
    if len(words) < 2 or not any(" ".join(words[k:]) in _outlet_words() for k in range(1, len(words))):
        return False
    return any(place(" ".join(words[:k])) or state(" ".join(words[:k])) for k in range(1, len(words)))


def outlet_subject(cue: Token) -> bool:
    """Whether the subject of the speech verb ``cue`` lies in a newspaper's name ("the Toledo Post says")."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ORG_LABELS]
    return any(names_outlet(c) for c in subjects)  # the model named the outlet: "the Toledo Evening Herald says" is it
