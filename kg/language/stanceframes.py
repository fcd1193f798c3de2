"""Frames around a stance word that change what it says (used by :mod:`kg.pipeline.stances`).

- a condition or a question states no stance: "If X supports Y, ...", "X would back Y unless ...",
  "asked whether X supports Y", "Does X support Y?"; nor does a verb under a denied one ("I'm not here
  to suggest we repeal Y"), a challenge to act ("X challenged Congress to pass a bill"), or a
  participle describing a noun ("For a White House often criticized for ..., X brings");
- a holder that is a common noun listing its members gives the stance to each member:
  "Democratic candidates including A, B and C support Y", "critics like A", "opponents of Y, such as A";
- a negated supporting verb with a modal of intent is a refusal ("X will not support Y": opposes);
- in an article that speaks of a bill undoing a law ("the repeal measure"), "the bill" names no law;
- a judge who blocks, upholds or strikes down a law rules on it and takes no side
  ("Judge X blocked the rule").

The words are ``stance_frames`` in relation_cues.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .cues import children, cues, negated, subject_of
from .stancelimits import bill_arrives
from .text import doc_text

QUESTION = re.compile(r"[^.!?]*\?")  # the clause from a word on ends in a question mark


@lru_cache(maxsize=1)
def _frames() -> dict:
    return cues()["stance_frames"]


def hypothetical(verb: Token) -> bool:
    """Whether the verb states a stance only under a condition, or asks about one."""
    marks = set(_frames()["conditional_marks"])
    said = verb.sent.text  # not doc.text, which is rebuilt on each call
    if said.rstrip(" ”\"’'").endswith("?") or QUESTION.match(said, verb.idx - verb.sent.start_char):
        return True  # '"Should we repeal Y?" asked X': the question may end inside the sentence
    # the verb, or a clause above it, is the condition ("if X supports Y", "whether Congress has
    # standing to defend the law")
    if any(any(c.dep_ == "mark" and c.lower_ in marks for c in v.children) for v in (verb, *verb.ancestors)):
        return True
    # the verb is the consequence of a condition ("X would back Y unless it changes"); a condition
    # without a subject of its own is the holder's promise ("if elected, we will repeal Y"), a stance
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)
        and not bill_arrives(c)  # "would sign it if it comes to his desk": a pledge
        for c in verb.children
    )


def denied(verb: Token) -> bool:
    """Whether a clause above the verb is negated ("I'm not here to suggest we repeal Y")."""
    v = verb
    for _ in range(4):
        if v.dep_ not in ("xcomp", "ccomp", "advcl") or v.head is v:
            return False
        v = v.head
        if any(c.dep_ == "neg" for c in v.children):
            return True
    return False


def directive(verb: Token) -> bool:
    """ "X challenged Congress to pass a bill": the verb asks its object to act, it takes no side."""
    return any(
        c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in verb.children
    )


def unstated(verb: Token) -> bool:
    """A stance verb that states no stance: hypothetical, under a denied clause, a directive, one of two
    alternatives, or halted."""
    return (
        hypothetical(verb)
        or denied(verb)
        or directive(verb)
        or described(verb)
        or alternative(verb)
        or halted(verb)
        or wished(verb)
    )


def wished(verb: Token) -> bool:
    """ "We hope Governor X will veto HB 1": what someone else hopes X does is not X's stance."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in _frames()["wishing_verbs"]:
        return False
    own, theirs = subject_of(verb), subject_of(head)
    return own is not None and theirs is not None and own.lower_ != theirs.lower_


def halted(verb: Token) -> bool:
    """ "ordered it to stop defending Y": a stance under a verb of ceasing; "blocking X from testifying":
    preventing an act, not a side taken on X."""
    f = _frames()
    if verb.dep_ in ("xcomp", "pcomp") and verb.head.lemma_.lower() in f["cessation_verbs"]:
        return True
    return verb.lemma_.lower() in f["preventing_verbs"] and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(o.dep_ == "pcomp" for o in c.children) for c in verb.children
    )


def alternative(verb: Token) -> bool:
    """ "we either have to repeal Y or give up": one of two alternatives, no side taken."""
    words = set(_frames()["alternative_words"])
    either = any(t.lower_ in words for t in verb.doc[verb.sent.start : verb.i])
    return either and any(c.dep_ == "cc" and c.lower_ == "or" for v in (verb, verb.head) for c in v.children)


def compared(noun: Token) -> bool:
    """ "a justice like X, a defender of Y": the apposition describes the compared person, not X."""
    anchor = noun.head
    return noun.dep_ == "appos" and anchor.dep_ == "pobj" and anchor.head.lower_ in set(_frames()["comparison_preps"])


def described(verb: Token) -> bool:
    """ "a White House often criticized for ...": a participle describing a noun says who was criticized,
    not who criticized; the clause it sits in has no say."""
    if split_prefix_subject(verb) is not None or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children
    ):
        return False  # "having criticized Y", "after she criticized Y", "Y, signed by X": a side taken
    # a past form without subject of its own, in a clause hung on a noun or on another clause
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "amod", "advcl")


def members(tok: Token | None) -> list[Token]:
    """The named members a common-noun holder lists ("candidates including A, B and C"): A, B and C;
    [] for any other token."""
    if tok is None or tok.ent_type_ or (tok.pos_ != "NOUN" and tok.tag_ != "NNPS"):
        return []  # "more than 190 Democrats, including A": a party's members named as a group too
    preps = set(_frames()["member_preps"])
    for p in tok.children:  # "including A", "like A", "such as A"
        if p.dep_ == "prep" and (p.lower_ in preps or (p.lower_ == "as" and any(c.lower_ == "such" for c in p.children))):
            objs = children(p, "pobj")
            if objs and objs[0].ent_type_:
                return [objs[0], *(c for c in objs[0].conjuncts if c.i > objs[0].i)]
    head = tok.head  # "co-sponsors of Y include A and B": the object of a listing verb the noun is subject of
    if tok.dep_ == "nsubj" and head.lemma_.lower() in _frames()["listing_verbs"] and not negated(head):
        objs = [o for o in children(head, "dobj") if o.ent_type_]
        if objs:
            return [objs[0], *(c for c in objs[0].conjuncts if c.i > objs[0].i and c.ent_type_)]
    return []


def judge_ruling(doc: Doc, verb: Token, holder_tok: Token | None) -> bool:
    """Whether a ruling verb's subject is a judge ("Judge X blocked the rule", "the judge upheld it")."""
    f = _frames()
    if holder_tok is None or verb.lemma_.lower() not in f["ruling_verbs"]:
        return False
    judges = set(f["judge_titles"])
    words = {t.lower_ for t in holder_tok.subtree} | {t.lower_ for t in doc[max(holder_tok.left_edge.i - 3, 0) : holder_tok.i]}
    if words & judges:
        return True
    titles = (doc._.kg_titles or []) if doc.has_extension("kg_titles") else []
    text = doc_text(doc)
    return any(  # the titled mention itself, or the same surname ("Roberts" after "Chief Justice John Roberts")
        t.get("title")
        and t["title"].split()[-1].lower() in judges
        and (
            t["person"][0] <= holder_tok.idx < t["person"][1]
            or (holder_tok.pos_ == "PROPN" and text[t["person"][0] : t["person"][1]].split()[-1] == holder_tok.text)
        )
        for t in titles
    )


def split_prefix_subject(verb: Token) -> Token | None:
    """ "X co-authored Y", parsed as "co" (the root, with X its subject) and "-authored" hung on it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ("-", "‐") or verb.head.i != verb.i - 2:
        return None
    return subject_of(verb.head)


def refusal(verb: Token) -> bool:
    """ "X will not support Y", "X said she wouldn't vote for Y": a negated supporting verb with a
    modal of intent is a refusal, a stance against Y ("does not support" says less: no stance)."""
    f = _frames()
    return verb.lemma_.lower() in f["refusable"] and any(
        c.dep_ == "aux" and c.lower_ in f["intent_modals"] for c in verb.children
    )


def undoing_bill(doc: Doc, law_nouns: set[str], reversing: set[str]) -> bool:
    """Whether the article speaks of a bill that undoes or replaces a law ("the repeal measure", "a bill
    repealing HB2", "the replacement plan", "attempts to replace Obamacare"): its bare "the bill" may
    then mean either, so it names no law."""

    def undoes_a_law(c: Token) -> bool:
        if c.lower_ not in reversing:
            return False
        if c.dep_ in ("compound", "amod", "nmod"):
            return True  # "the repeal measure"
        return any(o.ent_type_ == "Law" for d in children(c, "dobj") for o in d.subtree)  # "a bill repealing HB2"

    def acts_to_undo(t: Token) -> bool:  # "the bill seeks to repeal HB2", "the measure would repeal HB2"
        verb = t.head if t.dep_ == "nsubj" else None
        return verb is not None and any(undoes_a_law(v) for v in (verb, *children(verb, "xcomp")) if v.pos_ == "VERB")

    if any(
        t.lemma_.lower() in law_nouns and not t.ent_type_ and (any(undoes_a_law(c) for c in t.children) or acts_to_undo(t))
        for t in doc
    ):
        return True
    # "attempts to replace Obamacare", "the replacement plan": a law being replaced, its replacement a bill
    replacing = set(_frames()["replacing_words"])
    return any(
        (t.lemma_.lower() in replacing or t.lower_ in replacing)
        and (
            t.dep_ in ("compound", "amod")
            or any(o.ent_type_ == "Law" for v in (t, *t.conjuncts) for d in children(v, "dobj") for o in d.subtree)
        )
        for t in doc
    )


def with_conjuncts(tok):
    """``tok`` and the tokens coordinated with it ("A, B and C"); ``[None]`` for no token."""
    if tok is None:
        return [None]
    out = [tok]
    for t in out:  # "SB 12, SB 14 and the Harbor Act": the parser links lists by conj and by appos
        out += [c for c in (*t.conjuncts, *(a for a in t.children if a.dep_ == "appos")) if c.i > t.i and c not in out]
    return out
