"""A workplace the model read as a place: "X, chief economist at Jefferies", "Y, a senior fellow at
Third Way". A private job's title (class Person in titles.tsv, no target) joined by "at" to a name the
model labelled a place that no list of places knows (neither places.tsv nor the gazetteer's US states,
counties and cities, :mod:`kg.language.places`) is the name of the employer: an Organization the
person is a member of. A known place stays a place ("a nurse at Boston" names where the job is done,
and no fact is made of it).

"X, a spokesman for the City of Oakdale": the same title joined by "for", "with" or "at" and "the City of" (or
another place noun of entity_patterns.json: "Town", "County", "Village") to a place names the place's own
government as the employer: the holder is a member of the place, as a councilor is."""

from __future__ import annotations

import re

from ..language.governments import government_words
from ..language.places import place
from ..language.titleowners import known_places

_AT = re.compile(r"\s+at\s+(?:the\s+)?")


def employer_at(clusters, t: dict, org: str, text: str) -> bool:
    """Whether the title ``t`` ties its holder by "at" to ``org``, a place no list knows; if so the
    article's entity ``org`` becomes an Organization (every mention of it)."""
    if t.get("cls") != "Person" or t.get("target") or not t.get("at") or not t.get("org"):
        return False
    if clusters.label_of(org) != "Place" or not _AT.fullmatch(text[t["at"][1] : t["org"][0]]):
        return False
    root = clusters.root_of(org)
    name = clusters.name_of(root)
    if name in known_places() or place(name) is not None:
        return False
    for i, (s, e, mention, _) in enumerate(clusters.mentions):
        if clusters.find(i) == root:
            clusters.mentions[i] = (s, e, mention, "Organization")
    return True


def government_of(t: dict, org_label: str, text: str) -> bool:
    """Whether the title ``t`` (a private job's) ties its holder by "for the City of" (a place noun) to a place."""
    if t.get("cls") != "Person" or t.get("target") or not t.get("at") or not t.get("org") or org_label != "Place":
        return False
    return government_words(text[t["at"][1] : t["org"][0]].split(), text[t["org"][0] : t["org"][1]].split())
