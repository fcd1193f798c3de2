"""A US city or county whose name several states share gets the state the article gives it, as one more
name: "Albany, New York" where the text writes "Albany, N.Y." or, in an article about one state (named at
least twice and twice as often as any other, or the only state it names), "Albany" alone; a county, else,
the only state the article names that has a county of that name ("Montgomery County" in an article naming
Maryland and California; not a city: "a Georgetown bakery" in an article naming Texas is no Texan city). The gazetteer then knows which Albany it is,
so it carries that city's GeoNames id (and joins it across articles) instead of none. A county's bare
name used as the county ("Travis" in an article naming Travis County, "Baltimore and Howard counties")
is named by the county's full name, so the two are one node."""

from __future__ import annotations

import re
from collections import Counter

from ..core.records import LocalEntity
from ..language.identity import place_of
from ..language.places import city, county, county_word, place, state
from ..language.statebodies import dominant

COUNTY_WORDS = (" County", " Parish")


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


COUNTIES_AFTER = re.compile(r"\s+(?:and\s+\w+\s+)?counties\b")


def _county_of(e: LocalEntity, text: str, named: set[str]) -> str | None:
    """The county a county's bare name means ("Howard" of "Baltimore and Howard counties": every
    mention before "counties"; "Travis" in an article naming "Travis County", when no city has that
    name), or None."""
    full = next((f"{e.name} {w}" for w in ("County", "Parish") if f"{e.name} {w}" in named), f"{e.name} County")
    if not county_word(e.name):
        return None
    if all(COUNTIES_AFTER.match(text[end : end + 40]) for _, end in e.mentions):
        return full
    return full if full in named and city(e.name) is None else None


def with_states(entities: list[LocalEntity], text: str) -> list[LocalEntity]:
    places = [e for e in entities if e.cls == "Place"]
    counts: Counter = Counter()
    for e in places:
        p = place(e.name)
        if p is not None and p.kind == "state":
            counts[p.name] += len(e.mentions)
    main = dominant(counts) or (next(iter(counts)) if len(counts) == 1 else None)  # or the only state it names
    named = {e.name for e in places}
    for e in places:  # "Travis" of "Travis County" or "Harris and Travis counties": the county, by that name
        if (full := _county_of(e, text, named)) is not None:
            e.names[:] = [full, *(n for n in e.names if n not in (full, e.name))]  # "Howard" alone: a Wisconsin city
            e.name = full
    for e in places:
        if place_of(e.names) is not None or "," in e.name:
            continue
        written = next((s for _, me in e.mentions if (s := _state_after(text, me))), None)
        # a county several states share: the only state the article names that has one, unless a state is written after it
        having = [st for st in counts if e.name.endswith(COUNTY_WORDS) and _in_state(e, st)] if written is None else []
        for st in dict.fromkeys(x for x in (written, main, having[0] if len(having) == 1 else None) if x):
            if (full := _in_state(e, st)) is not None:
                e.names.append(f"{full}, {st}")
                break
    return entities


def _in_state(e: LocalEntity, st: str) -> str | None:
    """``e``'s name when it is a city or county of the state ``st``."""
    return e.name if city(e.name, st) or county(e.name, st) else None


def qualified_states(e: LocalEntity) -> frozenset[str]:
    """The states a place's own names write after it ("Springfield, Illinois", "Columbia, S.C."): two
    places qualified by different states are two places, whatever bare name they share."""
    if e.cls != "Place":
        return frozenset()
    out = set()
    for n in e.names:
        head, comma, rest = n.partition(",")
        if comma and head.strip() and (st := state(rest.strip()) or state(rest.strip().rstrip("."))) is not None:
            out.add(st.state)
    return frozenset(out)
