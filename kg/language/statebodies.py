"""A state's legislature named without the state: "the state Senate", "the Legislature", "North
Carolina's General Assembly", "his state Assembly".

News names a state's chambers by their common names once the state is clear. Each such mention
gets the state's name in front ("New Jersey Senate"), so that it is one body across articles and
never joins another state's chamber or the U.S. Senate. The state is the one written before it
("Wisconsin state Legislature", "North Carolina's General Assembly"), else the state the article is
about: the one it names at least twice and at least twice as often as any other. "Senate" and
"House" count only after "state" ("the state Assembly and Senate" too; the U.S. Senate is "the
Senate" as well). In an article that calls a state's legislature its "General Assembly", "the
Legislature" is that General Assembly. In an article about one state that names that state's
legislature and never Congress or the White House, a bare "Senate" or "House" ("Senate Majority
Leader X") is that state's chamber too; so is one in an article that names no chamber but speaks
of the state's legislature otherwise (a state bill by number, "state lawmakers", "the Statehouse",
"Ohio's House": ``legislature_cues``). The names are data (``state_body_names`` in
entity_patterns.json). A county's bodies named without the county ("the Sheriff's Department") are
named after the county an article is about the same way (``county_body_names``). A court named after "state" ("the state Supreme Court") is that state's court of the
name when courts-db knows it ("Ohio Supreme Court"); so is a court's name that means no federal
court ("the Court of the Judiciary") in an article about one state.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..lexicon.holders import federal_offices, governed, national_holders
from ..lexicon.legislators import holder_key, load_legislators
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .courts import court_id, local_court, state_court
from .places import state, state_names

_BEFORE = re.compile(r"(?:(?P<place>(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)(?:['’]s)?\s+)?(?P<state>[Ss]tate\s+)?$")
_OWNED = re.compile(r"^(.+?)['’]s (.+)$")
_FEDERAL = re.compile(
    r"\b(?:Congress|[Cc]ongressional|Congress(?:wo)?man|Capitol Hill|White House|U\.?S\.? (?:Senate|House)|United States (?:Senate|House))\b"
)
_MEMBER = re.compile(r"\b[DRI]-([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?)")  # "Sen. X, D-N.D.": a member of Congress
_TITLED = re.compile(
    r"(?<![Ss]tate )\b(?:Sen\.|Senator|Rep\.|Representative)\s+([A-Z][\w'’.-]*\s[A-Z][\w'’-]+)"
)  # not "state Sen. X"
_PAIRED = re.compile(r"[Ss]tate\s+(?:Assembly|House|Senate)\s+and\s+(?:the\s+)?$")  # "the state Assembly and Senate"
_CAPITALIZED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")  # a run of capitalized words, a name's candidates
_END = re.compile(r"\b[a-z0-9]+[.!?][\"”’']*\s|\n")  # a sentence's end: not after "Gov." nor "D.C."


def _federal(text: str, main: str) -> bool:
    """Whether the article speaks of Congress: names it, the White House, or a member of Congress by the
    party and state after the name ("Sen. Ada Ruiz, D-N.D.", "R-Texas"; a state legislator's tag gives
    a town: "R-Fargo"), or by a congressional title before the name of a member ``legislators.tsv``
    lists for another state than ``main``, the one the article is about ("Sen. Kay Hagan" in an article
    about Kansas; not "Rep. Tim Moore" in one about North Carolina, its House speaker before Congress), or
    such a member under a chamber leader's title ("Senate Majority Leader X", "Republican Whip X":
    ``leader_titles`` of legislatures.json), unless the name is also on a list of other offices (a
    president, a governor, a federal officer: the article may name them for that office)."""
    home, members = (place.state if (place := state(main)) else None,), _member_states()
    return (
        bool(_FEDERAL.search(text))
        or any(state(m.group(1)) or state(m.group(1).split()[0]) for m in _MEMBER.finditer(text))
        or any((k := holder_key(m.group(1))) in members and members[k] != home for m in _TITLED.finditer(text))
        or any(_other_member(text, m, home, members) for m in _CAPITALIZED.finditer(text))
    )


def _other_member(text: str, run: re.Match, home: tuple, members: dict) -> bool:
    """Whether the capitalized words of ``run`` hold a chamber leader's title (not after "state") followed by
    the full name of a member of Congress listed for another state than ``home`` and for no other office."""
    words = [] if re.search(r"[Ss]tate\s+$", text[max(0, run.start() - 8) : run.start()]) else run.group().split()
    titles = load_json("legislatures.json")["leader_titles"]
    for i in range(1, len(words) - 1):
        if not any(" ".join(words[:i]).lower().endswith(t) for t in titles):
            continue
        for name in (" ".join(words[i : i + n]) for n in (2, 3) if i + n <= len(words)):
            k = holder_key(name)
            if k in members and members[k] != home and k not in _national() and not governed(name) and not federal_offices(name):
                return True
    return False


@lru_cache(maxsize=1)
def _national() -> frozenset[str]:
    return frozenset(holder_key(n) for n in national_holders())


@lru_cache(maxsize=1)
def _member_states() -> dict[str, tuple[str, ...]]:
    """holder_key of each name form of a member of Congress -> the states of the members of that name."""
    out: dict[str, set[str]] = {}
    for leg in load_legislators():
        for form in leg.forms:
            out.setdefault(holder_key(form), set()).add(leg.state)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def dominant(counts: Counter):
    """What an article is about among counted mentions: named at least twice and at least twice as
    often as anything else; None when nothing is."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


@lru_cache(maxsize=1)
def _names() -> dict:
    return load_json("entity_patterns.json")["state_body_names"]


def state_body_names(
    text: str, mentions: list[tuple[int, int, str, str]], canonical: dict[int, str], place_kinds: dict[str, str]
) -> dict[int, str]:
    """Mention index -> full name ("<State> <Body>") for the state chambers named without their state."""
    data = _names()
    always, after_state = set(data["always"]), set(data["after_state"])
    states: Counter = Counter()
    for i, m in enumerate(mentions):
        name = canonical.get(i, m[2])
        if m[3] == "Place" and place_kinds.get(name) == "state":
            states[name] += 1
    main = dominant(states)
    out = {}
    courts = {m[2] for m in mentions if m[3] == "Court"}
    for i, (start, _, name, label) in enumerate(mentions):
        if label == "Court":  # "the state Supreme Court": the state's court of that name in courts-db
            fuller = any(c != name and f" {name} " in f" {c} " for c in courts)  # "the 5th Circuit Court of Appeals"
            if court := _state_court(text, start, name, place_kinds, main, fuller):
                out[i] = court
            continue
        if label != "Agency":
            continue
        owned = _OWNED.match(name)  # "North Carolina's General Assembly"
        if owned and place_kinds.get(owned.group(1)) == "state" and owned.group(2) in always | after_state:
            out[i] = f"{owned.group(1)} {owned.group(2)}"
            continue
        body = name[6:] if name.startswith("State ") else name
        m = _BEFORE.search(text, max(0, start - 40), start)
        said_state = (
            name.startswith("State ") or bool(m and m.group("state")) or bool(_PAIRED.search(text, max(0, start - 40), start))
        )
        if not (name in always or body in always or (body in after_state and said_state)):
            continue
        place = m.group("place") if m and m.group("place") else None
        state = place if place is not None and place_kinds.get(place) == "state" else main
        if state is not None:
            out[i] = f"{state} {'State ' + body if name.startswith('State ') else body}"
    named = {mentions[i][2]: full for i, full in sorted(out.items())}
    for i, (_, _, name, label) in enumerate(mentions):  # "the state Senate ... the Senate": the same chamber
        if label == "Agency" and i not in out and name in named and any(j < i and mentions[j][2] == name for j in out):
            out[i] = named[name]
    chambers = always | after_state
    named_here = [out.get(i, m[2]) for i, m in enumerate(mentions) if m[3] == "Agency"]
    if (
        main is not None
        and not _federal(text, main)
        and (
            any(n.startswith(main + " ") and n[len(main) + 1 :].removeprefix("State ") in chambers for n in named_here)
            or _legislature_cue(text, mentions, main, chambers)
        )
    ):
        for i, (start, end, name, label) in enumerate(mentions):  # "Assembly Speaker X and Senate Majority Leader Y"
            if label == "Agency" and i not in out and name in after_state and not _unsure(text, start, end, main):
                out[i] = f"{main} {name}"
    for i, full in list(out.items()):  # a state whose legislature the article calls its General Assembly
        state = full[: -len(" Legislature")] if full.endswith(" Legislature") else None
        if state and f"{state} General Assembly" in out.values():
            out[i] = f"{state} General Assembly"
    return out


def _unsure(text: str, start: int, end: int, main: str) -> bool:
    """Whether a bare chamber written at [start, end) may not be the state's though the article is about it:
    its sentence names another state ("Maryland Gov. X and Senate President Y" in an article about
    Pennsylvania), or an election noun follows it ("the tight Senate race": Congress's seat as often)."""
    ends = [m.end() for m in _END.finditer(text, max(0, start - 400), min(len(text), end + 400))]
    s, e = max((k for k in ends if k <= start), default=0), min((k for k in ends if k > end), default=len(text))
    after = re.match(r"\s*(\w+)", text[end : end + 30])  # election_nouns: "race", "seat", "primary" ...
    other = any(state(m.group()) != state(main) for m in _state_names().finditer(text, s, e))
    return other or bool(after and after.group(1).lower() in load_json("relation_cues.json")["election_nouns"])


@lru_cache(maxsize=1)
def _state_names() -> re.Pattern:
    """A state's name or AP abbreviation ("Idaho", "Calif."), not its postal code, nor a name that alone
    means a city ("Washington", "New York": places.tsv ``bare``)."""
    bare = {p.name for p in load_lexicon().places if p.bare}
    names = sorted((n for n in state_names() if len(n) > 2 and n not in bare), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


def _legislature_cue(text: str, mentions: list[tuple[int, int, str, str]], main: str, chambers: set[str]) -> bool:
    """Whether an article about the state ``main`` speaks of its legislature without naming a chamber
    by a name only a state's has: a state bill by number ("HB 41", ``state_bill``), a cue phrase
    ("state lawmakers", "the Statehouse": ``legislature_cues``) or the state's chamber written with its
    possessive ("Ohio's House", "West Virginia's House of Delegates")."""
    bill = re.compile(load_json("entity_patterns.json")["state_bill"])
    if any(m[3] == "Law" and bill.match(m[2]) for m in mentions):
        return True
    if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text) for c in _names().get("legislature_cues", [])):
        return True
    owned = "|".join(re.escape(c) for c in sorted(chambers, key=len, reverse=True))
    return re.search(rf"\b{re.escape(main)}['’]s (?:{owned})\b", text) is not None


def _state_court(text: str, start: int, name: str, place_kinds: dict[str, str], main: str | None, fuller: bool) -> str | None:
    """ "<State> <court>" for a court named after "state" ("the state Supreme Court") in the state written
    before it or the state the article is about, when courts-db knows that court; without "state", a
    name that means no federal court in the article's state, unless the article names a court whose
    name holds it (``fuller``: "the Court of Appeals" of "the 5th Circuit Court of Appeals")."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if not (m and m.group("state")):  # "the Court of the Judiciary" in an article about Alabama
        if not main or fuller or place_kinds.get(main) != "state" or court_id(name) is not None:
            return None
        if state_court(name, main):
            return f"{main} {name}"
        return f"{name}, {main}" if local_court(name, main) else None  # "Montgomery Circuit Court, Alabama"
    place = m.group("place") if m.group("place") and place_kinds.get(m.group("place")) == "state" else main
    return f"{place} {name}" if place and court_id(f"{place} {name}") else None


def county_body_names(mentions: list[tuple[int, int, str, str]], canonical: dict[int, str]) -> dict[int, str]:
    """Mention index -> "<County> <Body>" for a county's bodies named without the county ("the
    Sheriff's Department", "the Board of Supervisors") in an article about one county: the county
    named at least twice and twice as often as any other (``county_body_names`` in
    entity_patterns.json)."""
    return _local_body_names(
        mentions, canonical, "county_body_names", lambda name: bool(re.search(r"\s(?:County|Parish)$", name))
    )


def city_body_names(mentions: list[tuple[int, int, str, str]], canonical: dict[int, str], kinds: dict) -> dict[int, str]:
    """Mention index -> "<City> <Body>" for a city's bodies named without the city ("the Police
    Department", "the City Council": ``city_body_names`` in entity_patterns.json) in an article about one
    city: the place neither a state nor a country the lexicon knows (nor a county) named at least twice
    and twice as often as any other. Otherwise the name stays bare, and a bare name is nobody's body."""
    return _local_body_names(
        mentions, canonical, "city_body_names", lambda name: name not in kinds and not name.endswith(("County", "Parish"))
    )


def _local_body_names(mentions, canonical: dict[int, str], key: str, is_place) -> dict[int, str]:
    """Mention index -> "<Place> <Body>" for the Agency mentions named by a word of ``key`` (entity_patterns.json)
    in an article whose dominant place of those ``is_place`` accepts is that place."""
    words = set(load_json("entity_patterns.json")[key])
    if not any(m[3] == "Agency" and m[2] in words for m in mentions):
        return {}
    places = Counter(name for i, m in enumerate(mentions) if m[3] == "Place" and is_place(name := canonical.get(i, m[2])))
    place = dominant(places)
    return {i: f"{place} {m[2]}" for i, m in enumerate(mentions) if place is not None and m[3] == "Agency" and m[2] in words}
