"""Who held which public office, by name: governors of the US states and territories
(``ontology/lexicon/governors.tsv``: in office from 1994 to 2020, from a published dataset) and the
holders of the principal federal offices and Supreme Court seats (``federal_officers.tsv``).

A name matches a listed person when its first word (or a nickname the row gives: "C.L. “Butch”
Otter", "Jeremiah W. (Jay) Nixon", or a short form of the first name: "Chris" for "Christopher") and
its last word, initials, middle names and suffixes aside, are the row's: "Nikki Haley" is "Nikki R.
Haley". A one-word name matches nobody. The caller decides what a match may mean
(:mod:`kg.resolve.holders`: only with the article naming the state, or a court for a justice).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from .resources import lexicon_path, load_json
from .tsv import _File

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_GENERATIONS = frozenset({"jr", "sr"})  # kept in the surname: a father and son of one name are two people
_NICKNAME = re.compile(r"[“\"(]([^”\")]+)[”\")]")
JUSTICE = "Justice of the Supreme Court"
DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # a date of a term: YYYY, YYYY-MM or YYYY-MM-DD


def name_keys(name: str, formal: bool = False) -> frozenset[tuple[str, str]]:
    """(first name, surname) pairs a person's written name stands for, casefolded: the first word and
    each nickname in quotes or parentheses, with the last word that is not a suffix or an initial, and
    "jr" or "sr" when the name has it ("Jesse Jackson Jr." is not his father). With ``formal``, the first
    names the first words are short forms of instead ("Chris" -> "christopher", "Jeff" -> "jeffrey").
    Empty for a one-word name."""
    nicknames = [n.strip().casefold() for n in _NICKNAME.findall(name)]
    words = [w.strip(".,").casefold().replace("’", "'") for w in _NICKNAME.sub(" ", name).split()]
    generation = next((w for w in words[1:] if w in _GENERATIONS), "")
    words = [w for w in words if w and w not in _SUFFIXES]
    full = [w for w in words if len(w.replace(".", "")) > 1]  # initials aside ("C.L.", "R.")
    if not full or (len(full) < 2 and not nicknames):
        return frozenset()
    last = f"{full[-1]} {generation}".strip()
    firsts = ([full[0]] if len(full) > 1 else []) + nicknames
    if formal:
        groups = _given_name_groups()
        firsts = [key for f in firsts for key in groups.get(f, ())]
    return frozenset((f, last) for f in firsts if f != last)


class KeyTable:
    """Values by person name: a name written in an article finds a row when their first names are
    one name, or one is a short form of the other ("Chris Christie" / "Christopher Christie", "Jeffrey
    Zients" / "Jeff Zients") or the other written longer ("Steve" / "Steven Beshear"), but not two
    short forms of one name ("Willie Nelson" / "Bill Nelson")."""

    def __init__(self) -> None:
        self.raw: dict[tuple[str, str], set] = defaultdict(set)
        self.formal: dict[tuple[str, str], set] = defaultdict(set)
        self.firsts: dict[str, set[str]] = defaultdict(set)  # surname -> the rows' first names

    def add(self, name: str, value) -> bool:
        """File ``value`` under ``name``; False when the name has no first name and surname."""
        keys = name_keys(name)
        for k in keys:
            self.raw[k].add(value)
            self.firsts[k[1]].add(k[0])
        for k in name_keys(name, formal=True):
            self.formal[k].add(value)
        return bool(keys)

    def get(self, name: str) -> frozenset:
        raw, formal = name_keys(name), name_keys(name, formal=True)
        longer = {(f, last) for first, last in raw for f in self.firsts.get(last, ()) if _spelled_longer(first, f)}
        hits = [self.raw.get(k, ()) for k in raw | formal | longer] + [self.formal.get(k, ()) for k in raw]
        return frozenset().union(*hits)


def _spelled_longer(a: str, b: str) -> bool:
    """One first name is the other written longer ("Steve" / "Steven"; four letters at least in common)."""
    return a != b and min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


@cache
def _given_name_groups() -> dict[str, tuple[str, ...]]:
    """Each given name or short form of ``nicknames.json`` -> the first names of its groups."""
    out: dict[str, list[str]] = defaultdict(list)
    for group in load_json("nicknames.json")["groups"]:
        for n in group:
            out[n].append(group[0])
    return {n: tuple(keys) for n, keys in out.items()}


@cache
def _states(directory: Path) -> KeyTable:
    from .load import load_lexicon

    f = _File(directory, "governors")
    places = {p.name for p in load_lexicon(directory).places}
    table = KeyTable()
    for no, row in f.rows:
        if row["state"] not in places:
            f.fail(no, f"state {row['state']!r} names no row of places.tsv")
        if not (row["from"].isdigit() and row["to"].isdigit() and int(row["from"]) <= int(row["to"])):
            f.fail(no, f"years {row['from']!r} to {row['to']!r} are not two years in order")
        if not table.add(row["name"], row["state"]):
            f.fail(no, f"name {row['name']!r} has no first name and surname")
    return table


@cache
def _terms(directory: Path) -> KeyTable:
    """``federal_officers.tsv`` read once: per name, the terms (office, from, to) its rows give."""
    f = _File(directory, "federal_officers")
    table = KeyTable()
    for no, row in f.rows:
        start, end = row.get("from", ""), row.get("to", "")
        if not row["office"]:
            f.fail(no, f"no office for {row['name']!r}")
        if any(d and not DATE.fullmatch(d) for d in (start, end)) or (start and end and end < start):
            f.fail(no, f"term {start!r} to {end!r} is not two dates (YYYY, YYYY-MM or YYYY-MM-DD) in order")
        if not table.add(row["name"], (row["office"], start, end)):
            f.fail(no, f"name {row['name']!r} has no first name and surname")
    return table


def _directory(directory: Path | None) -> Path:
    return directory or lexicon_path("governors.tsv").parent


def governed(name: str, directory: Path | None = None) -> frozenset[str]:
    """The states (places.tsv names) a governor of the name ``name`` governed; empty for nobody."""
    return _states(_directory(directory)).get(name)


def federal_offices(name: str, directory: Path | None = None) -> frozenset[str]:
    """The federal offices (``federal_officers.tsv``) a person of the name ``name`` held; empty for nobody."""
    return frozenset(office for office, _, _ in federal_terms(name, directory))


def federal_terms(name: str, directory: Path | None = None) -> frozenset[tuple[str, str, str]]:
    """The terms (office, from, to; empty when unknown) of federal offices a person of the name ``name``
    held (``federal_officers.tsv``); empty for nobody."""
    return _terms(_directory(directory)).get(name)


@cache
def national_holders() -> frozenset[str]:
    """Full names, as written in ``officeholders.json``, of the listed holders of national offices
    (presidents and vice presidents): general knowledge, not any article's."""
    held = load_json("officeholders.json")["holders"]
    return frozenset(n for offices in held.values() for names in offices.values() for n in names)
