"""A surname under a national title names that office's holder: "President Obama" in an article that
names "first lady Michelle Obama" is not her (kg.resolve.coreflinks, rule r3). The holders are
``officeholders.json``'s lists (every U.S. president and vice president, complete for the class)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.resources import load_json


@lru_cache(maxsize=1)
def _holders() -> dict[str, frozenset[str]]:
    """Office (lower-cased title) -> the full names of its holders, of every country listed."""
    out: dict[str, set[str]] = {}
    for offices in load_json("officeholders.json")["holders"].values():
        for office, names in offices.items():
            out.setdefault(office.lower(), set()).update(names)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _titled_surnames(text: str) -> dict[str, frozenset[str]]:
    """The words the article writes right after "President" or "Vice President", with those offices: one
    pass over the text (rule r3 asks for every surname mention and every candidate)."""
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Vice President|President)\s+([A-Z][\w'’-]*)", text):
        out.setdefault(re.sub(r"['’]s$", "", m.group(2)), set()).add(m.group(1).lower())  # "President Obama’s"
    return {k: frozenset(v) for k, v in out.items()}


def another_holder(text: str, surname: str, full: str) -> bool:
    """Whether the article writes ``surname`` under a national office's title ("President Obama") whose
    listed holders include someone of that surname, none of them named ``full``: then the bare surname
    is not ``full``'s anywhere in the article (its mentions are one person, the titled one)."""
    for office in _titled_surnames(text).get(surname, ()):
        of_surname = {n for n in _holders().get(office, frozenset()) if n.split()[-1] == surname}
        if of_surname and full not in of_surname:
            return True
    return False


def titled_for_another(titles: frozenset[str], surname: str, names: set[str]) -> bool:
    """Across articles: a bare surname whose own article titles it President (``titles``: head words,
    kg.resolve.links.local_titles) is not a person of that surname none of whose ``names`` (normalized)
    is a listed president's or vice president's of that surname ("former President Clinton" is not
    Hillary Clinton, the corpus's only Clinton named in full)."""
    if "president" not in titles:
        return False
    listed = {n.lower() for office in ("president", "vice president") for n in _holders().get(office, ())}
    of_surname = {n for n in listed if n.split()[-1] == surname.lower()}
    return bool(of_surname) and not (of_surname & {n.lower() for n in names})
