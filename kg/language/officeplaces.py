"""Where an office named after its place is held: "X, the Marion County sheriff", "X, Kentucky's
attorney general" (kg.language.titleclauses), as "Marion County Sheriff X" is."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json


def office_of(doc: Doc, place: Span, t_start: int, entry) -> bool:
    """ "X, the Marion County sheriff", "X, Kentucky's attorney general": a public office (not "a Texas
    lawyer") written right after its place, as "Marion County Sheriff X" is (issue 15). Not a country's
    office sited there ("the Seattle U.S. attorney"), a lawmaker of a state's or of Congress ("the Georgia
    lawmaker"; "state representative" and "the Tacoma councilman" say), nor a city's or county's body in a state ("the Maryland
    police chief": of some city in it)."""
    between = [t.tag_ for t in doc[place.end : t_start]]
    if entry.cls != "Official" or entry.target in ("", "place") or between not in ([], ["POS"]):
        return False
    kinds, local = _place_kinds(), any(b.strip() in _local_bodies() for b in entry.body.split(";"))
    if kinds.get(doc[t_start].text) == "country" or (
        entry.target == "legislature" and "state" not in entry.title.split() and not local
    ):
        return False
    return not (kinds.get(place.text) == "state" and local)


@lru_cache(maxsize=1)
def _local_bodies() -> frozenset[str]:
    data = load_json("entity_patterns.json")
    return frozenset(data["city_body_names"]) | frozenset(data["county_body_names"])


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    return {n: p.kind for p in load_lexicon().places for n in (p.label, *p.aliases) if n != p.name or not p.bare}
