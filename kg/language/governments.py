"""A place's own government named as a body: "the City of Oakdale", "the Town of Riverton", "the County of
Harbor" (a place noun of entity_patterns.json, "of", then the place). A title joined to it ("a spokesman for the
City of Oakdale") is a post in the place's government: its holder is a member of the place."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.resources import load_json

PREPS = ("for", "with", "at", "of")


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """ "County", "City", "Town", ... (entity_patterns.json ``place_nouns``)."""
    return frozenset(load_json("entity_patterns.json")["place_nouns"])


def government_words(words: list[str], name: list[str] = ()) -> bool:
    """Whether ``words``, between a title and a place's name ``name`` (its words), are "<for|with|at|of> the
    <place noun> of" ("for the City of"), the place noun in either case ("for the city of"), or "<for|...> the"
    before a name that opens with them ("for the" + "City of Oakdale")."""
    words = list(words)
    if len(words) == 2 and len(name) > 2 and name[1] == "of":
        words += name[:2]
    return (
        len(words) == 4
        and words[0].lower() in PREPS
        and words[1].lower() == "the"
        and words[2].title() in place_nouns()
        and words[3].lower() == "of"
    )
