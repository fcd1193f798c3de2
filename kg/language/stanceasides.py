"""A stance verb inside an aside, not its holder's stance (used by :mod:`kg.pipeline.stances`; the words
are ``asides`` of narrowing.json):

- a clause completing a topic noun that is the object of the holder's verb, with no comma between them:
  "X dismissed questions about fellow Democrats having to defend Y" (the Democrats would defend Y; X
  takes no side), "X raised concerns over members backing Y";
- a clause of time on a prediction about "it": "it will be a cold day when we defund Y" (what is
  foretold, often ironically, is no side taken).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon.resources import load_json

STOPS = (",", ";", "—", "–", ":")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("narrowing.json")["asides"].items()}


def aside(verb: Token) -> bool:
    """Whether the stance verb sits in an aside: a topic's clause or a foretold time."""
    return asked_about(verb) or foretold(verb)


def asked_about(verb: Token) -> bool:
    """ "dismissed questions about fellow Democrats having to defend Y": climbing from the verb through
    clauses without a subject of their own, one hangs after a topic noun of the verb above it (its
    object, with a topic preposition) and no comma parts them."""
    doc, v = verb.doc, verb
    for _ in range(4):
        if v.head is v or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            return False
        head = v.head
        if v.dep_ == "acl" and _topic(head):
            return True  # "questions about Democrats having to defend Y", the clause hung on the noun
        for noun in head.children:
            if (
                noun.dep_ == "dobj"
                and _topic(noun)
                and noun.i < v.left_edge.i
                and not any(t.text in STOPS for t in doc[noun.i : v.left_edge.i])
            ):
                return True
        v = head
    return False


def _topic(noun: Token) -> bool:
    """A topic noun with its topic preposition ("questions about")."""
    w = _words()
    return noun.lemma_.lower() in w["topic_nouns"] and any(
        p.dep_ == "prep" and p.lower_ in w["topic_preps"] for p in noun.children
    )


def foretold(verb: Token) -> bool:
    """ "It will be a cold day when we defund Y": a clause of time on a "be" whose subject is "it" and
    that a future modal marks."""
    w, head = _words(), verb.head
    if verb.dep_ != "advcl" or head.lemma_ != "be":
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in w["time_marks"] for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ in w["future_modals"] for c in head.children
    )
