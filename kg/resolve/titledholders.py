"""A surname under a national title names that office's holder: "President Obama" in an article that
names "first lady Michelle Obama" is not her (kg.resolve.coreflinks, rule r3). The holders are
``officeholders.json``'s lists (every U.S. president and vice president, complete for the class)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.shortforms import related
from ..lexicon.resources import load_json


@lru_cache(maxsize=1 << 10)
def _of_surname(office: str, surname: str) -> frozenset[str]:
    """The full names (lower case) of the listed holders of ``office`` (a lower-cased title) of every
    country whose surname is ``surname``."""
    holders = load_json("officeholders.json")["holders"]
    names = {n for offices in holders.values() for o, ns in offices.items() if o.lower() == office for n in ns}
    return frozenset(n.lower() for n in names if n.split()[-1].lower() == surname.lower())


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
    return any(
        (names := _of_surname(office, surname)) and full.lower() not in names
        for office in _titled_surnames(text).get(surname, ())
    )


def titled_for_another(titles: frozenset[str], surname: str, names: set[str]) -> bool:
    """Across articles: a bare surname whose own article titles it President (``titles``: head words,
    kg.resolve.links.local_titles) is not a person of that surname none of whose ``names`` (normalized)
    is a listed president's or vice president's of that surname ("former President Clinton" is not
    Hillary Clinton, the corpus's only Clinton named in full)."""
    if "president" not in titles:
        return False
    listed = _of_surname("president", surname) | _of_surname("vice president", surname)
    return bool(listed) and not (listed & {n.lower() for n in names})


def listed_holder(titles: frozenset[str], surname: str) -> frozenset[str]:
    """The listed names (lower case) of the one U.S. president of ``surname`` when a bare surname's own
    article titles it President ("President Obama": "barack obama", "barack h. obama"); empty when the
    list holds none or two presidents of that name ("President Bush": George W. or George H. W.).
    Spellings are one person when their first names are one name or its nickname and their middle
    parts do not differ ("Bill Clinton", "William Jefferson Clinton"; not "John Adams", "John Quincy Adams")."""
    if "president" not in titles:
        return frozenset()
    listed = _of_surname("president", surname)
    parts = [(n.split()[0], " ".join(n.split()[1:-1])) for n in listed]
    one = all(_one_person(a, ma, b, mb) for a, ma in parts for b, mb in parts)
    return listed if one else frozenset()


def _one_person(a: str, ma: str, b: str, mb: str) -> bool:
    """Whether two listed spellings (first name, middle part) of one surname are one person."""
    if a != b and not related(a, b):
        return False
    if ma and mb:
        return ma.replace(".", "").replace(" ", "") == mb.replace(".", "").replace(" ", "")
    full_middle = len((ma or mb).rstrip(".")) > 2  # "John Quincy Adams" beside "John Adams": two presidents
    return not (a == b and full_middle)
