"""Members of the U.S. Congress (``ontology/lexicon/legislators.tsv``, from the public-domain
unitedstates/congress-legislators project): who held a seat, by the name forms news writes.

The list only says that a person of that name held a seat in Congress; kg types a person Official
from it (kg.resolve.listed) and never states a membership or a title from it alone: a membership only
where a sentence names the person with the chamber the list gives (kg.resolve.listedmembers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .load import default_directory
from .resources import load_json
from .tsv import _File

CHAMBERS = ("senate", "house")


@dataclass(frozen=True)
class Legislator:
    name: str
    first: str
    nickname: str
    last: str
    chamber: str
    state: str
    party: str

    @property
    def forms(self) -> tuple[str, ...]:
        """The full names news writes: "first last", "nickname last" and the common name; a first
        name that is an initial alone ("H. Morgan Griffith" -> "H. Griffith") is not one, nor "first
        last" of a common name ending in "Jr." or "Sr." (a father or son of the same name)."""
        out = [self.name]
        if not re.fullmatch(r"(?:\w\.)+|\w", self.first) and not re.search(r"\b[JS]r\.?$", self.name):
            out.append(f"{self.first} {self.last}")  # not "Jesse Jackson" for "Jesse Jackson Jr." (his father)
        if self.nickname:
            out.append(f"{self.nickname} {self.last}")
        return tuple(dict.fromkeys(out))


def holder_key(name: str) -> str:
    """ "George H. W. Bush", "George HW Bush" -> "georgehwbush": case, periods and spaces ignored,
    typographic apostrophes made straight."""
    return re.sub(r"[.\s]", "", name.replace("’", "'").casefold())


@cache
def load_legislators(directory: Path | str | None = None) -> tuple[Legislator, ...]:
    """Every row of ``legislators.tsv`` in ``directory`` (default ``ontology/lexicon``), checked."""
    f = _File(Path(directory) if directory is not None else default_directory(), "legislators")
    out = []
    for no, row in f.rows:
        if not row["name"] or not row["last"] or len(row["name"].split()) < 2:
            f.fail(no, "a legislator needs a full name (at least two words) and a last name")
        f.check(no, row["chamber"], CHAMBERS, "chamber")
        out.append(
            Legislator(row["name"], row["first"], row["nickname"], row["last"], row["chamber"], row["state"], row["party"])
        )
    return tuple(out)


@cache
def legislator_keys(directory: Path | str | None = None) -> frozenset[str]:
    """The :func:`holder_key` of every name form of every legislator."""
    return frozenset(holder_key(n) for leg in load_legislators(directory) for n in leg.forms if len(n.split()) > 1)


@cache
def legislator_names(directory: Path | str | None = None):
    """Every name form of every legislator in a :class:`kg.lexicon.holders.KeyTable` (by first name and
    surname: "Patrick J. Kennedy" in an article is the listed "Patrick Kennedy")."""
    from .holders import KeyTable

    table = KeyTable()
    for leg in load_legislators(directory):
        for n in leg.forms:
            table.add(n, leg.name)
    return table


@cache
def chamber_titles_by_name() -> dict[str, set[str]]:
    """holder_key of each full name of a member of Congress -> the one-word titles of a member of their chamber
    (legislatures.json's federal or either-level titles: "senator"; "representative", "congressman"), for the
    names all of whose listed members sit in one chamber."""
    words: dict[str, set[str]] = {}
    for title, (chamber, level, _word) in load_json("legislatures.json")["titles"].items():
        if level in ("federal", "either") and " " not in title and "." not in title:
            words.setdefault({"upper": "senate", "lower": "house"}[chamber], set()).add(title)
    seen: dict[str, set[str]] = {}
    for leg in load_legislators():
        for form in leg.forms:
            seen.setdefault(holder_key(form), set()).add(leg.chamber)
    return {k: words.get(next(iter(v)), set()) for k, v in seen.items() if len(v) == 1}
