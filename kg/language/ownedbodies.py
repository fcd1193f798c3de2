"""A body named by a person's possessive and a generic noun: "X, executive director of Y, said his organization
would challenge the law" (used by :mod:`kg.pipeline.stances` for the holder of a stance verb).

"his"/"her" + a noun of ``body_nouns`` (relation_cues.json: "organization", "group", "union", ...), with nothing
else before it ("his former group", "her new company" may be another body), stands for the one body of a label
the noun fits that the person the pronoun means (:func:`kg.language.cues.antecedent`) is titled in, in the
pronoun's sentence or the one before (``kg_titles``: "Y Executive Director X", "X, president of Y"); nobody when
that person is titled in no such body there, or in two.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .bodyrefs import body_nouns
from .cues import antecedent, ent_of

OWNERS = ("his", "her")


def owned_body(doc: Doc, noun: Token | None) -> Span | None:
    """The body "his organization" (``noun`` the noun) stands for, or None."""
    labels = body_nouns().get(noun.lemma_.lower()) if noun is not None and noun.pos_ == "NOUN" else None
    if labels is None or noun.ent_type_ or noun.tag_ != "NN":
        return None
    before = [c for c in noun.children if c.i < noun.i and c.dep_ != "punct"]
    if len(before) != 1 or before[0].dep_ != "poss" or before[0].lower_ not in OWNERS:
        return None  # "his former group", "his own company": perhaps another body than the one he heads
    person = antecedent(doc, before[0])
    if person is None:
        return None
    sent = noun.sent
    lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    surname = person[-1].text
    bodies = {}
    for t in (doc._.kg_titles or []) if doc.has_extension("kg_titles") else []:
        org, who = t.get("org"), t.get("person")
        if not org or not who or not (lo <= who[0] < sent.end_char) or doc.text[who[0] : who[1]].split()[-1] != surname:
            continue
        if t.get("title", "").lower().startswith(("former ", "ex-")):
            continue
        span = doc.char_span(*org)
        ent = ent_of(span[0]) if span is not None else None
        if ent is not None and ent.label_ in labels:
            bodies[ent.text] = ent
    return next(iter(bodies.values())) if len(bodies) == 1 else None
