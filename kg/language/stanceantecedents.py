"""Which named law a stance's common-noun or pronoun target means when its name is not the target itself
(used by :mod:`kg.pipeline.stances` and :func:`~.stancepredicates.law_antecedent`).

- a bill noun given its name right after it: "introduced the legislation, known as the Harbor Act",
  "a bill called the Harbor Act", "the measure (the Harbor Act)": the law so named (:func:`named_law`; the words are ``naming_phrases`` of relation_cues.json);
- "it" with nothing before it in its own sentence that it could mean: the one law or ruling the
  sentence before names, when that law is its main clause's subject or object ("The Senate passed
  the Harbor Act. The governor said she would sign it."); nothing when that sentence names two laws,
  or names its law elsewhere than as the main clause's subject or object (:func:`previous_law`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon.resources import load_json
from .cues import cues, ent_of

LAWS = ("Law", "CourtRuling")
OPENERS = ("the", "a", "an", '"', "“", "'", "‘")


@lru_cache(maxsize=1)
def _naming() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in load_json("relation_cues.json")["naming_phrases"])


@lru_cache(maxsize=1)
def _bill_nouns() -> frozenset[str]:
    return frozenset(cues()["stance_frames"]["bill_nouns"])


def _law_at(doc, i: int) -> Span | None:
    """The law or ruling whose name begins at ``i`` (after an article or an opening quote mark)."""
    while i < len(doc) and doc[i].lower_ in OPENERS and not doc[i].ent_type_:
        i += 1
    ent = ent_of(doc[i]) if i < len(doc) else None
    return ent if ent is not None and ent.label_ in LAWS and ent.start == i else None


def named_law(noun: Token | None) -> Span | None:
    """The law a bill noun (``stance_frames.bill_nouns``, no name itself) is named as right after it:
    by a naming phrase ("the legislation, known as X") or in parentheses ("the bill (X)"); None
    otherwise (not "the bill, the X Act, ...", which may be a list)."""
    if noun is None or noun.ent_type_ or noun.tag_ not in ("NN", "NNS") or noun.lemma_.lower() not in _bill_nouns():
        return None
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) and doc[i].text == "(":  # "the bill (the Harbor Act)"
        law = _law_at(doc, i + 1)
        return law if law is not None and law.end < len(doc) and doc[law.end].text == ")" else None
    i += i < len(doc) and doc[i].text == ","
    words = tuple(t.lower_ for t in doc[i : i + 2])
    for phrase in _naming():
        if words[: len(phrase)] == phrase:
            return _law_at(doc, i + len(phrase))
    return None


def previous_law(it: Token) -> Span | None:
    """The law or ruling "it" means when nothing before it in its sentence is a candidate: the one the
    sentence before names, as its main clause's subject or object; None otherwise."""
    sent = it.sent
    if sent.start == 0:
        return None
    prev = it.doc[sent.start - 1].sent
    laws = {e.text: e for e in prev.ents if e.label_ in LAWS}
    if len(laws) != 1 or any(e.label_ == "Law" for e in sent.ents if e.end <= it.i):
        return None
    law = next(iter(laws.values()))
    main = prev.root
    head = law.root.head
    if law.root.dep_ not in ("nsubj", "nsubjpass", "dobj") or not (head == main or head in main.conjuncts):
        return None
    return law
