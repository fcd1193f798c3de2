"""What narrows a stance word (used by :mod:`kg.pipeline.stances`); the words are ``narrowing.json``.

- a reason or topic on a stance toward a body judges one act or policy of it, not the body:
  "criticized the agency for closing the office", "slammed the FBI over the indictments",
  "a critic of the White House on NSA policy" (no stance on the Agency; "for months" is no reason);
- a bill signed under a concession is no stated support: "signed it as part of a budget deal",
  "signed it during the budget standoff", "reluctantly signed it", "signed it under protest", or next
  to a sentence saying it was "part of a budget deal";
- a stance verb under a verb of refusing states none: "refused to sign Y", "declined to back Y";
- a stance noun given up states none ("withdrew her support for Y"), nor one under a negated verb ("did not
  express support for Y"), unless the negation keeps it ("did not withdraw her support", "did not regret her vote
  for Y").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon.resources import load_json
from .cues import children, cues


@lru_cache(maxsize=1)
def _words() -> dict:
    data = load_json("narrowing.json")
    agency, concessions = data["agency_stances"], data["concessions"]
    return {
        "clause_preps": frozenset(agency["clause_preps"]),
        "topic_preps": frozenset(agency["topic_preps"]),
        "verb_topic_preps": frozenset(agency["verb_topic_preps"]),
        "time": frozenset(agency["time_nouns"]),
        "signing": frozenset(concessions["verbs"]),
        "adverbs": frozenset(concessions["adverbs"]),
        "concession_nouns": frozenset(concessions["nouns"]),
        "part_of": frozenset(concessions["part_of_nouns"]),
        "refusing": frozenset(data["refusing_verbs"]),
        "giving_up": frozenset(data["owned_stances"]["giving_up"]),
        "keeping": frozenset(data["owned_stances"]["keeping"]),
    }


def _reason(prep: Token, topics: frozenset[str]) -> bool:
    """Whether a preposition introduces a reason or topic: a clause ("for failing to act", "over firing
    him"), or after a topic preposition a common noun that is no time word ("over the indictments", "on
    NSA policy"; not "over the years"). "for its delays", "for months" and a quoted characterization
    ("for “seeking to sow fear”") name no one act."""
    w, objs = _words(), [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
    if not objs or prep.lower_ not in w["clause_preps"] | topics:
        return False
    if prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].is_quote:
        return False  # 'blasted ICE for “seeking to sow fear”': the critic's own words for the body's conduct
    if objs[0].dep_ == "pcomp" or objs[0].pos_ == "VERB":
        return True
    return prep.lower_ in topics and objs[0].pos_ == "NOUN" and objs[0].lemma_.lower() not in w["time"]


def topical(word: Token, target: Token | None, particle: Token | None = None) -> bool:
    """Whether the stance ``word`` toward ``target`` is given for one act or on one topic of it: a
    preposition of ``agency_stances`` on the word or on its object (a verb takes a topic only with
    ``verb_topic_preps``), other than the one that introduces the object ("vote for", "critic of")."""
    if target is None:
        return False
    own = {particle.i} if particle is not None else set()
    own |= {a.i for a in target.ancestors}
    w = _words()
    return any(
        c.dep_ == "prep" and c.i not in own and _reason(c, w["verb_topic_preps" if t.pos_ in ("VERB", "AUX") else "topic_preps"])
        for t in (word, target)
        for c in t.children
    )


def conceded(verb: Token) -> bool:
    """Whether a supporting verb of ``concessions.verbs`` is stated with a concession: a manner adverb
    ("reluctantly signed") or a prepositional phrase naming a deal or protest ("as part of a budget
    deal", "during the budget standoff", "under protest", "despite objections"), or its sentence or the one
    before or after it saying "part of a deal" ("The Harbor Act was part of a budget deal")."""
    w = _words()
    if verb.lemma_.lower() not in w["signing"]:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in w["adverbs"]:
            return True
        if c.dep_ == "prep" and any(t.lemma_.lower() in w["concession_nouns"] and t.pos_ == "NOUN" for t in c.subtree):
            return True
    doc, sent = verb.doc, verb.sent
    around = [sent] + [doc[i].sent for i in (sent.start - 1, sent.end) if 0 <= i < len(doc)]
    return any(_part_of_deal(s, w["part_of"]) for s in around)


def _part_of_deal(sent, nouns: frozenset[str]) -> bool:
    """ "The Harbor Act was part of a budget deal": "part of" a deal noun."""
    return any(
        t.lemma_.lower() == "part"
        and any(o.lemma_.lower() in nouns for p in children(t, "prep") if p.lower_ == "of" for o in children(p, "pobj"))
        for t in sent
    )


def refused(verb: Token) -> bool:
    """ "refused to sign Y", "declined to back Y": a stance verb completing a verb of refusing."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words()["refusing"]


def bill_arrives(clause: Token) -> bool:
    """ "if it comes to his desk", "if the bill passes": a condition that the bill reaches the holder
    (``stance_frames.arrival_verbs``, its subject a pronoun or a law noun): no condition on the stance."""
    if clause.lemma_.lower() not in cues()["stance_frames"]["arrival_verbs"]:
        return False
    nominals = cues()["nominals"]
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ in ("it", "they") or (isinstance(s := nominals.get(c.lemma_.lower()), dict) and s.get("class") == "Law"))
        for c in clause.children
    )


def withheld(noun: Token) -> bool:
    """Whether the stance noun ``noun`` states no stance held: the object of a verb of giving it up ("withdrew her
    support for Y", ``owned_stances.giving_up``) not negated, or under a negated verb ("did not express support for
    Y") unless that verb gives it up ("did not withdraw her support") or keeps an owned one ("did not regret her vote
    for Y", "never hid his opposition to Y", ``owned_stances.keeping``)."""
    head, w = noun.head, _words()
    negated = any(c.dep_ == "neg" for c in head.children)
    lemma = head.lemma_.lower() if noun.dep_ == "dobj" else ""
    if lemma in w["giving_up"]:
        return not negated
    return negated and not (lemma in w["keeping"] and any(c.dep_ == "poss" for c in noun.children))
