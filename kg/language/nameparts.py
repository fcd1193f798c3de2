"""Where a body's name begins and ends (issue 14: pieces of longer names, and things that are not
bodies, as the objects of heads / memberOf / partOf / enactedBy). Helpers of ``kg_entities``, run on its
chosen spans:

- a party word before a chamber is the chamber's majority, not part of its name: "a Republican
  Senate" is the Senate (``party_words`` of relation_cues.json before a generic body of bodies.tsv);
- a name after "author of" ("co-author of the", ``work_makers``) is a work someone made, not a body they serve in;
- a name whose head names a work ("... Victimization Survey", "... Equality Index", ``work_heads`` of
  entity_patterns.json) is a survey, a study, an index or a poll, not a body: its owner before "'s" is kept;
- an organization named "<X> of <Y>" goes on with "at" or "in" and a place that ends the noun phrase:
  "University of Illinois at Chicago", "Association of Independent Schools in New England";
- a place the lexicon matched goes on with "City" when the two name a US city: "Kansas City".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicon.resources import load_json
from .places import us_name

POSSESSIVE = ("'s", "’s")
BODY_CLASSES = ("Agency", "Organization", "Court")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(load_json("relation_cues.json")["descriptors"]["party_words"]),
        frozenset(load_json("entity_patterns.json")["work_heads"]),
    )


def name_bounds(spans: list[Span], generic: dict[str, str], known, kinds: dict[str, str]) -> list[Span]:
    """``spans`` with each body's name cut or continued to where it begins and ends (see the module)."""
    party_words, work_heads = _words()
    out = []
    for span in spans:
        work = without_work(span, work_heads)
        if work is not False:
            out += [work] if work is not None else []
            continue
        span = without_party_word(span, party_words, generic, known) or span
        out.append(city_continued(span) or place_continued(span, spans, kinds) or span)
    return sorted(filter_spans(out), key=lambda s: s.start)


def city_continued(span: Span) -> Span | None:
    """ "Kansas" + "City", "New York" + "City": a place whose name and the word "City" after it name a
    US city (the gazetteer) is that city, not the state the lexicon matched."""
    doc = span.doc
    if span.label_ != "Place" or span.end >= len(doc) or doc[span.end].text != "City" or not us_name(f"{span.text} City"):
        return None
    return Span(doc, span.start, span.end + 1, label="Place")


def without_party_word(span: Span, party_words, generic: dict[str, str], known) -> Span | None:
    """ "Republican Senate" -> "Senate" (a generic body, class from ``generic``); None when the span
    opens with no party word, or its name is known as a whole ("Republican National Committee")."""
    if len(span) < 2 or span[0].text not in party_words or span.text in known:
        return None
    rest = span[1:]
    if rest[0].text in ("-", "–"):
        return None  # "GOP-led Senate": the rest is no name by itself
    cls = generic.get(rest.text)
    return Span(span.doc, rest.start, rest.end, label=cls) if cls else None


def without_work(span: Span, work_heads) -> Span | None | bool:
    """A body's span whose last word names a work: the owner before "'s" (an Agency or Organization
    of its own), or None (no entity); False when the span names no work."""
    if span.label_ not in BODY_CLASSES or span[-1].text not in work_heads or len(span) < 2 or span[-2].lower_ == "of":
        return False  # "Board of Index" would be a body's name
    for i, t in enumerate(span):
        if t.text in POSSESSIVE and i > 0:
            return Span(span.doc, span.start, span.start + i, label=span.label_)
    return None


def place_continued(span: Span, places: list[Span], kinds: dict[str, str]) -> Span | None:
    """ "University of Illinois" + "at Chicago", "Association of Independent Schools" + "in New
    England": a place right after "at", or a state or region (``kinds``, places.tsv) after "in", that
    ends the noun phrase (a comma, a period, a lower-case word or the end follows; not "in Springfield,
    Illinois" nor "in 2010"): the organization's full name."""
    doc = span.doc
    if span.label_ != "Organization" or "of" not in [t.lower_ for t in span[1:-1]]:
        return None
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("at", "in"):
        return None
    place = next((p for p in places if p.start == i + 1 and p.label_ == "Place"), None)
    if place is None or (doc[i].lower_ == "in" and kinds.get(place.text) not in ("state", "region")):
        return None
    after = doc[place.end] if place.end < len(doc) else None
    if after is not None and not ((after.is_punct and after.text not in POSSESSIVE) or after.is_lower):
        return None  # "... in Boston Tuesday", "... in Texas's": not the end of the name
    if after is not None and after.text == "," and any(p.start == place.end + 1 for p in places):
        return None  # "at Springfield, Illinois": a place given as city and state
    return Span(doc, span.start, place.end, label="Organization")


@lru_cache(maxsize=1)
def _work_makers() -> frozenset[str]:
    return frozenset(load_json("entity_patterns.json")["work_makers"])


def made_work(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows "author of" ("co-author of the", "host of"; ``work_makers`` of
    entity_patterns.json): a work someone made, not a body they serve in."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _work_makers()
