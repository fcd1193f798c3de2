"""Which chamber of Congress the list (``legislators.tsv``) puts a full name in, and whether an article
names a state's chamber of the same kind, for a bare "Sen." or "Rep." (kg.resolve.chambers).

A title "Sen." before the full name of a member the list has in the Senate alone is that member of the
U.S. Senate even in an article that speaks of some state legislature ("the speaker of the state House"
in a survey of Senate races), unless the article names a state's own chamber of the same kind ("the
state Senate", "state Sen. Y", "the Ohio Senate"): there the title may be a state senator's who shares
the name, and the level stays unknown. The same holds for "Rep." and a state's lower chamber ("state
Rep.", "the state House", "Assemblyman", "House of Delegates").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.legislators import legislator_names, load_legislators
from ..lexicon.resources import load_json

_STATE_CHAMBER = {
    "upper": re.compile(r"\b[Ss]tate\s+(?:Sen\.|[Ss]enat)"),
    "lower": re.compile(
        r"\b[Ss]tate\s+(?:Rep\.|Reps\.|[Rr]epresentative|[Hh]ouse|[Aa]ssembl|[Dd]elegate)|"
        r"Assembly(?:man|woman|men|women| ?member)|House of Delegates|\bDel\.\s"
    ),
}


def listed_in(name: str, chamber: str) -> bool:
    """Whether every listed legislator the full name ``name`` may be sat in ``chamber`` (upper: the
    Senate, lower: the House) of Congress."""
    found = legislator_names().get(name) if len(name.split()) > 1 else frozenset()
    return bool(found) and all(_listed_chambers().get(n) == {"upper": "senate", "lower": "house"}[chamber] for n in found)


def unlisted(name: str) -> bool:
    """Whether the full name ``name`` is no member of Congress's of ``legislators.tsv`` (a bare surname may be)."""
    return len(name.split()) > 1 and not legislator_names().get(name)


def state_chamber_named(text: str, names: set[str], chamber: str) -> bool:
    """Whether the article names a state's chamber of the kind ``chamber`` (upper, lower): written after
    "state" ("the state Senate", "state Rep. X"), by a title only its members hold ("Assemblyman X"), or
    among ``names``, the article's bodies, by a state's name for it ("Ohio Senate", "California State
    Assembly": legislatures.json)."""
    return bool(_STATE_CHAMBER[chamber].search(text)) or bool(names & _state_chambers()[chamber])


@lru_cache(maxsize=1)
def _state_chambers() -> dict[str, frozenset[str]]:
    states = load_json("legislatures.json")["states"].values()
    return {k: frozenset(n for s in states for n in s.get(k, [])) for k in ("upper", "lower")}


@lru_cache(maxsize=1)
def _listed_chambers() -> dict[str, str]:
    return {leg.name: leg.chamber for leg in load_legislators()}


def congress_chamber_cues(text: str, titles: list[dict], chamber: str) -> list[int]:
    """Where the article names Congress's chamber of the kind ``chamber`` (upper, lower): by its name ("the
    U.S. Senate", legislatures.json), or by a legislator's title of that chamber, not a state's, before the
    full name of a member the list has in it ("Nebraska Sen. X", "Rep. X"), or as the body of such a
    member's title ("Senate Majority Leader X")."""
    names = load_json("legislatures.json")["federal"][chamber]
    out = [m.start() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    for t in titles:
        words, person, at = (t.get("title") or "").lower().split(), t.get("person"), t.get("at")
        entry = next((e for k in range(len(words)) if (e := _titles().get(" ".join(words[k:])))), None)
        if not (person and at and listed_in(text[person[0] : person[1]], chamber)):
            continue
        if entry and entry[0] == chamber and entry[1] != "state" and "state" not in words:
            out.append(at[0])
        elif (org := t.get("org")) and chamber_word(text[org[0] : org[1]]) == chamber:
            out.append(org[0])  # "Senate Majority Leader X": the chamber a listed member leads
    return out


def state_chamber_kind(name: str) -> str | None:
    """Which kind of chamber (upper, lower) ``name`` is as a state's name for it ("Ohio Senate"), if any."""
    return next((k for k in ("upper", "lower") if name in _state_chambers()[k]), None)


@lru_cache(maxsize=1)
def _titles() -> dict[str, list[str]]:
    return load_json("legislatures.json")["titles"]


def chamber_word(name: str) -> str | None:
    """Which chamber of Congress the bare word ``name`` is ("Senate": upper, "House": lower), if any."""
    federal = load_json("legislatures.json")["federal"]
    return next((k for k in ("upper", "lower") if name == min(federal[k], key=len).split()[-1]), None)


def listed_states(name: str, chamber: str) -> frozenset[str]:
    """The postal codes of the states the listed legislators the full name ``name`` may be sat for in
    ``chamber`` (upper, lower) of Congress."""
    found = legislator_names().get(name) if len(name.split()) > 1 else frozenset()
    seat = {"upper": "senate", "lower": "house"}[chamber]
    return frozenset(leg.state for leg in load_legislators() if leg.name in (found or ()) and leg.chamber == seat)


def names_a_race(name: str, text: str, end: int) -> bool:
    """Whether a name of a state's chamber, or another name of more than one word ending on a chamber's word
    but none of Congress's ("New Hampshire Republican Senate"), ending at ``end``, names a race, not a body:
    an election noun follows it ("the Ohio Senate race", "the Ohio Senate runoff": ``election_nouns`` of
    relation_cues.json), as often a race for the state's seat in Congress as for its own chamber."""
    after = re.match(r"\s*(\w+)", text[end : end + 30])
    if after is None or after.group(1).lower() not in _election_nouns():
        return False
    words, federal = name.split(), load_json("legislatures.json")["federal"]
    congress = any(name in federal[k] for k in ("upper", "lower", "legislature"))
    return state_chamber_kind(name) is not None or (len(words) > 1 and chamber_word(words[-1]) is not None and not congress)


@lru_cache(maxsize=1)
def _election_nouns() -> frozenset[str]:
    return frozenset(load_json("relation_cues.json")["election_nouns"])


def congress_rival(doc, text: str, mentions: list[tuple], i: int, cands: list[int]) -> bool:
    """Whether the bare chamber word of mention ``i`` ("the Senate") means Congress's chamber of its kind,
    not the one other body of that head the article names in full (``cands``: "Ohio Senate"): the article
    names Congress's chamber too (its name; a title of that chamber before a member the list has in it,
    "Sen. X"; the chamber of such a member's title, "Senate Majority Leader X"), in the word's sentence
    and the other body not, else last before the word (kg.resolve.coreflinks). Never the chamber of a title
    held by a full name on no list of Congress ("Senate President X": the state's, as the list is complete)."""
    kind, (at, end) = chamber_word(mentions[i][2]), mentions[i][:2]
    federal_names = load_json("legislatures.json")["federal"].get(kind or "", [])
    others = [mentions[j][0] for j in cands if mentions[j][2] not in federal_names]
    if kind is None or not others or _unlisted_holder(text, doc._.kg_titles or [], at, end):
        return False
    federal = congress_chamber_cues(text, doc._.kg_titles or [], kind)
    if not federal:
        return False
    sent = doc.char_span(at, end, alignment_mode="expand").sent
    inside = lambda ps: any(sent.start_char <= p < sent.end_char for p in ps)  # noqa: E731
    if inside(federal) != inside(others):
        return inside(federal)
    before = [p for p in federal + others if p <= at]  # else the last named before it ("the Senate vote")
    return max(before) in federal if before else min(federal) < min(others)


def _unlisted_holder(text: str, titles: list[dict], start: int, end: int) -> bool:
    """Whether the chamber word at [start, end) is the body of a title before a full name that is no member
    of Congress's on the list ("Senate President X")."""
    for t in titles:
        if t.get("org") == [start, end] and (person := t.get("person")):
            return unlisted(text[person[0] : person[1]])
    return False
