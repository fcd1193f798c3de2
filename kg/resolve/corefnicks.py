"""In-article coreference of a first name and its short form (a rule of :mod:`kg.resolve.coreflinks`)."""

from __future__ import annotations

from collections.abc import Callable

from ..language.shortforms import related

PERSONS = ("Person", "Official")  # the labels of coreflinks.GROUP's "person" group
SUFFIXES = frozenset({"II", "III", "IV"})  # "Donald F. McGahn II" is "Don McGahn"; not "Jr.": a father "Don Roe" may be meant


def link_first_name_forms(mentions: list[tuple[int, int, str, str]], union: Callable[[int, int, str], None]) -> None:
    """ "Gabby Giffords" and "then-Rep. Gabrielle Giffords" in one article: one person, when the
    nickname table (the ``nicknames`` package) makes one first name a short form of the other and
    no other first name of the article's persons of that surname could be either."""
    firsts: dict[str, dict[str, list[int]]] = {}
    for i, (_, _, name, label) in enumerate(mentions):
        bare = [w for w in name.split() if len(w.rstrip(".")) > 1 and w.rstrip(",") not in SUFFIXES]  # not "II"
        if label in PERSONS and len(bare) == 2 and bare[0][:1].isupper() and not bare[1].isupper():
            firsts.setdefault(bare[1], {}).setdefault(bare[0].casefold(), []).append(i)
    for group in firsts.values():
        names = sorted(group)
        pairs = [(a, b) for k, a in enumerate(names) for b in names[k + 1 :] if related(a, b)]
        for a, b in pairs:
            if all(c in (a, b) or not (related(a, c) or related(b, c)) for c in names):
                union(group[a][0], group[b][0], "a first name and its short form, one surname")
