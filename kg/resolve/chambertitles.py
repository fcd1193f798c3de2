"""Which chamber of a legislature a person's titles put them in ("representative", "congressman": the lower;
"senator": the upper), from legislatures.json's ``titles`` (complete for the class), and the chambers
legislators.tsv lists a member of Congress in. A bare surname titled for one chamber is not a person of that
surname titled or listed only in the other: "Representative Collins" is not Sen. Susan Collins, "Rep. King" not
"Sen. King" (kg.resolve.corpus keeps such bare surnames apart; kg.resolve.links does not join them to that person)."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.resources import load_json
from .listedchambers import listed_in


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """A legislator's title head word (lower case) -> "upper" or "lower"."""
    return {t: v[0] for t, v in load_json("legislatures.json")["titles"].items() if " " not in t}


def title_chambers(titles) -> frozenset[str]:
    """The chambers (as "chamber:upper", "chamber:lower") that title head words put their holder in."""
    words = _words()
    return frozenset("chamber:" + words[t] for t in titles or () if t in words)


def chamber_for_another(said, held, names) -> bool:
    """Whether a bare surname whose titles (``said``) put it in one chamber would join a person whose own titles
    (``held``) or listed chambers (of ``names``, normalized) are only of the other."""
    mine = title_chambers(said)
    theirs = title_chambers(held) | {"chamber:" + c for c in ("upper", "lower") if any(listed_in(n, c) for n in names)}
    return len(mine) == 1 and bool(theirs) and not mine & theirs


def bare_chamber(e, titles) -> frozenset[str]:
    """The chamber of a local person named by a surname alone whose own article titles it for one chamber."""
    chambers = title_chambers(titles) if all(len(n.split()) == 1 for n in e.names) else frozenset()
    return chambers if len(chambers) == 1 else frozenset()
