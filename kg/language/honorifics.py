"""Titles before a person's name, from ``nameparser``'s list (800 titles and honorifics, written with
or without a period: "Mr", "Mrs", "Ms", "Dr", "Prof"). nameparser is better than a hand list: it is
the list a maintained name parser uses, and it holds the British forms without a period that kg's
title table (written for US newsroom style, "Mr.") did not."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles)


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in _titles()


def without_title(ent: Span) -> Span:
    """A person's span without the titles that open it ("Mr Brett Kavanaugh" -> "Brett Kavanaugh");
    the span itself when no capitalized name would be left."""
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
