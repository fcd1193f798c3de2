"""Rulings named by a short name, the way news names a landmark case: "the Citizens United ruling",
"the Obergefell decision", "a state Supreme Court decision known as Dynamex".

A proper name right before a ruling noun ("ruling", "decision": ``ruling_name_nouns`` in
gazetteer.json), or after "<ruling noun> ... known as" / "called", is a CourtRuling, and so is every
other mention of that name in the article the model took for an organization or a person. Only in an
article that speaks of a court, and never a name that says what else it is: a known body, place,
law, court or official ("the FCC ruling", "the Texas decision", "the Obamacare ruling"), a
possessive ("Trump's decision": someone's choice) or a person's surname ("the Holder decision" in an
article naming Eric Holder). Unknown stays unknown.

So is a name the court is asked, or said, to overturn: the object of "overturn" or "overrule" ("to
overturn Citizens United", "the overturning of Dobbs"; ``ruling_undoing_words``), written as no person's
name (the model's organization, or a run of proper nouns it left unlabelled) and not as a possessive
("overturn Smith's order": the order is overturned). A law that is overturned is known to the lexicon
or labelled a law already, and is left alone.

So, last, is a party's name of a ruling the article names in full ("Harbor Fund" of "Harbor Fund v. Riverton
Elections Board"; of two words or more) written alone where only a ruling is meant: after a preposition of time
or of a ruling's reach ("since Harbor Fund", "the limits struck down in Harbor Fund": ``ruling_party_prepositions``)
or as the agent of an undoing verb ("the ban overturned by Harbor Fund"). The model's label of such a mention is
any of organization, person or place (it often gives all three in one article); one plain mention makes the name
the ruling in the whole article, as a ruling noun does. Never a name the lexicon knows, a US place or country, a
name with a place noun ("Harbor County", "Town of Harbor": the place is meant as often), or a person's surname.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span

from .governments import place_nouns
from .personnames import PERSON, surname
from .places import country, place

RELABEL = ("Organization", "Person")
MAX_NAME = 3
MAX_GAP = 4
NAMING = (("known", "as"), ("called",), ("dubbed",))
VERSUS = re.compile(r"\s+vs?\.\s+")


def ruling_names(
    doc: Doc,
    ents: list[Span],
    nouns: Collection[str],
    known: Collection[str],
    undoing: Collection[str] = (),
    preps: Collection[str] = (),
) -> list[Span]:
    """``ents`` with the rulings named by a short name labelled CourtRuling (``nouns``: the ruling
    nouns; ``known``: the lexicon's names of bodies, places and laws; ``undoing``: the lemmas of the
    verbs and nouns only a ruling or a law is the object of, "overturn", "overrule"; ``preps``: the
    prepositions before a ruling's party name that make it the ruling, "since", "in")."""
    if not any(e.label_ == "Court" for e in ents) and not any(t.lower_ in ("court", "courts") for t in doc):
        return ents
    surnames = {surname(e).text for e in ents if e.label_ in PERSON and len(e) > 1}
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    found: list[Span] = []
    for t in doc:
        if t.lemma_.lower() in undoing and (span := _undone(doc, t, by_start)) is not None:
            if span.text not in known and span.text not in surnames:
                found.append(span)  # "to overturn Citizens United", "the overturning of Dobbs"
        if t.lower_ not in nouns or t.pos_ != "NOUN":
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            continue  # "the Disney decision to close": a choice, not a ruling
        for span in (_before(doc, t.i, by_end), _after(doc, t, by_start)):
            if span is not None and span.text not in known and span.text not in surnames:
                found.append(span)
    plain = {e.text for e in _parties_alone(doc, ents, preps, undoing) if e.text not in known and e.text not in surnames}
    if not found and not plain:
        return ents
    names = {s.text for s in found} | plain
    out = [
        Span(doc, e.start, e.end, label="CourtRuling")
        if e.text in names and (e.label_ in RELABEL or (e.text in plain and e.label_ == "Place"))
        else e
        for e in ents
    ]
    taken = {i for e in out for i in range(e.start, e.end)}
    out += [Span(doc, s.start, s.end, label="CourtRuling") for s in found if not any(i in taken for i in range(s.start, s.end))]
    return sorted(out, key=lambda s: s.start)


def _name_ok(span: Span) -> bool:
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) and not span[0].is_sent_start


def _before(doc: Doc, i: int, by_end: dict[int, Span]) -> Span | None:
    """The name ending right before token ``i``: an entity the model took for an organization or a
    person, or (no entity there) a run of proper nouns."""
    e = by_end.get(i)
    if e is not None:
        return e if e.label_ in RELABEL and _name_ok(e) else None
    start = i
    while start > 0 and i - start < MAX_NAME and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if start == i:
        return None
    span = doc[start:i]
    return span if _name_ok(span) and not any(t.ent_type_ for t in span) else None


def _after(doc: Doc, noun, by_start: dict[int, Span]) -> Span | None:
    """ "a decision from last year known as Dynamex": the entity after a naming phrase that follows
    the ruling noun within a few words."""
    sent_end = noun.sent.end
    for j in range(noun.i + 1, min(noun.i + 1 + MAX_GAP, sent_end)):
        if doc[j].is_punct:
            return None
        for phrase in NAMING:
            if tuple(t.lower_ for t in doc[j : j + len(phrase)]) == phrase:
                e = by_start.get(j + len(phrase))
                return e if e is not None and e.label_ in RELABEL else None
    return None


def _undone(doc: Doc, t, by_start: dict[int, Span]) -> Span | None:
    """The name ``t`` ("overturn", "overturning", "overturn of") takes as its object: right after a
    verb, or after "of" following a noun; an organization the model labelled, or an unlabelled run of
    proper nouns; never a possessive."""
    j = t.i + 1
    if t.pos_ == "NOUN" or t.tag_ == "VBG" and j < len(doc) and doc[j].lower_ == "of":
        if j >= len(doc) or doc[j].lower_ != "of":
            return None
        j += 1
    elif t.pos_ != "VERB":
        return None
    e = by_start.get(j)
    if e is not None:
        span = e if e.label_ == "Organization" and _name_ok(e) else None
    else:
        end = j
        while end < len(doc) and end - j < MAX_NAME and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        span = doc[j:end] if end > j and not any(tok.ent_type_ for tok in doc[j:end]) and _name_ok(doc[j:end]) else None
    if span is None or (span.end < len(doc) and (doc[span.end].tag_ == "POS" or doc[span.end].like_num)):
        return None  # "overturn Smith's order"; "overturn Prop 8": a numbered measure, no ruling
    return span


def _parties_alone(doc: Doc, ents: list[Span], preps: Collection[str], undoing: Collection[str]) -> list[Span]:
    """Mentions of a party's name of two words or more of a ruling named in full in ``ents`` ("Harbor Fund" of
    "Harbor Fund v. Riverton Elections Board"), written alone after one of ``preps`` or after "by" of
    an undoing verb; no possessive, no subject of a clause ("after Acme Fund sued"), and no name of a US place or a
    country."""
    sides = (VERSUS.split(e.text) for e in ents if e.label_ == "CourtRuling")
    parties = {side.strip() for pair in sides if len(pair) == 2 for side in pair}
    out = []
    for e in ents:
        if e.label_ not in (*RELABEL, "Place") or e.text not in parties or len(e) < 2 or not _name_ok(e) or e.start == 0:
            continue  # a one-word party ("Roe", "Nixon") is the ruling's only where no person bears it (resolve/coreflinks)
        before, after = doc[e.start - 1], doc[e.end] if e.end < len(doc) else None
        if after is not None and (after.tag_ == "POS" or after.pos_ in ("VERB", "AUX")) and before.lower_ != "by":
            continue  # "Acme Fund's ad"; "since Acme Fund sued": the party itself, the subject of a clause
        if place(e.text) is not None or country(e.text) or any(t.text in place_nouns() for t in e):
            continue  # "in Shelby County", "in Town of Greece": a county's or a town's name is the place's
        if before.lower_ in preps or (before.lower_ == "by" and before.head.lemma_.lower() in undoing):
            out.append(e)
    return out
