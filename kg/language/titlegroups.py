"""The body a title is of when the article names it by a generic noun: "X, the group's president", "X, who
led the organization from 2007 to 2008".

The noun is one of ``body_nouns`` (relation_cues.json) that stand for organizations only ("group",
"company", "association"; not "the committee's chairman" or "the bureau's deputy director", which the
government-body rules read), written with "the" and nothing else. It stands for the one organization the
text names in its own sentence before it and in the sentence before that (outside quotes); two different
names there ("Heritage Action, the advocacy arm of the Heritage Foundation"), or none, or the same noun used
there for another ("The mayors group has fought the NRA. ..., the group's founder"), name no body: the
organization named further back is often not the one meant. Nor a piece of a longer name ("Court" of
"Fix the Court").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .bodyrefs import body_nouns, only_the
from .text import in_quoted_text
from .titleties import fragment

LABEL = "Organization"


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(n for n, labels in body_nouns().items() if labels == {LABEL})


def named_by_noun(doc: Doc, noun: Token) -> Span | None:
    """The organization the generic noun ``noun`` stands for ("the group's", "the organization"), or None."""
    if noun.lemma_.lower() not in _nouns() or noun.pos_ != "NOUN" or not noun.text.islower() or not only_the(noun):
        return None
    sent = noun.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    near = [
        e for e in doc.ents if e.label_ == LABEL and e.start >= lo and e.end <= noun.i and not in_quoted_text(doc, e.start_char)
    ]
    if not near or len({e.text for e in near}) != 1 or fragment(doc, near[-1]) or _tail(doc, near[-1]):
        return None
    if any(t.lemma_.lower() == noun.lemma_.lower() and not t.ent_type_ for t in doc[lo : noun.i]):
        return None  # "The mayors group has ... the NRA ... X, the group's founder": the noun named another
    return near[-1]


def _tail(doc: Doc, e: Span) -> bool:
    """The end of a longer name the model cut ("Court" of "Fix the Court"): "the" or "of" after a capitalized word."""
    a = e.start
    return a >= 2 and doc[a - 1].lower_ in ("the", "of") and doc[a - 2].text[:1].isupper() and not doc[a - 2].ent_type_


def possessor_noun(doc: Doc, i: int, t_start: int) -> Token | None:
    """The generic noun owning a title that starts at ``t_start`` in a phrase from ``i``: "the group's president"."""
    k = t_start - 1
    if k - 1 < i or doc[k].tag_ != "POS" or doc[k - 1].pos_ != "NOUN":
        return None
    return doc[k - 1]


def pronoun_owned(doc: Doc, i: int, stop: int) -> bool:
    """Whether the apposition starting at ``i`` is a title a possessive pronoun owns and closes at ``stop``:
    "Dan Roe, her chief of staff, said" (the title alone: another person's staff, no body, as "his
    Attorney General, X," before a name). Not when a name follows it ("Jo Roe, her spokesman, Dan Roe,
    said": his title, not hers), nor an apposition that runs on to the sentence's end."""
    if doc[i].tag_ != "PRP$" or stop >= len(doc) or doc[stop].text != ",":
        return False
    k = stop + 1
    return not (k < len(doc) and doc[k].ent_type_ in ("Person", "Official") and doc[k].ent_iob_ == "B")


def agency_by_noun(doc: Doc, noun: Token) -> Span | None:
    """The government body "the bureau" or "the department" stands for: the one agency named before it in the
    article whose name holds the noun capitalized ("the bureau's deputy director" after "the Federal Bureau of
    Investigation"); None when the noun is written otherwise ("a bureau", "the bureaus") or fits none, or two."""
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.tag_ != "NN" or not only_the(noun):
        return None
    if "Agency" not in body_nouns().get(noun.lower_, ()):
        return None  # "the city's chief judge": a place's, not a body's (body_nouns of relation_cues.json)
    word = noun.text.capitalize()
    named = {e.text: e for e in doc.ents if e.label_ in ("Agency", "Organization") and e.end <= noun.i and word in e.text.split()}
    found = next(iter(named.values())) if len(named) == 1 else None  # "the committee" after a party's committee: which?
    return found if found is not None and found.label_ == "Agency" else None
