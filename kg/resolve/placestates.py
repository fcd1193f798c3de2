"""A US city or county whose name several states share gets the state the article gives it, as one more
name: "Albany, New York" where the text writes "Albany, N.Y." or, in an article about one state (named at
least twice and twice as often as any other, or the only state it names), "Albany" alone; else the only
state the article names that has a city or county of that name ("Montgomery County" in an article naming
Maryland and California). The gazetteer then knows which Albany it is,
so it carries that city's GeoNames id (and joins it across articles) instead of none. A county's bare
name used as the county ("Travis" in an article naming Travis County, "Harris and Travis counties")
gets the county's full name the same way, so the two are one node."""

from __future__ import annotations

import re
from collections import Counter

from ..core.records import LocalEntity
from ..language.identity import place_of
from ..language.places import city, county, county_word, place, state
from ..language.statebodies import dominant


def _state_after(text: str, end: int) -> str | None:
    """The state written right after a mention: ", N.Y.", ", New York", ", CA"."""
    if not text.startswith(",", end):
        return None
    words = text[end + 1 : end + 30].split()
    for k in (3, 2, 1):
        cand = " ".join(words[:k]).rstrip(",;:)")
        for form in (cand, cand.rstrip(".")):
            if form and (st := state(form)) is not None:
                return st.name
    return None


def _as_county(e: LocalEntity, text: str, named: set[str]) -> bool:
    if f"{e.name} County" in named or f"{e.name} Parish" in named:
        return True
    return any(re.match(r"\s+(?:and\s+\w+\s+)?counties\b", text[end : end + 40]) for _, end in e.mentions)


def with_states(entities: list[LocalEntity], text: str) -> list[LocalEntity]:
    places = [e for e in entities if e.cls == "Place"]
    counts: Counter = Counter()
    for e in places:
        p = place(e.name)
        if p is not None and p.kind == "state":
            counts[p.name] += len(e.mentions)
    main = dominant(counts) or (next(iter(counts)) if len(counts) == 1 else None)  # or the only state it names
    named = {e.name for e in places}
    for e in places:  # "Travis" of "Travis County" or "Harris and Travis counties": the county
        if county_word(e.name) and city(e.name) is None and _as_county(e, text, named):
            e.names.append(next(f"{e.name} {w}" for w in ("County", "Parish") if f"{e.name} {w}" in named or w == "County"))
    for e in places:
        if place_of(e.names) is not None or "," in e.name:
            continue
        written = next((s for _, me in e.mentions if (s := _state_after(text, me))), None)
        having = [
            st for st in counts if _in_state(e, st)
        ]  # "Montgomery County" where Maryland is the only state named that has one
        for st in dict.fromkeys(x for x in (written, main, having[0] if len(having) == 1 else None) if x):
            if (full := _in_state(e, st)) is not None:
                e.names.append(f"{full}, {st}")  # "Harris" of "Harris and Travis counties": "Harris County, Texas"
                break
    return entities


def _in_state(e: LocalEntity, st: str) -> str | None:
    """The name of ``e`` that is a city or county of the state ``st``."""
    if city(e.name, st) or county(e.name, st):
        return e.name
    return next((n for n in e.names if county(n, st)), None)
