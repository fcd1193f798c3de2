"""Whose office a title before a name is when the text names no body kg knows.

"CitizenLink President X", "Susan B. Anthony List President X": a head title written right after a
capitalized name word is that named group's office, not a country's ("President X" alone is a head of
state). The word is no such name when it opens the sentence, is a function word ("When President X",
``function_words`` of entity_patterns.json), a polity's adjective ("Confederate", ``not_one_word_names``), a demonym ("Mexican President X", officeholders.json), a
party word ("Democratic President X"), a title modifier ("Former President X", title_modifiers.tsv), a
day or month ("On Tuesday President X"), a possessive or an abbreviation's period. A word after a quote
ending with a comma ('"...," Acme President X said') does not open the sentence.

"Family Research Council President X": a title opening with the head noun its body's name ends with
("Council President" after a name ending "Council") is the office of that body, public or private as the
body is, not of a city council.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .cues import ent_of
from .descriptors import party_words
from .places import place

_WORD_BEFORE = re.compile(r"(\S+) +$")


def named_owner_before(text: str, at: int) -> bool:
    """Whether the title starting at ``at`` follows a capitalized word of a name (see the module)."""
    before = text[max(0, at - 80) : at]
    m = _WORD_BEFORE.search(before)
    if m is None or "\n" in before[m.start() :]:
        return False
    word, prefix = m.group(1), before[: m.start()].rstrip(" ")
    if not prefix or (prefix[-1] in '.!?"“”\n' and not _after_quote_comma(prefix)) or not word[:1].isupper():
        return False  # the sentence's first word, or a lower-case one
    if word[-1] in ".,;:)”\"'’" or word.endswith(("'s", "’s")):
        return False  # "Congress. President X", "France's President X", "U.S. President X"
    bare = re.sub(r"^(?:[Tt]hen|[Ee]x|[Ff]ormer)-", "", word)
    return bare not in _not_owner_words() and bare.lower() not in _modifiers()


def _after_quote_comma(prefix: str) -> bool:
    """'"We will appeal," ': a quote ended by a comma goes on into its attribution ("Acme President X
    said"), whose first word opens no sentence."""
    return len(prefix) > 1 and prefix[-1] in '"”' and prefix[-2] == ","


@lru_cache(maxsize=1)
def _not_owner_words() -> frozenset[str]:
    data = load_json("officeholders.json")
    demonyms = {w for names in data["demonyms"].values() for n in names for w in (n, n.split()[-1])}
    dates = {d for d in (*calendar.day_name, *calendar.month_name) if d}
    patterns = load_json("entity_patterns.json")
    groups = set(patterns["function_words"]) | set(patterns["not_one_word_names"])  # "Confederate President X"
    return frozenset(demonyms | dates | groups | set(party_words()))


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(m.modifier.lower() for m in load_lexicon().modifiers)


def title_of_named_body(title: str, body_name: str) -> bool:
    """Whether ``title`` opens with the head noun ``body_name`` ends with ("Council President" of the
    "Family Research Council"): the body's own office, whatever the title's class in titles.tsv."""
    words, body = title.split(), body_name.split()
    return len(words) > 1 and bool(body) and len(body) > 1 and words[0].lower() == body[-1].lower()


def past_stripped(title: str) -> str:
    """ "former President" -> "President": a title without the modifiers saying the office was held
    before (``title_modifiers.tsv``, effect past); "Senior Vice President" keeps its words."""
    words = title.split()
    while len(words) > 1 and words[0].lower().rstrip("-") in past_modifiers():
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def past_modifiers() -> frozenset[str]:
    return frozenset(m.modifier for m in load_lexicon().modifiers if m.effect == "past")


def employer_place(doc: Doc, t_end: int, stop: int, entry) -> Span | None:
    """ "X, chief economist at Jefferies": the name right after a private job's title (class Person, no
    target in titles.tsv) and "at" ("at the"), which the model labelled a place but no list of places
    knows (places.tsv, the gazetteer's US places): the employer (kg.resolve.employers retypes it)."""
    if entry.cls != "Person" or entry.target or t_end >= stop or doc[t_end].lower_ != "at":
        return None
    k = t_end + 1 + (t_end + 1 < stop and doc[t_end + 1].lower_ == "the")
    ent = _ent_starting(doc, k)
    if ent is None or ent.end > stop or ent.label_ != "Place" or ent.text in known_places() or place(ent.text) is not None:
        return None
    return ent


def comma_body(doc: Doc, t_start: int, t_end: int, stop: int) -> Span | None:
    """ "X, executive chairman, Ford Motor, shook hands": an organization set off by commas right after a
    title that ends the apposition is the body the title is of (news writes the employer so); not when a
    body names the title's own ("X, Acme University president, Fox Business": the outlet that printed it)."""
    if t_end != stop or stop + 1 >= len(doc) or doc[stop].text != ",":
        return None
    if t_start > 0 and (owner := ent_of(doc[t_start - 1])) is not None and owner.end == t_start and owner.label_ != "Place":
        return None
    ent = _ent_starting(doc, stop + 1)
    if ent is None or ent.label_ != "Organization" or ent.sent != doc[stop].sent:
        return None
    return ent if ent.end == ent.sent.end or doc[ent.end].text in (",", ";", ".") else None


def _ent_starting(doc: Doc, k: int) -> Span | None:
    """The entity that starts at token ``k``."""
    ent = ent_of(doc[k]) if k < len(doc) else None
    return ent if ent is not None and ent.start == k else None


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Every name and alias of a place of places.tsv."""
    return frozenset(n for p in load_lexicon().places for n in (p.name, p.label, *p.aliases))


def regional(qualifier, org: Span, entry) -> bool:
    """A place written right before a private job's title whose body is not named for it: "the U.S.
    general manager of Acme", "the Texas director of the Alliance" hold the title of a branch of it."""
    if entry.cls == "Official" or qualifier.ent_type_ not in ("Place", "GPE", "LOC"):
        return False
    place = next((e.text for e in qualifier.doc.ents if e.start <= qualifier.i < e.end), qualifier.text)
    return place.lower() not in org.text.lower()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(n for p in load_lexicon().places if p.kind == "country" for n in p.names)


def ends_a_name(doc: Doc, place: Span, floor: int, modifiers: set[str]) -> bool:
    """Whether a place written before a title ends a longer name the model did not tag, so that the title
    is that name's and not the place's: "Diocese of Oakdale spokeswoman X", "Concerned Parents for America
    President X", and a country after a capitalized word of the name ("Pro-Family America President X",
    "Harbor USA Executive Director X"; not "Former U.S. President X", "GOP ...")."""
    if place.start - 1 < floor:
        return False
    prev = doc[place.start - 1]
    if prev.lower_ in ("of", "for"):
        return place.start - 2 >= floor and doc[place.start - 2].text[:1].isupper() and doc[place.start - 2].ent_type_ == ""
    return (
        place.text in _country_names()
        and prev.text[:1].isupper()
        and prev.ent_type_ == ""
        and prev.pos_ in ("PROPN", "NOUN", "ADJ", "VERB")
        and prev.lower_ not in modifiers
        and prev.text not in party_words()
    )
