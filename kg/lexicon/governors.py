"""Who governed which US state or territory (``ontology/lexicon/governors.tsv``: governors in office
from 1994 to 2020, from a published dataset), matched by a person's first name and surname.

A name matches a governor when its first word (or a nickname the row gives: "C.L. “Butch” Otter",
"Jeremiah W. (Jay) Nixon") and its last word, initials, middle names and suffixes aside, are the
row's: "Nikki Haley" is "Nikki R. Haley", "Jay Nixon" is "Jeremiah W. (Jay) Nixon". A one-word name
matches nobody. The caller decides what a match may mean (kg.resolve.roles: only with the state named
in the article).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from .resources import lexicon_path, load_json
from .tsv import _File

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NICKNAME = re.compile(r"[“\"(]([^”\")]+)[”\")]")


def name_keys(name: str) -> frozenset[tuple[str, str]]:
    """(first name, surname) pairs a person's written name stands for, casefolded: the first word
    and each nickname in quotes or parentheses, with the last word that is not a suffix or an initial.
    Empty for a one-word name."""
    nicknames = [n.strip().casefold() for n in _NICKNAME.findall(name)]
    words = [w.strip(".,").casefold().replace("’", "'") for w in _NICKNAME.sub(" ", name).split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    full = [w for w in words if len(w.replace(".", "")) > 1]  # initials aside ("C.L.", "R.")
    if not full or (len(full) < 2 and not nicknames):
        return frozenset()
    last = full[-1]
    firsts = ([full[0]] if len(full) > 1 else []) + nicknames
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
        keys = name_keys(row["name"])
        if not keys:
            f.fail(no, f"name {row['name']!r} has no first name and surname")
        for k in keys:
            out[k].add(row["state"])
    return {k: frozenset(v) for k, v in out.items()}


def governed(name: str, directory: Path | None = None) -> frozenset[str]:
    """The states (places.tsv names) a governor of the name ``name`` governed; empty for nobody."""
    table = _states(directory or lexicon_path("governors.tsv").parent)
    return frozenset().union(*(table.get(k, frozenset()) for k in name_keys(name)))
