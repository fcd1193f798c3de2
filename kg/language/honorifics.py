"""Titles before a person's name, from ``nameparser``'s list (800 titles and honorifics, written with
or without a period: "Mr", "Mrs", "Ms", "Dr", "Prof"). nameparser is better than a hand list: it is
the list a maintained name parser uses, and it holds the British forms without a period that kg's
title table (written for US newsroom style, "Mr.") did not."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

_ROMAN = re.compile(r"[IVX]{1,5}")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles)


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in _titles()


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    from ..lexicon.resources import load_json

    return frozenset(load_json("entity_patterns.json")["name_titles"])


def _one_name(words: list[str]) -> bool:
    """One capitalized name and perhaps a regnal number ("Francis", "Elizabeth II")."""
    if len(words) == 2 and _ROMAN.fullmatch(words[1]):
        words = words[:1]
    return len(words) == 1 and words[0][:1].isupper() and words[0].isalpha()


def with_name_title(ent: Span) -> Span:
    """ "Pope Francis", "Queen Elizabeth II", "Crown Prince Haakon": a person named by one name (and a
    regnal number) after a monarch's or a pope's title (``name_titles`` of entity_patterns.json) is named
    with it; the model leaves the title out."""
    words = [t.text for t in ent]
    if not _one_name(words):
        return ent
    for k in (2, 1):
        start = ent.start - k
        if start >= 0 and " ".join(t.text for t in ent.doc[start : ent.start]) in _name_titles():
            return ent if ent.doc[start].ent_type_ else Span(ent.doc, start, ent.end, label=ent.label_)
    return ent


def titled_holder(word: str, persons: list[Span], pos: int) -> tuple[int, int] | None:
    """ "the Pope said" after "Pope Francis": the one person named before ``pos`` with the monarch's or pope's
    title ``word``, or None (two such persons, none, or a person of the article has it for a surname)."""
    holders = [e for e in persons if e.end_char <= pos and e[0].text == word and _one_name([t.text for t in e[1:]])]
    if len({e.text for e in holders}) != 1 or any(e[-1].text == word for e in persons):  # "King" of Steve King too
        return None
    return holders[-1].start_char, holders[-1].end_char


def is_name_title(word: str) -> bool:
    return word in _name_titles()


def without_title(ent: Span) -> Span:
    """A person's span without the titles that open it ("Mr Brett Kavanaugh" -> "Brett Kavanaugh");
    the span itself when no capitalized name would be left, or when the title is part of the name
    ("Pope Francis")."""
    words = [t.text for t in ent]
    if any(" ".join(words[:k]) in _name_titles() and _one_name(words[k:]) for k in (1, 2)):
        return ent  # "Pope Francis": the title is part of the name
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].text[:1].isupper() and is_title(ent.doc[start].text):
        start += 1
    if start == ent.start or not ent.doc[start].text[:1].isupper():
        return ent
    return Span(ent.doc, start, ent.end, label=ent.label_)


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.prefixes)


def is_particle(word: str) -> bool:
    """ "de", "van", "von", "di": a word of a surname ("Bill de Blasio"), from nameparser's prefixes."""
    return word.lower() in _particles()


def particle_surname(name: str) -> bool:
    """ "De Blasio", "van Hollen": a surname that opens with its particle, not a first and last name."""
    words = name.split()
    return len(words) >= 2 and is_particle(words[0]) and all(w[:1].isupper() for w in words[1:])
