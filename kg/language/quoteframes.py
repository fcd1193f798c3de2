"""First-person frames of a quotation that state its speaker's stance (read by :mod:`kg.pipeline.quotestances`).

The words are data: ``quote_stances`` of ``relation_cues.json``. Each function takes a token inside a
quotation and answers whether its frame states the speaker's own position; none of them reads the
target or the holder.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cues import children, cues


@lru_cache(maxsize=1)
def frame_words() -> dict:
    return cues()["quote_stances"]


def _first_person(tok: Token | None) -> bool:
    return tok is not None and tok.lower_ in frame_words()["first_person"]


def _own_subject(tok: Token) -> Token | None:
    subj = children(tok, "nsubj", "nsubjpass")
    return subj[0] if subj else None


def _denied(*toks: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for t in toks for c in t.children)


def committed(verb: Token) -> bool:
    """ "I am proud to support Y", "we remain committed to repealing Y", "we look forward to signing Y",
    "our goal is to repeal Y", "our priority of protecting Y", "it is time to repeal Y"."""
    w = frame_words()
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("to", "of", "at"):
        head = head.head  # "committed to repealing", "our goal of repealing", "our best shot at ending"
    elif verb.dep_ not in ("xcomp", "acl", "relcl", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ" and lemma in w["commitment_adjectives"]:
        above = head.head if head.dep_ in ("acomp", "xcomp") else head
        return _first_person(_own_subject(above)) and not _denied(head, above)
    if head.pos_ == "ADV" and head.lower_ in w["anticipating_verbs"].values():
        head = head.head  # "look forward to": "to" may hang on "forward"
    particle = w["anticipating_verbs"].get(head.lemma_.lower())
    if particle is not None and any(c.lower_ == particle for c in head.children):
        return _first_person(_own_subject(head)) and not _denied(head)
    goal = head
    if head.lemma_ == "be" and head.pos_ in ("AUX", "VERB"):
        goal = _own_subject(head) or head  # "our goal is to repeal Y"
    if goal.pos_ == "NOUN" and goal.lemma_.lower() in w["goal_nouns"]:
        owner = children(goal, "poss")
        return bool(owner) and owner[0].lower_ in w["first_person_possessives"] and not _denied(head, goal)
    if head.pos_ == "NOUN" and lemma in w["time_nouns"] and head.dep_ == "attr":
        be = head.head  # "it is time to", "now is the time to": the speaker says it must be done
        return be.lemma_ == "be" and not _denied(be) and verb.dep_ in ("relcl", "acl")
    return False


def means_held(verb: Token) -> bool:
    """ "we've got to have this first step to then go and repeal Y", "we need a bill to repeal Y": a
    means to the act that "I"/"we" have or need (``holding_verbs``) is the speaker's aim."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head  # "to go and repeal": the first verb of the list carries "to"
    if first.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return False
    means = first.head
    if means.pos_ != "NOUN" or means.dep_ != "dobj" or means.lemma_.lower() in cues()["capacity_nouns"]:
        return False  # "we have the power to end Y": a capacity, no aim
    owner = means.head
    if owner.lemma_.lower() not in frame_words()["holding_verbs"] or _denied(owner, means):
        return False
    subject, above = _own_subject(owner), owner
    while subject is None and above.dep_ == "xcomp":  # "we've got to have", "we want to have"
        above = above.head
        subject = _own_subject(above)
        if _denied(above):
            return False
    return _first_person(subject)


def unable(verb: Token, refusable: set[str]) -> bool:
    """ "I cannot support Y", "we could not vote for Y": the speaker will not back Y."""
    w = frame_words()
    if verb.lemma_.lower() not in refusable or not _first_person(_own_subject(verb)):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in w["ability_modals"] for c in verb.children)
    return modal and any(c.dep_ == "neg" for c in verb.children)


def attack_target(noun: Token) -> Token | None:
    """ "this bill is an attack on women": the subject called an attack (its token), or None."""
    w = frame_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w["attack_nouns"] or noun.dep_ != "attr":
        return None
    if not any(p.dep_ == "prep" and p.lower_ in w["attack_preps"] for p in noun.children):
        return None  # "a war" alone may be praise or a metaphor of anything
    be = noun.head
    if (
        be.lemma_ != "be"
        or _denied(be, noun)
        or children(be, "advmod")
        and any(a.lower_ in ("really", "just", "only") for a in children(be, "advmod"))
    ):
        return None
    return _own_subject(be)
