"""Surnames alone that name an office holder (for :meth:`kg.resolve.listed.ListedOfficials.upgrade_officials`):
the rare surnames only listed holders of public office bear (legislators.tsv, officeholders.json, the Census surname
table of the ``names`` package for what is rare), and the words that make a sentence one about Congress."""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.descriptors import party_words
from ..language.places import country, state, us_name
from ..language.sex import is_first_name
from ..lexicon.holders import national_holders
from ..lexicon.legislators import load_legislators
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from ..lexicon.surnames import census_surnames, holder_surnames

NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
RARE_RANK = 1000  # Census surnames up to this rank are common enough to be borne by anyone in the news


@lru_cache(maxsize=4096)
def rare_holder_surname(name: str) -> bool:
    """A listed holder's surname outside the Census's ``RARE_RANK`` most frequent, and no country's or state's
    name ("Austria", "Jordan"): a president's or vice president's ("Clinton", "Reagan", "Cheney"), or one member
    of Congress's only (not "Bono": Sonny and Mary Bono, and a singer) that is no given name ("Shelby",
    "Emanuel") nor a US place's ("Greenwood")."""
    if name not in holder_surnames() or name.upper() in census_surnames(RARE_RANK) or country(name) or state(name):
        return False
    if name in national_surnames():
        return True
    bearers = {leg.name for leg in load_legislators() if leg.last == name}
    return len(bearers) == 1 and not (is_first_name(name) or us_name(name))


@lru_cache(maxsize=1)
def legislative_words() -> frozenset[str]:
    """Party words, legislators' titles and their abbreviations (titles.tsv), and Congress's chambers' words."""
    titles = [t for t in load_lexicon().titles if t.target == "legislature"]
    words = {w for t in titles for w in (t.title, *t.aliases) if " " not in w} | set(party_words())
    words |= {n.split()[-1] for names in load_json("legislatures.json")["federal"].values() for n in names}
    return frozenset(w.casefold() for w in words)


@lru_cache(maxsize=1)
def national_surnames() -> frozenset[str]:
    return frozenset(n.split()[-1] for n in national_holders())
