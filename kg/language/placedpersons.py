"""Persons the model took for places (issue 15): spaCy reads a full name it has not seen as a place now and
then ("one of the panelists, Jo Quist, sang"; "a plaintiff with Dana Vesely, her partner"), and a Place is
never a person's class, so the article's speaker or plaintiff is lost.

A name the model types a place is a person's when it is written as one: a given name and a surname, with at
most one initial between ("Jo Quist", "Dana R. Vesely"), where

- the first word is a first name of the Census tables of the ``names`` package, and the last word a surname
  of its surname table;
- the surname is no ordinary word of the language (the lemmatizer's word index, as
  :mod:`kg.language.commonwords` reads it: "River", "Park", "Harbor", "Ridge" are), unless the article
  also writes it alone as a person's name ("Quist, for her part, tweeted");
- no gazetteer knows the full name as a place (a US state, city or county, a country, a lexicon place:
  "Glen Burnie", "Santa Rosa"), and the article does not write it as one: not after a locative
  preposition (``locative_prepositions`` of gazetteer.json: "in Jim Falls"), nor before a comma and a
  place ("Jim Falls, Wis."), and no capitalized word follows it (a longer name the model cut: "Jan Mayen
  Islands").

Anything else stays a place: the model's label is the only word on a name the rule cannot read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from ..lexicon.surnames import census_surnames
from .places import country, us_name
from .sex import is_first_name

PERSONS = ("Person", "Official")
_INITIAL = re.compile(r"[A-Z]\.")


def places_as_full_names(ents: list[Span], words: dict[str, frozenset[str]]) -> list[Span]:
    """``ents`` with each Place that is written as a person's full name (see the module) labelled Person."""
    alone = {e.text for e in ents if e.label_ in PERSONS and len(e) == 1}
    starts = {e.start: e for e in ents}
    out = []
    for e in ents:
        if e.label_ == "Place" and _full_name(e) and (e[-1].lower_ not in words or e[-1].text in alone):
            if not _known_place(e.text) and not _written_as_place(e, starts):
                e = Span(e.doc, e.start, e.end, label="Person")
        out.append(e)
    return out


def _full_name(e: Span) -> bool:
    """ "Jo Quist", "Dana R. Vesely": a Census first name, at most one initial, a Census surname."""
    if len(e) not in (2, 3) or (len(e) == 3 and not _INITIAL.fullmatch(e[1].text)):
        return False
    first, last = e[0].text, e[-1].text
    return (
        first.isalpha()
        and first.istitle()
        and last.isalpha()
        and last.istitle()
        and is_first_name(first)
        and last.upper() in census_surnames()
    )


def _known_place(name: str) -> bool:
    return us_name(name) or country(name) or load_lexicon().place(name) is not None


def _written_as_place(e: Span, starts: dict[int, Span]) -> bool:
    """After a locative preposition ("in Jim Falls"), before a comma and a place ("Jim Falls, Wis."), or before a
    capitalized word: the start of a longer name ("Jan Mayen Islands")."""
    doc = e.doc
    if e.start > 0 and doc[e.start - 1].lower_ in _locatives():
        return True
    if e.end < len(doc) and doc[e.end].is_alpha and doc[e.end].is_title:
        return True
    nxt = starts.get(e.end + 1)
    return e.end < len(doc) and doc[e.end].text == "," and nxt is not None and nxt.label_ == "Place"


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return frozenset(load_json("gazetteer.json")["locative_prepositions"])
