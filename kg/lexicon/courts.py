"""Court names as courts-db (Free Law Project) knows them: every US court with its name variants
(regular expressions), its CourtListener id ("ca9") and where it sits. :func:`named_court` looks a
name up whole, also in the long forms of the short ones news writers use ("the Ninth Circuit", "the
10th U.S. Court of Appeals", "U.S. District Court ...", "Pennsylvania Supreme Court" as "Supreme
Court of Pennsylvania"); more than one court -> None. A court courts-db lists as abolished (every
date range ended: the old U.S. Circuit Courts) names nothing in the news.

The data is read once per process. Each regex is indexed by the longest literal text every match
must contain, so a name is tried only against the regexes whose literal it holds (a few hundred of
8,383). :mod:`kg.language.courts` adds what needs places and articles (local courts, a state's court).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

CANDIDATE = re.compile(r"\b(Court|Circuit)\b")
US_PREFIX = re.compile(r"^(?:the\s+)?(?:U\.\s?S\.|US|United States|federal)\s+", re.IGNORECASE)
ORDINAL_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh")
ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)}|D\.C\.|DC|Federal)"
SHORT_CIRCUIT = re.compile(
    rf"^(?:the\s+)?(?:U\.S\.\s+|US\s+)?({ORDINAL})\s+(?:U\.S\.\s+|US\s+)?"
    r"(?:Circuit(?:\s+U\.S\.)?(?:\s+(?:Circuit\s+)?(?:Court(?:\s+of\s+Appeals)?|Appeals\s+Court))?|Circuit\s+Court\s+of\s+Appeals|Court\s+of\s+Appeals)$"
)
TOWN_COURT = re.compile(r"^([A-Z][\w.' -]*?) (Town|Village) Court$")
MIN_LITERAL = 4


def _required(items) -> list[str]:
    """Literal texts every match of a parsed regex must contain (runs of literal characters outside
    alternatives and optional parts)."""
    from re import _constants as c

    out, cur = [], []
    for op, av in items:
        if op is c.LITERAL:
            cur.append(chr(av))
            continue
        if cur:
            out.append("".join(cur))
            cur = []
        if op is c.SUBPATTERN:
            out += _required(av[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            out += _required(av[2])
    if cur:
        out.append("".join(cur))
    return out


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[str, tuple[tuple[re.Pattern, str, str, str | None], ...]], ...]:
    """(literal, regexes that need it) for every court courts-db lists as still sitting; literal ""
    for a regex with none long enough (tried on every name)."""
    from re import _parser

    from courts_db import regexes

    by_key: dict[str, list] = defaultdict(list)
    for rx, cid, _n, ctype, _loc, parent in regexes:
        rx = rx if isinstance(rx, re.Pattern) else re.compile(rx)
        if _abolished(cid):
            continue
        literals = [s.strip().casefold() for s in _required(_parser.parse(rx.pattern, rx.flags))]
        key = max((s for s in literals if len(s) >= MIN_LITERAL), key=len, default="")
        by_key[key].append((rx, cid, ctype, parent))
    return tuple((k, tuple(v)) for k, v in by_key.items())


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict]:
    from courts_db import courts

    return {c["id"]: c for c in courts}


def _abolished(court_id: str) -> bool:
    dates = (_by_id().get(court_id) or {}).get("dates") or []
    return bool(dates) and all(d.get("end") for d in dates)


def court(court_id: str) -> dict | None:
    """The courts-db record of a CourtListener id."""
    return _by_id().get(court_id)


@lru_cache(maxsize=8192)
def court_ids(name: str) -> frozenset[str]:
    """The ids of the courts a regex of which covers all of ``name`` (a court's parent left out)."""
    bankruptcy = "bankruptcy" in name.lower()
    folded = name.casefold()
    found = {}
    for key, group in _index():
        if key not in folded:
            continue
        for rx, cid, ctype, parent in group:
            if (ctype == "bankruptcy") == bankruptcy and rx.fullmatch(name):
                found[cid] = parent
    parents = {p for p in found.values() if p}
    return frozenset(cid for cid in found if cid not in parents)


def _forms(name: str, state: str | None) -> list[str]:
    name = re.sub(r"\s+", " ", name.strip().rstrip(".,;:")).removeprefix("the ").removeprefix("The ")
    out = [name]
    if US_PREFIX.match(name):
        out.append(US_PREFIX.sub("United States ", name).replace("D.C. Circuit", "District of Columbia Circuit"))
    if m := SHORT_CIRCUIT.match(name):
        circuit = {"D.C.": "District of Columbia", "DC": "District of Columbia"}.get(m.group(1), m.group(1))
        out.append(f"United States Court of Appeals for the {circuit} Circuit")
    if (m := TOWN_COURT.match(name)) and state in (None, "New York"):
        # New York's town and village courts are its justice courts: courts-db names "Ramapo Town
        # Court" "Justice Court of Town of Ramapo" (and lists "Amherst Town Court" beside "Amherst Justice Court")
        place, unit = m.groups()
        out += [f"{place} Justice Court", f"Justice Court of {unit} of {place}", f"Justice Court of the {unit} of {place}"]
    if state:
        out.append(f"{state} {re.sub(r'^(?:state|State)(?:.s)? ', '', name)}")
    words = name.replace("D.C.", "District of Columbia").split()
    for k in range(1, len(words) - 1):  # "Pennsylvania Supreme Court" as "Supreme Court of Pennsylvania"
        out += [f"{' '.join(words[k:])} of {' '.join(words[:k])}", f"{' '.join(words[k:])} of the {' '.join(words[:k])}"]
    return out


@lru_cache(maxsize=4096)
def named_court(name: str, state: str | None = None) -> str | None:
    """The CourtListener id of the one court ``name`` names by courts-db's variants (``state``: the
    state meant by "the state Supreme Court"), or None."""
    if not CANDIDATE.search(name):
        return None
    for form in _forms(name, state):
        ids = court_ids(form)
        if len(ids) == 1:
            return next(iter(ids))
        if ids:
            return None
    return None
