"""Which chamber of Congress the list (``legislators.tsv``) puts a full name in, and whether an article
names a state's chamber of the same kind, for a bare "Sen." or "Rep." (kg.resolve.chambers).

A title "Sen." before the full name of a member the list has in the Senate alone is that member of the
U.S. Senate even in an article that speaks of some state legislature ("the speaker of the state House"
in a survey of Senate races), unless the article names a state's own chamber of the same kind ("the
state Senate", "state Sen. Y", "the Ohio Senate"): there the title may be a state senator's who shares
the name, and the level stays unknown. The same holds for "Rep." and a state's lower chamber ("state
Rep.", "the state House", "Assemblyman", "House of Delegates").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.legislators import legislator_names, load_legislators
from ..lexicon.resources import load_json

_STATE_CHAMBER = {
    "upper": re.compile(r"\b[Ss]tate\s+(?:Sen\.|[Ss]enat)"),
    "lower": re.compile(
        r"\b[Ss]tate\s+(?:Rep\.|Reps\.|[Rr]epresentative|[Hh]ouse|[Aa]ssembl|[Dd]elegate)|"
        r"Assembly(?:man|woman|men|women| ?member)|House of Delegates|\bDel\.\s"
    ),
}


def listed_in(name: str, chamber: str) -> bool:
    """Whether every listed legislator the full name ``name`` may be sat in ``chamber`` (upper: the
    Senate, lower: the House) of Congress."""
    found = legislator_names().get(name) if len(name.split()) > 1 else frozenset()
    return bool(found) and all(_listed_chambers().get(n) == {"upper": "senate", "lower": "house"}[chamber] for n in found)


def unlisted(name: str) -> bool:
    """Whether the full name ``name`` is no member of Congress's of ``legislators.tsv`` (a bare surname may be)."""
    return len(name.split()) > 1 and not legislator_names().get(name)


def state_chamber_named(text: str, names: set[str], chamber: str) -> bool:
    """Whether the article names a state's chamber of the kind ``chamber`` (upper, lower): written after
    "state" ("the state Senate", "state Rep. X"), by a title only its members hold ("Assemblyman X"), or
    among ``names``, the article's bodies, by a state's name for it ("Ohio Senate", "California State
    Assembly": legislatures.json)."""
    return bool(_STATE_CHAMBER[chamber].search(text)) or bool(names & _state_chambers()[chamber])


@lru_cache(maxsize=1)
def _state_chambers() -> dict[str, frozenset[str]]:
    states = load_json("legislatures.json")["states"].values()
    return {k: frozenset(n for s in states for n in s.get(k, [])) for k in ("upper", "lower")}


@lru_cache(maxsize=1)
def _listed_chambers() -> dict[str, str]:
    return {leg.name: leg.chamber for leg in load_legislators()}
