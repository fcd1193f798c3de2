"""Head nouns of body names that need more than the last word: a private group's Council or Board
("Family Research Council": ``private_body_words``), and a local government's special-purpose body whose
last word heads a name only after the words before it ("School District", "Public Schools":
``agency_compounds`` of entity_patterns.json)."""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span

from ..lexicon.resources import load_json


def compound_heads(doc: Doc) -> numpy.ndarray:
    """Per token of ``doc``, whether it ends the name of an ``agency_compounds`` body: its last word after
    the words before it ("School District"; never "District" alone: "the 5th Congressional District")."""
    out = numpy.zeros(len(doc), dtype=bool)
    compounds = _compounds()
    for t in doc:
        for ws in compounds.get(t.text, ()):
            if t.i >= len(ws) and [w.text for w in doc[t.i - len(ws) : t.i]] == ws:
                out[t.i] = True
    return out


@lru_cache(maxsize=1)
def _compounds() -> dict[str, list[list[str]]]:
    data = load_json("entity_patterns.json")
    heads = data["heads"]
    alone = {w.split()[-1] for k in ("agency", "agency_office", "court", "organization") for w in heads[k]}
    out: dict[str, list[list[str]]] = {}
    for c in data["agency_compounds"]:
        *ws, last = c.split()
        if last not in alone:
            out.setdefault(last, []).append(ws)
    return out


def private_body(name: Span, head: str) -> bool:
    """Whether a name headed by a Council or Board holds a word of private life (``private_body_words`` of
    entity_patterns.json: "Family Research Council", "Parents Television Council", "Board of Directors")."""
    heads, words = _private_words()
    return head in heads and any(t.text in words for t in name)


@lru_cache(maxsize=1)
def _private_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("entity_patterns.json")["private_body_words"]
    return frozenset(data["heads"]), frozenset(data["words"])
