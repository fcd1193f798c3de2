"""In-article coreference of a name and a longer written form of the same name (rules of
:mod:`kg.resolve.coreflinks`): a person's first name and surname without the middle names the article
also writes ("John Smith" of "John Quincy Smith III"), and an outlet's name without its web domain or
its broadcast band ("LifeNews" of "LifeNews.com", "KWXY" of "KWXY-TV"; ``outlet_name_forms`` in
entity_patterns.json)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..language.names import person_words
from ..language.orgopeners import world_places
from ..lexicon.resources import load_json
from .relatives import introduced_as_relative

PERSONS = ("Person", "Official")  # the labels of coreflinks.GROUP's "person" group
Mention = tuple[int, int, str, str]


def link_middle_names(
    text: str, mentions: list[Mention], find: Callable[[int], int], union: Callable[[int, int, str], None]
) -> None:
    """A person named by first name and surname alone ("John Smith") is the only person of the article
    named in full with the same first name and surname and middle names or initials between them
    ("John Quincy Smith III"); two such persons ("George W. Bush", "George H. W. Bush") leave it alone,
    and so does one written as somebody's relative ("His father, Adm. John S. Smith": a namesake)."""
    longer: dict[tuple[str, str], list[int]] = {}  # (first, surname) -> mentions with middle names
    short: list[tuple[int, tuple[str, str]]] = []
    for i, (_, _, name, label) in enumerate(mentions):
        if label not in PERSONS:
            continue
        words = person_words(name)
        if len(words) >= 3 and words[0][:1].isupper() and words[-1][:1].isupper():
            longer.setdefault((words[0], words[-1]), []).append(i)
        elif len(words) == 2 and words == tuple(name.split()) and all(len(w.rstrip(".")) > 1 for w in words):
            short.append((i, words))

    def kin(i: int) -> bool:
        return introduced_as_relative(text, *mentions[i][:2])

    for i, pair in short:  # a relative's name is read only where a short name could take it
        hits = {find(j) for j in longer.get(pair, ()) if not kin(j)}
        if len(hits) == 1 and find(i) not in hits and not kin(i):
            union(i, hits.pop(), "first name and surname of the only person named in full with middle names")


@lru_cache(maxsize=1)
def _forms() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    data = load_json("entity_patterns.json")["outlet_name_forms"]
    web = tuple(s.lower() for s in data["web_suffixes"])
    bands = "|".join(map(re.escape, data["band_suffixes"]))
    band = re.compile(f"^({data['call_sign']})-(?:{bands})$")
    return web, band, re.compile(r"^\w[\w'&-]*$")


def outlet_stem(name: str) -> str | None:
    """The name an outlet's web address or broadcast call sign is written without ("LifeNews" of
    "LifeNews.com", "KWXY" of "KWXY-TV"), or None. A domain whose name is a place ("Springfield.com", a
    city's news site beside the city's university "Springfield") gives none."""
    web, band, word = _forms()
    if m := band.match(name):
        return m.group(1)
    lower = name.lower()
    for suffix in web:
        if lower.endswith(suffix) and word.match(stem := name[: -len(suffix)]) and stem not in world_places():
            return stem
    return None


def link_outlet_forms(mentions: list[Mention], find: Callable[[int], int], union: Callable[[int, int, str], None]) -> None:
    """An organization written with its web domain or broadcast band and one written without it, as the
    article writes it otherwise (same letters, same case), are one outlet when only one does so."""
    by_name: dict[str, list[int]] = {}
    for i, (_, _, name, label) in enumerate(mentions):
        if label == "Organization":
            by_name.setdefault(name, []).append(i)
    for name, idx in by_name.items():
        if (stem := outlet_stem(name)) is None or stem not in by_name:
            continue
        roots = {find(j) for j in by_name[stem]}
        if len(roots) == 1 and roots.pop() != find(idx[0]):
            union(by_name[stem][0], idx[0], "an outlet's name and its web address or call sign")
