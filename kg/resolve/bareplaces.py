"""Bare state names that usually mean a city: "Washington" (the capital), "New York" (the city).

A state in places.tsv with a ``bare`` column is named by its bare name in news mostly when the city
is meant. ``bare_place(name)`` gives such a state; ``cue_after(text, end)`` reads the words right
after one mention ("Washington Gov." says the state, "New York Mayor" the city);
``listed_with_states(text, start, end)`` whether one mention is listed with other states ("Washington,
Oregon and Alaska"); ``article_says_state(text, place)`` whether the article says the state anywhere
("the state of Washington", "Washington State", a state cue after any mention; not in an article datelined
in the city); ``titled_of(text, start)`` whether a title and name come before it ("Gov. Jay Inslee of
Washington"). The cue words are data
(``state_cues`` / ``city_cues`` in entity_patterns.json).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json


@lru_cache(maxsize=1)
def bare_places() -> dict:
    """States whose bare name usually means a city ("Washington", "New York"), by that name."""
    return {p.name: p for p in load_lexicon().places if p.bare}


def bare_place(name: str):
    """The state whose bare name ``name`` is, also in capitals ("WASHINGTON —" of a dateline), or None."""
    return bare_places().get(name.title() if name.isupper() else name)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A state cue, a city cue or a legislator's title right after a bare name ("Gov.", "lawmakers";
    "Mayor", "City Council"; "Rep.", "Sen.")."""
    data = load_json("entity_patterns.json")
    party = r"(?:\s+(?:Democratic|Republican|Democrat|GOP|Independent))?"  # "New York's Democratic Gov."
    return tuple(
        re.compile(r"(?:['’]s)?" + party + r"\s+(?:" + "|".join(re.escape(c) for c in data[k]) + r")(?!\w)")
        for k in ("state_cues", "city_cues", "legislator_cues")
    )


PARTY_MEMBER = re.compile(r"\s+(?:Democrat|Republican)(?:\s+(?=[A-Z][a-z])|(?=[.,;:)]))")
"""A party member named after the bare name ("New York Democrat Chuck X"), or the descriptor closing a name's
apposition ("Sen. Chuck X, New York Democrat."): a politician of the state."""


@cache
def _state_forms(name: str) -> re.Pattern:
    forms = [a for a in bare_places()[name].aliases if a.startswith(name + " ")] + [f"state of {name}"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def cue_after(text: str, end: int) -> bool | None:
    """What the words right after a bare state name ending at ``end`` say it means: the state
    ("Washington Gov.", "New York lawmakers", "New York Rep. X", "New York Democrat X": True), the city ("New York Mayor":
    False), or nothing. A legislator's title says it of that mention only: the capital's politics
    name legislators of every state."""
    state, city, legislator = _cues()
    if state.match(text, end) or legislator.match(text, end) or PARTY_MEMBER.match(text, end):
        return True
    return False if city.match(text, end) else None


@lru_cache(maxsize=1)
def _listed() -> tuple[re.Pattern, re.Pattern]:
    """Another state's name listed right after a mention (", Oregon", " and Oregon") or right before
    it ("Colorado and ", "Iowa, "); the states whose bare name means a city are not evidence."""
    names = sorted((p.name for p in load_lexicon().places if p.kind == "state" and not p.bare), key=len, reverse=True)
    alt, joint = "|".join(map(re.escape, names)), r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
    return re.compile(joint + r"(?:" + alt + r")(?![\w-])"), re.compile(r"(?<![\w-])(?:" + alt + r")" + joint + r"$")


def listed_with_states(text: str, start: int, end: int) -> bool:
    """Whether a bare state name at ``start:end`` is one of a list of states ("in Washington, Oregon
    and Alaska", "Colorado and Washington"): a list of states names states, not a capital or a city."""
    after, before = _listed()
    return bool(after.match(text, end) or before.search(text[max(0, start - 40) : start]))


def article_says_state(text: str, place) -> bool:
    """Whether the article says the bare name means the state anywhere: "Washington State", "the
    state of Washington", a state cue after any of its mentions; never an article datelined in the
    city ("WASHINGTON (AP) —", "Washington (CNN)", "NEW YORK —"): its reporter writes from the
    capital, and a bare "Washington" no cue gives the state is the capital there ("Tom Foley, who
    represented Washington state" does not make "Capitol Hill in Washington" the state)."""
    state = _cues()[0]
    if _dateline(place.name).search(text[:DATELINE_REACH]):
        return False
    return bool(_state_forms(place.name).search(text)) or any(
        state.match(text, m.end()) for m in re.finditer(rf"(?<!\w){re.escape(place.name)}(?!\w)", text)
    )


DATELINE_REACH = 600
"""A dateline opens the article's body: within this many characters of its start (the title before it)."""


@cache
def _dateline(name: str) -> re.Pattern:
    """The bare name first on a line, in capitals or not, before "(Agency)" or a dash."""
    forms = "|".join(re.escape(f) for f in (name, name.upper()))
    return re.compile(rf"(?m)^[ \t]*(?:{forms})(?:,[^\n—–]{{0,20}})?[ \t]*(?:\([A-Z][\w .&-]{{0,30}}\)|[—–]|-{{1,2}}[ \t])")


@lru_cache(maxsize=1)
def _titled_of() -> re.Pattern:
    """A state's officeholder named right before "of": "Gov. Jay Inslee of ", "Sen. Patty Murray of "."""
    data = load_json("entity_patterns.json")
    titles = "|".join(re.escape(c) for c in data["state_cues"] + data["legislator_cues"] if c[:1].isupper())
    return re.compile(rf"(?<!\w)(?:{titles})\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}of\s+$")


def titled_of(text: str, start: int) -> bool:
    """Whether a bare state name at ``start`` follows an officeholder's title and name and "of" ("Gov. Jay
    Inslee of Washington"): a governor's or a legislator's state, not the capital."""
    return bool(_titled_of().search(text[max(0, start - 80) : start]))
