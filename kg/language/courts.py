"""Courts by name, from ``courts-db`` (Free Law Project): every US court it knows, its name variants
(as regular expressions), its CourtListener id ("ca9") and where it sits.

courts-db is better than a hand list: 2,800 courts (federal, state, territorial, tribal) with the
spellings lawyers and clerks actually use, kept up to date by the people who run CourtListener.

A name is looked up whole by :func:`kg.lexicon.courts.named_court` (short forms in their long form,
"the state Supreme Court" as "<State> Supreme Court" when the state is known). A local court ("Cook
County Circuit Court", "Cullman District Court") is the state court of that kind ("Illinois Circuit
Court", "Alabama District Courts") of the one state whose county or city of that name has such a
court. More than one court left -> no court (unknown is better than wrong).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.courts import CANDIDATE, ORDINAL_WORDS, court, court_ids, named_court

STATE_AFTER = re.compile(r"^(.+?),\s*([A-Z][A-Za-z. ]+)$")

__all__ = ["CANDIDATE", "ORDINAL_WORDS", "court", "court_id", "jurisdiction", "local_court", "state_court"]


@lru_cache(maxsize=4096)
def court_id(name: str, state: str | None = None) -> str | None:
    """The CourtListener id of the one court ``name`` names (``state``: the state meant by "the state
    Supreme Court" or the state of a local court's county), or None."""
    if not CANDIDATE.search(name):
        return None
    if state is None and (m := STATE_AFTER.match(name)) and (st := _state_name(m.group(2))):
        return court_id(m.group(1), st)  # "Montgomery Circuit Court, Alabama"
    return named_court(name, state) or _local(name, state)


def _state_name(text: str) -> str | None:
    from .places import state

    st = state(text)
    return st.name if st is not None else None


def local_court(name: str, state: str) -> str | None:
    """The court of ``state`` a local court's name without its state names ("Montgomery Circuit
    Court" in an article about Alabama)."""
    return _local(name, state)


def _local(name: str, state: str | None) -> str | None:
    """A local court ("Cook County Circuit Court", "Cullman District Court"): the state court of its
    kind in the state of its county or city; one state's court only, never a federal one."""
    from .places import county_states

    words = re.sub(r"\s+", " ", name.strip()).removeprefix("the ").removeprefix("The ").split()
    for k in range(1, len(words) - 1):
        place, kind = " ".join(words[:k]), " ".join(words[k:])
        if not kind.endswith("Court"):
            continue
        found = set()
        for st in county_states(place) if state is None else (state,) if state in county_states(place) else ():
            for form in (f"{kind}, {place}", f"{kind} {place} {st}", f"{st} {kind}", f"{st} {kind}s"):
                ids = {i for i in court_ids(form) if (court(i) or {}).get("system") == "state" and court(i).get("location") == st}
                if len(ids) == 1:
                    found |= ids
                    break
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def state_court(name: str, state: str) -> str | None:
    """The court of ``state`` that a court's name without its state names ("Court of the Judiciary" in
    an article about Alabama), when the name means no federal court ("Supreme Court", "District
    Court", "Court of Appeals" do) and courts-db knows that state's court of the name."""
    if not CANDIDATE.search(name) or any(
        (court(i) or {}).get("system") == "federal" for form in (name, f"United States {name}") for i in court_ids(form)
    ):
        return None
    cid = court_id(f"{state} {name}")
    c = court(cid) if cid else None
    return cid if c and c.get("system") == "state" and c.get("location") == state else None


def jurisdiction(court_id: str) -> str | None:
    """The place a court's jurisdiction covers: a state's name, or "United States" for the federal
    courts of appeals and the Supreme Court (a district court: its state)."""
    c = court(court_id)
    if c is None:
        return None
    if c.get("system") == "federal" and c.get("type") == "appellate":
        return "United States"
    return c.get("location") or None
