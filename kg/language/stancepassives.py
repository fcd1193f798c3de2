"""The agent of a stance verb in the passive, and what it is on (used by
:mod:`kg.language.stancepredicates`): "Y was signed into law by X", "Y, sponsored by X, bars ...", "the bill,
known as Y and co-sponsored by X"; for a verb of sponsoring also a definite bill noun ("the bill was sponsored
by X"). The words are ``stance_frames`` in relation_cues.json.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cues import children, cues


@lru_cache(maxsize=1)
def _frames() -> dict:
    return cues()["stance_frames"]


def passive_agent(verb: Token) -> tuple[Token, Token] | None:
    """ "Y was signed into law by X", "Y, sponsored by X, bars ...", "the bill, known as Y and co-sponsored
    by X": (the agent X, the target Y) of a stance verb in the passive (or a participle coordinated after
    another), Y a name, its passive subject or the noun its participle modifies; for a verb of sponsoring
    (``stance_frames.sponsoring_verbs``) also a definite bill noun ("the bill was sponsored by X", "the 2003
    version of the bill was sponsored by X": ``version_nouns``), as "X sponsored the bill" is. None for an
    active verb, a passive without an agent ("Y was signed in 2014") or another common noun."""
    agent = next((o for a in children(verb, "agent") for o in children(a, "pobj")), None)
    if agent is None or verb.tag_ != "VBN":
        return None
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBN" and not children(first, "nsubjpass"):
        first = first.head  # "known as Y and co-sponsored by X"
    subjects = children(first, "nsubjpass")
    target = subjects[0] if subjects else first.head if first.dep_ == "acl" else None
    if target is None or target.ent_type_:
        return None if target is None else (agent, target)
    # "the health law championed by X" may be another law than the one the article names last
    bill = _sponsored_bill(verb, target)
    return None if bill is None else (agent, bill)


def _sponsored_bill(verb: Token, target: Token) -> Token | None:
    """The definite bill noun ``target`` (or the bill of "the 2003 version of the bill") of a verb of
    sponsoring; None otherwise ("a similar bill was sponsored by X": another bill)."""
    if verb.lemma_.lower() not in _frames()["sponsoring_verbs"]:
        return None
    if target.lemma_.lower() in _frames()["version_nouns"]:
        target = next((o for p in children(target, "prep") if p.lower_ == "of" for o in children(p, "pobj")), target)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in target.children)
    return target if definite and target.tag_ == "NN" and target.lemma_.lower() in _frames()["bill_nouns"] else None
