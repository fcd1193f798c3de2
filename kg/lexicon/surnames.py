"""Surnames as general knowledge: the US Census 1990 surname table (the ``names`` package), by rank, and
the surnames of the listed holders of public office (members of Congress of ``legislators.tsv``,
presidents and vice presidents of ``officeholders.json``). Read once, for every reader."""

from __future__ import annotations

from functools import cache


@cache
def _census_ranks() -> dict[str, int]:
    """Each surname of the Census table (upper case) with its rank (1: the most frequent)."""
    from importlib import resources

    text = (resources.files("names") / "dist.all.last").read_text(encoding="ascii")
    rows = (line.split() for line in text.splitlines())
    return {r[0]: int(r[3]) for r in rows if len(r) >= 4}


@cache
def census_surnames(max_rank: int | None = None) -> frozenset[str]:
    """The Census surnames (upper case), or only the ``max_rank`` most frequent."""
    return frozenset(n for n, rank in _census_ranks().items() if max_rank is None or rank <= max_rank)


@cache
def holder_surnames() -> frozenset[str]:
    """The last names of the members of Congress and of the national office holders the lexicon lists."""
    from .holders import national_holders
    from .legislators import load_legislators

    return frozenset({n.split()[-1] for n in national_holders()} | {row.last for row in load_legislators()})


@cache
def holder_first_names() -> frozenset[str]:
    """The first names and nicknames (as written: "Mitt", "Rand", "Newt") of the members of Congress and of
    the national office holders the lexicon lists: given names the Census tables may lack."""
    from .holders import national_holders
    from .legislators import load_legislators

    rows = load_legislators()
    words = {n.split()[0] for n in (*national_holders(), *(r.name for r in rows))}  # "Newt" of "Newt Gingrich"
    words |= {r.first for r in rows} | {r.nickname for r in rows}
    return frozenset(w for w in words if w and not w.endswith("."))
