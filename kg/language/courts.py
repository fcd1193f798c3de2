"""Courts by name, from ``courts-db`` (Free Law Project): every US court it knows, its name variants
(as regular expressions), its CourtListener id ("ca9") and where it sits.

courts-db is better than a hand list: 2,800 courts (federal, state, territorial, tribal) with the
spellings lawyers and clerks actually use, kept up to date by the people who run CourtListener.

A name is looked up whole (a regex must cover all of it). The short forms news writers use are
tried in their long form: "the Ninth Circuit" as "United States Court of Appeals for the Ninth
Circuit", "U.S. District Court ..." as "United States District Court ...", "the state Supreme Court"
as "<State> Supreme Court" when the state is known, "Pennsylvania Supreme Court" as "Supreme Court of
Pennsylvania". More than one court left -> no court (unknown is
better than wrong). The data is read once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

CANDIDATE = re.compile(r"\b(Court|Circuit)\b")
US_PREFIX = re.compile(r"^(?:the\s+)?(?:U\.\s?S\.|US|United States|federal)\s+", re.IGNORECASE)
SHORT_CIRCUIT = re.compile(r"^(?:the\s+)?(?:U\.S\.\s+)?([\w.]+|D\.C\.)\s+Circuit(?:\s+Court(?:\s+of\s+Appeals)?)?$")


@lru_cache(maxsize=1)
def _regexes() -> tuple[tuple[re.Pattern, str, str, str | None], ...]:
    from courts_db import regexes

    return tuple(
        (rx if isinstance(rx, re.Pattern) else re.compile(rx), cid, ctype, parent) for rx, cid, _n, ctype, _loc, parent in regexes
    )


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict]:
    from courts_db import courts

    return {c["id"]: c for c in courts}


def court(court_id: str) -> dict | None:
    """The courts-db record of a CourtListener id."""
    return _by_id().get(court_id)


def _whole(name: str) -> set[str]:
    bankruptcy = "bankruptcy" in name.lower()
    found = {}
    for rx, cid, ctype, parent in _regexes():
        if (ctype == "bankruptcy") != bankruptcy:
            continue
        m = rx.search(name)
        if m and m.end() - m.start() == len(name):
            found[cid] = parent
    parents = {p for p in found.values() if p}
    return {cid for cid in found if cid not in parents}


def _forms(name: str, state: str | None) -> list[str]:
    name = re.sub(r"\s+", " ", name.strip().rstrip(".,;:")).removeprefix("the ").removeprefix("The ")
    out = [name]
    if US_PREFIX.match(name):
        out.append(US_PREFIX.sub("United States ", name))
    if m := SHORT_CIRCUIT.match(name):
        circuit = "District of Columbia" if m.group(1) == "D.C." else m.group(1)
        out.append(f"United States Court of Appeals for the {circuit} Circuit")
    if state:
        out.append(f"{state} {re.sub(r'^(?:state|State)(?:.s)? ', '', name)}")
    words = name.replace("D.C.", "District of Columbia").split()
    for k in range(1, len(words) - 1):  # "Pennsylvania Supreme Court" as "Supreme Court of Pennsylvania"
        out += [f"{' '.join(words[k:])} of {' '.join(words[:k])}", f"{' '.join(words[k:])} of the {' '.join(words[:k])}"]
    return out


@lru_cache(maxsize=4096)
def court_id(name: str, state: str | None = None) -> str | None:
    """The CourtListener id of the one court ``name`` names (``state``: the state meant by "the state
    Supreme Court"), or None."""
    if not CANDIDATE.search(name):
        return None
    for form in _forms(name, state):
        ids = _whole(form)
        if len(ids) == 1:
            return ids.pop()
        if ids:
            return None
    return None


def jurisdiction(court_id: str) -> str | None:
    """The place a court's jurisdiction covers: a state's name, or "United States" for the federal
    courts of appeals and the Supreme Court (a district court: its state)."""
    c = court(court_id)
    if c is None:
        return None
    if c.get("system") == "federal" and c.get("type") == "appellate":
        return "United States"
    return c.get("location") or None
