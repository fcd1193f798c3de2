"""The names of legislatures and their chambers (``legislatures.json``: Congress and every state's)."""

from __future__ import annotations

from functools import cache

from .resources import load_json

KINDS = ("legislature", "upper", "lower")


@cache
def legislative_names(kinds: tuple[str, ...] = KINDS) -> frozenset[str]:
    """Every name, federal and of each state, of the bodies of ``kinds`` (a legislature, its upper or lower chamber)."""
    data = load_json("legislatures.json")
    bodies = [data["federal"], *data["states"].values()]
    return frozenset(n for b in bodies for k in kinds for n in b.get(k, []))
