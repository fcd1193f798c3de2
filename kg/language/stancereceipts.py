"""Stances a law receives (used by :mod:`kg.pipeline.stances`): "the bill won the support of X", "Y drew
criticism from X", "Y received endorsements from A and B". A noun of act of stance.tsv ("support",
"criticism", "endorsement") is the object of a verb of receiving (``stance_frames.receiving_verbs`` in
relation_cues.json) whose subject is the law; the holder is the object of "from" (on the verb or the
noun) or of "of" on the noun. Nothing when the verb is negated ("did not win the support of X"), hedged
(a modal: "could win support from X"; a verb it completes: "hopes to win the backing of X") or states no
stance (a question, a condition); nor for the stance a person or body receives ("the senator won the
support of X"): the caller keeps laws only.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import children, cues, negated
from .stanceframes import unstated


def received(noun: Token) -> tuple[Token, Token] | None:
    """(the receiver, the holder) of the stance ``noun`` names as the object of a verb of receiving, or None."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or verb.pos_ not in ("VERB", "AUX")
        or verb.lemma_.lower() not in cues()["stance_frames"]["receiving_verbs"]
    ):
        return None
    if verb.dep_ in ("xcomp", "advcl", "pcomp") or negated(verb) or unstated(verb):
        return None  # "hopes to win the support of X", "to win the support of X, the bill ...": not received
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "the bill could win the support of X"
    receiver = children(verb, "nsubj")
    if not receiver:
        return None
    holders = [
        o
        for p in (*children(noun, "prep"), *children(verb, "prep"))
        if p.lower_ == "from" or (p.lower_ == "of" and p.head == noun)
        for o in children(p, "pobj")
    ]
    return (receiver[0], holders[0]) if holders else None
