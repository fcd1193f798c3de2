"""One name, one class in one article (issue 15): the model types some mentions of a name as a place and
others as an organization or agency ("Corona" the beer, "Las Vegas" of "Las Vegas Sheriff X"), or writes the
dateline's city in capitals and takes it for an organization ("DETROIT – Members of the union ...").

- A dateline, a name in capitals that opens its line before a dash, after an optional ", State" or
  "(Agency)" ("DETROIT –", "SPOKANE, Wash. (AP) —"), is a place, named as the article writes it in lower
  case elsewhere ("Detroit"), else in title case.
- A name typed both Place and Organization/Agency in one article is one entity: a place when the article
  writes it as one (after a locative preposition, before its state, as a dateline, or before "police":
  "a Corona police officer") and a gazetteer knows the name as a place; else an organization when the
  model says so of more of its mentions than it says place and none is written as a place. Otherwise the
  mentions stay as the model typed them.
- A name of two words or more typed a person in most of its mentions and a place or an organization in the
  others ("Dana Roe ... a Dana Roe made an online comment") is a person's in all: the model's guess of one
  mention, not a second entity of the same full name. Never a name any mention types an Agency, a Court or
  a Law, nor one typed a person in no more mentions than otherwise.
- A one-word name a gazetteer knows as a US place, typed Place in some mentions and a person in others,
  is a place in all when no person of the article is named in full by it ("the streets of Oakdale" and
  "Oakdale never really healed"; not "Oakdale" beside "Dana Oakdale"), and no mention of it is an Official's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.places import us_name
from ..lexicon.resources import load_json
from .shortnames import STATE_AFTER, place_context

BODY = ("Organization", "Agency")
DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]")
POLICE_AFTER = re.compile(r"\s+police\b")


def dateline(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is written in capitals as a dateline: first on its line, before
    an optional ", State" or "(Agency)" and a dash."""
    name = text[start:end]
    if not (name.isupper() and any(c.isalpha() for c in name)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(DATELINE_AFTER.match(text, end))


def dateline_names(text: str, mentions: list[tuple[int, int, str, str]], place_kinds) -> dict[int, str]:
    """Per mention index not typed Place written as a dateline of a place (one the gazetteer knows, or one the article types
    Place elsewhere): its name as the article writes it not in capitals ("Detroit"), else in title case."""
    places = {m[2] for m in mentions if m[3] == "Place"}
    out = {}
    for i, (s, e, name, label) in enumerate(mentions):
        if label != "Place" and dateline(text, s, e):  # a place's capitals join its other names anyway
            written = [m.group(0) for m in re.finditer(rf"\b{re.escape(name)}\b", text, flags=re.IGNORECASE)]
            form = next((w for w in written if not w.isupper()), name.title())
            if form in places or form in place_kinds or us_name(form):
                out[i] = form
    return out


def placed(text: str, start: int, end: int) -> bool:
    """Written as a place: "in Corona", "Corona, Calif.", a dateline, "a Corona police officer", "the streets of Corona"; "at Corona"
    alone is no cue ("protests at Berkeley": a university as often as a town, as in kg.resolve.cuedplaces)."""
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() == "at":
        return bool(STATE_AFTER.match(text, end)) and place_context(text, end, end)
    if _place_of().search(text, max(0, start - 30), start):  # "the streets of Oakdale" (gazetteer.json place_of_nouns)
        return True
    return place_context(text, start, end) or dateline(text, start, end) or bool(POLICE_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _place_of() -> re.Pattern:
    nouns = "|".join(sorted(load_json("gazetteer.json")["place_of_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) of $")


def one_class_per_name(text: str, mentions: list[tuple[int, int, str, str]], place_kinds) -> dict[int, str]:
    """Per mention index whose label changes: the label of its name in the article (see the module)."""
    by_name: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m[3] in (*BODY, "Place"):
            by_name.setdefault(m[2], []).append(i)
    out = {}
    for name, idx in by_name.items():
        places = [i for i in idx if mentions[i][3] == "Place"]
        bodies = [i for i in idx if mentions[i][3] in BODY]
        if not places or not bodies:
            continue
        written_as_place = any(placed(text, *mentions[i][:2]) for i in idx)
        if written_as_place and (us_name(name) or name in place_kinds):
            out.update({i: "Place" for i in bodies})
        elif not written_as_place and len(bodies) > len(places):
            labels = {mentions[i][3] for i in bodies}
            if len(labels) == 1:
                label = labels.pop()
                out.update({i: label for i in places})
    return out


def persons_and_places(mentions: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """Per mention index whose label changes: a person's full name, a US place's one-word name (see the module)."""
    return one_person_per_full_name(mentions) | one_place_per_place_name(mentions)


def one_place_per_place_name(mentions: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """Per mention index typed Person whose one-word name, a US place's, the article types Place elsewhere
    and names no person in full by: "Place"."""
    by_name: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if " " not in m[2]:
            by_name.setdefault(m[2], []).append(i)
    out = {}
    for name, idx in by_name.items():
        labels = {mentions[i][3] for i in idx}
        if labels != {"Place", "Person"} or not us_name(name):
            continue
        if any(m[3] in ("Person", "Official") and m[2].endswith(" " + name) for m in mentions):
            continue
        out.update({i: "Place" for i in idx if mentions[i][3] == "Person"})
    return out


def one_person_per_full_name(mentions: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """Per mention index typed Place or Organization whose name of two words or more the article types
    Person (or Official) in more of its mentions: "Person"."""
    by_name: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if len(m[2].split()) > 1:
            by_name.setdefault(m[2], []).append(i)
    out = {}
    for idx in by_name.values():
        persons = [i for i in idx if mentions[i][3] in ("Person", "Official")]
        guessed = [i for i in idx if mentions[i][3] in ("Place", "Organization")]
        if guessed and len(persons) > len(guessed) and len(persons) + len(guessed) == len(idx):
            out.update({i: "Person" for i in guessed})
    return out
