"""A bare surname beside the relatives of its bearer: "Floyd" in an article that names George Floyd
first and then "his younger brother, Terrence Floyd" is George Floyd.

News introduces the person a story is about first, and names the other persons of that surname as
somebody's relatives ("Doe's widow, Jane Doe", "John Doe, the victim's stepfather"). When every other
person the article names in full with the surname is introduced so, and none of them holds an office
(a relative who is a public figure, "his wife, Sen. Jane Doe", may be the one the bare name means), a
bare surname the other in-article rules left to several persons is the first one's. Otherwise it stays
undecided (two senators, a professor beside a producer): unknown is better than a wrong person. The
honorifics of the bare name must not contradict the first one's sex ("Ms. Doe" is not John Doe).
Kinship nouns: ``ontology/lexicon/kinship.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.honorifics import particle_surname
from ..language.kinship import kin_nouns
from ..language.names import person_words, suffixed_surname
from ..language.sex import fits_sexes, honorific_sexes
from .titledholders import another_holder

PERSON = ("Person", "Official")
WORDS_BEFORE = 6  # "Dorn's wife, St. Louis police Sgt. Ann Marie Dorn"
_SENTENCE_END = re.compile(r"(?:\b[a-z0-9]+[.]|[!?])[\"”’)]*\s+")


@lru_cache(maxsize=1)
def _kin() -> re.Pattern:
    words = sorted(kin_nouns(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")s?(?![\w-])", re.IGNORECASE)


def introduced_as_relative(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is written as somebody's relative: a kinship noun among the
    few words before it on its line ("His younger brother, Terrence Doe"), or in an apposition right
    after it ("Benjamin Doe, Eric Roe's stepfather")."""
    line = _SENTENCE_END.split(text[text.rfind("\n", 0, start) + 1 : start])[-1]  # not at "Sgt.": a capital before it
    before = " ".join(line.split()[-WORDS_BEFORE:])
    if _kin().search(before):
        return True
    after = re.match(r"\s*[,(]\s*((?:[^\s,.;:()]+\s+){0,3}[^\s,.;:()]+)", text[end : end + 80])
    return bool(after and _kin().search(after.group(1)))


def main_bearers(text: str, mentions: list[tuple[int, int, str, str]], find) -> list[tuple[int, int]]:
    """(bare mention, person mention named in full) pairs to join: each bare surname that names several
    persons in full, all but the first introduced as relatives (see the module docstring)."""
    full = [
        j
        for j, (_, _, name, label) in enumerate(mentions)
        if label in PERSON and len(name.split()) > 1 and not particle_surname(name) and not suffixed_surname(name)
    ]
    named = {find(j) for j in full}
    said = honorific_sexes(text, mentions)
    main_of: dict[str, int | None] = {}  # bare surname -> the mention of its main bearer, decided once per name
    out = []
    for i, (_, _, name, label) in enumerate(mentions):
        if label not in PERSON or " " in name or find(i) in named:
            continue
        if name not in main_of:
            main_of[name] = _main_bearer(text, mentions, find, full, name, said)
        if main_of[name] is not None:
            out.append((i, main_of[name]))
    return out


def _main_bearer(text: str, mentions, find, full: list[int], name: str, said) -> int | None:
    """The first full-name mention of the main bearer of the bare surname ``name``, when every other
    bearer is introduced as a relative; else None."""
    bearers: dict[int, list[int]] = {}  # root -> its mentions named in full with the surname
    for j in full:
        words = person_words(mentions[j][2])
        if words[-1] == name and fits_sexes(said.get(name, {None}), mentions[j][2]):
            bearers.setdefault(find(j), []).append(j)
    if len(bearers) < 2 or any(another_holder(text, name, mentions[j][2]) for js in bearers.values() for j in js):
        return None
    firsts = sorted((min(mentions[j][0] for j in js), root) for root, js in bearers.items())
    main = min(bearers[firsts[0][1]], key=lambda j: mentions[j][0])
    others = [min(bearers[r], key=lambda j: mentions[j][0]) for _, r in firsts[1:]]
    if firsts[0][0] == firsts[1][0] or any(s and not fits_sexes({s}, mentions[main][2]) for s in said.get(name, ())):
        return None
    if all(
        introduced_as_relative(text, mentions[k][0], mentions[k][1])
        and not any(mentions[m][3] == "Official" for m in bearers[find(k)])
        for k in others
    ):
        return main
    return None
