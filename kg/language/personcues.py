"""What in an article says that a short name the model labelled an organization is a person's
(:func:`kg.language.personnames.surnames_as_persons`): the name is listed with persons, ends a longer
person's name, an apposition gives it a person's title, the sentence says the name is or served as one
(an author's bio: "X, a law professor, is ...", "X served as director of ..."), or an age follows it ("X, 34,")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.load import load_lexicon
from .sex import is_first_name
from .titleindex import title_index

PERSON = ("Person", "Official")
NOT_IN_TITLE = frozenset({"VERB", "AUX", "ADP", "PART", "PRON", "ADV", "SCONJ", "CCONJ", "DET", "NUM", "PUNCT"})


def listed_person(e: Span, ents: list[Span]) -> bool:
    """A name opening with a first name that the article also writes as a person's, or that is listed
    right next to a person's ("Terence Crutcher and Keith Lamont Scott", "Freddie Gray, Michael Brown"),
    each item perhaps with its place ("Dana Roe of Ohio and Lee Doe of Utah", "Lee Doe in Toledo, Dana Roe")."""
    if not is_first_name(e[0].text):
        return False
    doc = e.doc
    places = {p.start: p.end for p in ents if p.label_ == "Place"}
    for p in ents:
        if p.label_ not in PERSON or p.start == e.start:
            continue
        if p.text == e.text:
            return True
        k, stop = (p.end, e.start) if p.end <= e.start else (e.end, p.start)
        if k + 1 < stop and doc[k].lower_ in ("of", "in", "from") and k + 1 in places:
            k = places[k + 1]  # the first item's place
        gap = doc[k:stop]
        if 0 < len(gap) <= 2 and all(t.text in (",", "and") for t in gap):
            return True
    return False


def longer_person(e: Span, ents: list[Span]) -> bool:
    """Whether the name ends a longer person's name of the article ("Lina Roe" of "Ana Lina Roe")."""
    return any(p.label_ in PERSON and len(p) > len(e) and p.text.endswith(" " + e.text) for p in ents)


def titled_after(e: Span) -> bool:
    """ "Al Doe, director of the Harbor Institute,", "Lee Roe, a campaign senior adviser,": a comma, maybe
    "a"/"the" and up to two words, then a person's title (titles.tsv; not a descriptive one), all of them nouns or
    adjectives as the tagger reads them ("the Acme Club, to host a speaker": no title), the title ending the
    apposition (punctuation, a preposition or "and" after it: not "Acme Pipe, a Harbor spokesman said"). A title an
    organization may also hold as a whole (an owner or a publisher: a private head) only after a first name; never
    after a name that is the body of a title before it ("lecturer at Acme, co-founder of ...")."""
    doc, k = e.doc, e.end + 1
    if e.end >= len(doc) or doc[e.end].text != "," or _body_of_title(e):
        return False
    k += k < len(doc) and doc[k].lower_ in ("a", "an", "the")
    for start in range(k, min(k + 3, len(doc))):
        for n in (3, 2, 1):
            entry = _titles().get(tuple(t.lower_ for t in doc[start : start + n]))
            after = doc[start + n] if start + n < len(doc) else None
            if entry is None or entry.kind == "descriptive" or (after is not None and after.is_title and not after.is_sent_start):
                continue
            if any(t.pos_ in NOT_IN_TITLE for t in doc[k : start + n]):
                return False
            if after is not None and not after.is_punct and after.pos_ not in ("", "ADP", "CCONJ"):
                return False  # "X, a Harbor spokesman said": a new clause's subject, no apposition
            if entry.role == "head" and entry.cls == "Person" and not is_first_name(e[0].text):
                return False
            return True
        if doc[start].is_punct:
            break
    return False


def _body_of_title(e: Span) -> bool:
    """ "lecturer at Harvard Medical School, co-founder of X": the name is the body of a title before it, and
    the apposition after it goes on listing the person's posts."""
    doc, prep = e.doc, e.start - 1
    if prep < 1 or doc[prep].lower_ not in ("at", "of", "for"):
        return False
    return any(tuple(t.lower_ for t in doc[max(prep - n, 0) : prep]) in _titles() for n in (1, 2, 3))


@lru_cache(maxsize=1)
def _titles() -> dict:
    return title_index(load_lexicon().titles)


def predicated_person(e: Span) -> bool:
    """ "Dana Roe, a Harbor University law professor and author, is ...", "Dana Roe is the director of ...", "Dana Roe
    served as counsel to ...": a name opening with a first name whose apposition, copula attribute or "served as"
    object is a person's title (titles.tsv, not a descriptive one: "member", "leader" are said of organizations
    too), written as a noun with at most its own compound words ("law professor")."""
    if len(e) < 2 or not is_first_name(e[0].text):
        return False
    root = e.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "serve":
        nouns += [g for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(_person_title(n) for n in nouns if n.pos_ == "NOUN")


def _person_title(noun) -> bool:
    """Whether ``noun`` with the compound words right before it ends in a person's title that is no descriptive one."""
    doc, start = noun.doc, noun.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == noun and doc[start - 1].pos_ == "NOUN":
        start -= 1
    for k in range(start, noun.i + 1):
        entry = _titles().get(tuple(t.lower_ for t in doc[k : noun.i + 1]))
        if entry is not None:
            return entry.kind != "descriptive"
    return False


def aged(e: Span) -> bool:
    """ "Dana Roe, 34, rushed outside": a name followed by an age set off by commas (a number of one or two digits,
    then a comma, a period or "and") is a person's."""
    doc, k = e.doc, e.end
    if k + 2 >= len(doc) or doc[k].text != "," or not doc[k + 1].like_num or not doc[k + 1].text.isdigit():
        return False
    return len(doc[k + 1].text) <= 2 and doc[k + 2].text in (",", ".", "and")
