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


def name_keys(name: str, expand: bool = True) -> frozenset[tuple[str, str]]:
    """(first name, surname) pairs a person's written name stands for, casefolded: the first word
    and each nickname in quotes or parentheses, with the last word that is not a suffix or an
    initial, and "jr" or "sr" when the name has it; with ``expand`` (a name written in an article) also the first names a short form stands
    for ("Chris" -> "christopher"), not the other way (a listed "Bill Nelson" is no "Willie Nelson").
    Empty for a one-word name."""
    nicknames = [n.strip().casefold() for n in _NICKNAME.findall(name)]
    words = [w.strip(".,").casefold().replace("’", "'") for w in _NICKNAME.sub(" ", name).split()]
    generation = next((w for w in words[1:] if w in _GENERATIONS), "")
    words = [w for w in words if w and w not in _SUFFIXES]
    full = [w for w in words if len(w.replace(".", "")) > 1]  # initials aside ("C.L.", "R.")
    if not full or (len(full) < 2 and not nicknames):
        return frozenset()
    last = f"{full[-1]} {generation}".strip()  # "Jesse Jackson Jr." is not his father "Jesse Jackson"
    firsts = ([full[0]] if len(full) > 1 else []) + nicknames
    if expand:
        groups = _given_name_groups()
        firsts += [key for f in firsts for key in groups.get(f, ())]  # "Chris" also as "christopher"
    return frozenset((f, last) for f in firsts if f != last)


@cache
def _given_name_groups() -> dict[str, tuple[str, ...]]:
    """Each given name or short form of ``nicknames.json`` -> the first names of its groups."""
    out: dict[str, list[str]] = defaultdict(list)
    for group in load_json("nicknames.json")["groups"]:
        for n in group:
            out[n].append(group[0])
    return {n: tuple(keys) for n, keys in out.items()}


def _keyed(f: _File, no: int, name: str) -> frozenset[tuple[str, str]]:
    keys = name_keys(name, expand=False)
    if not keys:
        f.fail(no, f"name {name!r} has no first name and surname")
    return keys


@cache
def _states(directory: Path) -> dict[tuple[str, str], frozenset[str]]:
    from .load import load_lexicon

    f = _File(directory, "governors")
    places = {p.name for p in load_lexicon(directory).places}
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for no, row in f.rows:
        if row["state"] not in places:
            f.fail(no, f"state {row['state']!r} names no row of places.tsv")
        if not (row["from"].isdigit() and row["to"].isdigit() and int(row["from"]) <= int(row["to"])):
            f.fail(no, f"years {row['from']!r} to {row['to']!r} are not two years in order")
        for k in _keyed(f, no, row["name"]):
            out[k].add(row["state"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _offices(directory: Path) -> dict[tuple[str, str], frozenset[str]]:
    f = _File(directory, "federal_officers")
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for no, row in f.rows:
        if not row["office"]:
            f.fail(no, f"no office for {row['name']!r}")
        for k in _keyed(f, no, row["name"]):
            out[k].add(row["office"])
    return {k: frozenset(v) for k, v in out.items()}


def _directory(directory: Path | None) -> Path:
    return directory or lexicon_path("governors.tsv").parent


def governed(name: str, directory: Path | None = None) -> frozenset[str]:
    """The states (places.tsv names) a governor of the name ``name`` governed; empty for nobody."""
    table = _states(_directory(directory))
    return frozenset().union(*(table.get(k, frozenset()) for k in name_keys(name)))


def federal_offices(name: str, directory: Path | None = None) -> frozenset[str]:
    """The federal offices (``federal_officers.tsv``) a person of the name ``name`` held; empty for nobody."""
    table = _offices(_directory(directory))
    return frozenset().union(*(table.get(k, frozenset()) for k in name_keys(name)))
