"""Terms of office as data: the presidents' (``officeholders.json``, ``terms``) and the federal officers'
(``federal_officers.tsv``, columns ``from`` and ``to``), and whether a term covers an article's date.

A date of a term is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a shorter one is read to stay precise: a
term covers a date only when the date falls after every day the term may have begun and before every
day it may have ended ("2015-12" as an end: before December 2015). The day of a handover (a date of
taking or leaving office written in full) is covered by neither term, and an empty end covers nothing
after the start (the term has not ended, or its end is not known).
"""

from __future__ import annotations

import re
from functools import cache

from .legislators import holder_key
from .resources import load_json

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_day(date: str | None) -> str | None:
    """The article's date as ``YYYY-MM-DD``, or None when it has none (no term covers it)."""
    day = (date or "")[:10]
    return day if _DAY.fullmatch(day) else None


def _earliest(d: str) -> str:
    return d + "-00" * (2 - d.count("-"))  # before any day of the month or year


def _latest(d: str) -> str:
    return d + "-99" * (2 - d.count("-"))  # after any day of the month or year


def covers(start: str, end: str, day: str | None) -> bool:
    """Whether the term [``start``, ``end``] surely covers ``day`` (see the module)."""
    return bool(day and start and end) and _latest(start) < day < _earliest(end)


@cache
def president_terms(country: str = "United States") -> tuple[tuple[frozenset[str], str, str, str], ...]:
    """The terms of the country's presidents: (name keys, surname, from, to)."""
    out = []
    for names, start, end in load_json("officeholders.json")["terms"][country]["president"]:
        out.append((frozenset(holder_key(n) for n in names), names[0].split()[-1], start, end))
    return tuple(out)


def sitting_president(names: list[str], day: str | None, country: str = "United States") -> bool:
    """Whether the person of ``names`` (an entity's names in one article) was the country's president on
    ``day``: a full name of theirs is a listed president's, or, with no full name, their one-word name is the
    surname of the president whose term covers the day."""
    full = [n for n in names if " " in n.strip()]
    for keys, surname, start, end in president_terms(country):
        if not covers(start, end, day):
            continue
        if full:
            return any(holder_key(n) in keys for n in full)
        return any(n.strip() == surname for n in names)
    return False
