"""Kinship nouns (``ontology/lexicon/kinship.json``): "son", "widow", "stepfather" ... for the rules that
read a person named as somebody's relative ("son of X": X says whose son, not who acts)."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.resources import load_json


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("kinship.json")["relatives"])
