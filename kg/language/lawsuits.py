"""Stances taken by suing: "the lawsuit challenges X", "the complaint names laws X, Y and Z" are the
stance (opposes) of the party the article last said sues, when it names one (used by
:mod:`kg.pipeline.stances`; the words are ``lawsuits`` in relation_cues.json)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import children, listed_after, negated, resolve, subject_of


def is_suit_subject(verb: Token, nouns) -> bool:
    """Whether the verb's subject is a suit noun ("the lawsuit challenges ...")."""
    subj = subject_of(verb)
    return subj is not None and not subj.ent_type_ and subj.lemma_.lower() in nouns


def suing_party(doc, verb: Token, suits: dict, nominals: dict, holders) -> Span | None:
    """The party the article last said sues, before ``verb``'s sentence; None when that sentence
    names two parties suing."""
    suers: dict[int, dict[str, Span]] = {}  # sentence start -> parties suing in it
    for t in doc[: verb.sent.start]:
        lemma = t.lemma_.lower()
        if (
            lemma in suits["suing_verbs"]
            and t.pos_ == "VERB"
            and not negated(t)
            and (lemma == "sue" or any(o.lemma_.lower() in suits["nouns"] for o in children(t, "dobj")))
        ):
            who = resolve(doc, _suer(t), nominals)
        elif lemma in suits["nouns"] and children(t, "poss"):
            who = resolve(doc, children(t, "poss")[0], nominals)
        else:
            continue
        if who is not None and who.label_ in holders:
            suers.setdefault(t.sent.start, {})[who.text] = who
    if not suers or len(suers[max(suers)]) != 1:
        return None
    return next(iter(suers[max(suers)].values()))


def sued_laws(doc, verb: Token) -> list[Span]:
    """The laws and rulings the suit verb's clause names, with those listed after them."""
    laws = [
        e
        for c in verb.children
        if c.dep_ in ("dobj", "npadvmod", "appos", "attr", "prep")
        for e in doc.ents
        if e.label_ in ("Law", "CourtRuling") and c.left_edge.i <= e.start and e.end <= c.right_edge.i + 1
    ]
    return laws + [x for e in laws[-1:] for x in listed_after(doc, e) if x not in laws]


def _suer(verb: Token) -> Token | None:
    """Who sues: the verb's own subject, the owner of "X's decision to sue", or through xcomp/conj."""
    if verb.dep_ == "acl" and children(verb.head, "poss") and not children(verb, "nsubj"):
        return children(verb.head, "poss")[0]
    return subject_of(verb) if verb.dep_ != "acl" or children(verb, "nsubj") else None
