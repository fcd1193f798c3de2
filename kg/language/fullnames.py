"""Full names the model missed: a person the article names by the surname alone ("Ms. French said")
whose full name it also writes where the model saw no name ("SAN DIEGO—Kendall French used to
pitch drugs"). A capitalized word right before that surname which the US Census tables know as a
first name (:func:`kg.language.sex.is_first_name`), or any capitalized word after a one-word title in lower
case ("CNN host Piers Morgan": the given name is no Census name), makes the two words
that person's full name, so the article's bare "French" is hers rather than some other French's
of the corpus. Only when the article writes the surname after one first name only, and the pair is
no part of a longer capitalized run ("Kendall French Laundry").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.load import load_lexicon
from .personnames import PERSON
from .sex import is_first_name


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    """The one-word position titles of titles.tsv, lower case ("host", "senator", "spokeswoman")."""
    return frozenset(t.title for t in load_lexicon().titles if " " not in t.title)


def _capitalized(tok) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper)


def full_names_of_surnames(ents: list[Span], taken: set[int]) -> list[Span]:
    """Spans "First Surname" for the one-word persons of ``ents`` the article never names in full."""
    if not ents:
        return []
    doc = ents[0].doc
    named_in_full = {e[-1].text for e in ents if e.label_ in PERSON and len(e) > 1}
    bare = {e.text: e.label_ for e in ents if e.label_ in PERSON and len(e) == 1 and e[0].is_title}
    wanted = {s: label for s, label in bare.items() if s not in named_in_full}
    if not wanted:
        return []
    found: dict[str, set[tuple[int, str]]] = {}
    alone = {e.start for e in ents if e.label_ in PERSON and len(e) == 1}
    for tok in doc[1:]:
        if tok.text not in wanted:
            continue
        first = doc[tok.i - 1]
        if not _capitalized(first) or first.is_upper or first.whitespace_ != " " or first.pos_ != "PROPN" or first.is_stop:
            continue
        before = doc[first.i - 1] if first.i > 0 else None
        titled = before is not None and before.is_lower and before.text in _one_word_titles()
        if first.i in taken or (tok.i in taken and not (titled and tok.i in alone)):
            continue  # the model's one-word name after a title and a given name: "CNN host Piers Morgan"
        if not is_first_name(first.text) and not titled:
            continue  # after a title written in lower case, the capitalized word is the given name, Census's or not
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (before is not None and _capitalized(before) and before.whitespace_ and not before.is_upper) or (
            after is not None and _capitalized(after) and not after.is_sent_start
        ):
            continue  # part of a longer name
        found.setdefault(tok.text, set()).add((first.i, first.text))
    out = []
    for surname, hits in found.items():
        if len({text for _, text in hits}) == 1:
            out += [Span(doc, i, i + 2, label=wanted[surname]) for i, _ in sorted(hits)]
    return out


# a given name with an apostrophe inside ("Ra’Shaun", "D'Vera", "Ja’Mel"): the model reads it as no name;
# "O'Rourke", "O’Hare" are Irish surnames and places, not given names
_INNER_APOSTROPHE = re.compile(r"(?!O['’])[A-Z][a-z]{0,3}['’][A-Z][a-z]{2,}")


def apostrophe_given_names(ents: list[Span], taken: set[int]) -> list[Span]:
    """Spans "Ra’Shaun Deller" for the persons of ``ents`` the model cut after a given name spelled with an
    inner apostrophe (it labeled "Palmer" alone): the longer span replaces the surname, so "she" and the
    quote she speaks go to her and not to another Palmer of the article. Not when a capitalized word
    comes before that given name (a longer name)."""
    if not ents:
        return []
    doc = ents[0].doc
    out = []
    for e in ents:
        first = doc[e.start - 1] if e.start > 0 else None
        before = doc[e.start - 2] if e.start > 1 else None
        if (
            e.label_ in PERSON
            and first is not None
            and first.i not in taken
            and first.whitespace_ == " "
            and _INNER_APOSTROPHE.fullmatch(first.text)
            and not (before is not None and not first.is_sent_start and _capitalized(before) and before.whitespace_)
        ):
            out.append(Span(doc, e.start - 1, e.end, label=e.label_))
    return out


def possessed_persons(ents: list[Span], heads: set[str]) -> list[Span]:
    """``ents`` with each person or organization the model ran on from a possessive into the person named
    after it ("Recode’s Jason Del Rey", "the Post’s Jane Roe") cut to that person: two or three
    capitalized words after "’s", the first a first name (:func:`kg.language.sex.is_first_name`), none
    the head word of a body's name ("GM's Marion Metal Center" stays)."""
    out = []
    for e in ents:
        cut = next((t.i for t in e[1:-2] if t.tag_ == "POS"), None) if e.label_ in ("Person", "Organization") else None
        rest = e.doc[cut + 1 : e.end] if cut is not None else None
        if (
            rest is not None
            and len(rest) <= 3
            and all(t.is_alpha and t.is_title for t in rest)
            and is_first_name(rest[0].text)
            and not any(t.text in heads for t in rest)
        ):
            e = Span(e.doc, rest.start, rest.end, label="Person")
        out.append(e)
    return out
