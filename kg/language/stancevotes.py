"""Votes that state a stance (used by :mod:`kg.pipeline.stances`).

- a vote given as an answer: "X is a 'no' on Y", "X is a 'yes' vote on Y", "X will vote no on Y" (the words
  are ``stance_frames.vote_answers`` in relation_cues.json);
- a vote on undoing a law that a holder means to hold: "X's plan to vote on a repeal of Y", "X announced a plan
  to hold a vote on repealing Y" (a noun of intent, whose holder :func:`~.stanceholders.verb_holder` reads; the
  undoing words are ``reversing_words``): X opposes Y. A vote on Y itself, or any vote not under a noun of
  intent ("X voted on a repeal of Y"), may go either way: no stance.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cues import children, cues, negated
from .stanceframes import unstated
from .stanceholders import verb_holder
from .text import is_be


@lru_cache(maxsize=1)
def _frames() -> dict:
    return cues()["stance_frames"]


def vote_answer(tok: Token) -> tuple[Token, str, Token] | None:
    """ "X is a 'no' on Y", "X is a 'yes' vote on Y", "X will vote no on Y": (the verb whose subject holds
    the stance, the stance, the target token), or None."""
    prop = _frames()["vote_answers"].get(tok.lower_)
    if prop is None:
        return None
    anchor = tok.head if tok.dep_ in ("nmod", "compound", "amod") and tok.head.lemma_.lower() == "vote" else tok
    if anchor.dep_ == "attr" and is_be(anchor.head):
        verb = anchor.head
    elif tok.dep_ in ("dobj", "advmod", "npadvmod") and tok.head.lemma_.lower() == "vote" and tok.head.pos_ == "VERB":
        verb, anchor = tok.head, tok
    else:
        return None
    preps = [p for p in (*anchor.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "on"]
    target = next((o for p in preps for o in children(p, "pobj")), None)
    return None if target is None else (verb, prop, target)


def planned_vote(verb: Token) -> tuple[Token, Token] | None:
    """(the holder token, the law token) of "X's plan to vote on a repeal of Y" or "X's bid to hold a vote on
    repealing Y" (``verb`` is "vote" or "hold"), or None."""
    lemma, noun = verb.lemma_.lower(), verb.head
    if verb.pos_ != "VERB" or lemma not in ("vote", "hold") or negated(verb) or unstated(verb):
        return None
    if verb.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in _frames()["intent_nouns"]:
        return None  # "X voted on a repeal of Y": a vote either way
    votes = [o for o in children(verb, "dobj") if o.lemma_.lower() == "vote"]
    anchors = [verb] if lemma == "vote" else [*votes, verb] if votes else []  # "hold a vote on": either may take "on"
    on = [o for a in anchors for p in children(a, "prep") if p.lower_ == "on" for o in children(p, "pobj", "pcomp")]
    undoing = set(cues()["reversing_words"]["words"])
    if not on or on[0].lemma_.lower() not in undoing and on[0].lower_ not in undoing:
        return None
    of = [o for p in children(on[0], "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    law = next(iter(of or children(on[0], "dobj")), None)  # "a repeal of Y", "repealing Y"
    holder = verb_holder(verb)  # the intent's owner or agent, or the subject of a verb undertaking it
    return None if law is None or holder is None else (holder, law)
