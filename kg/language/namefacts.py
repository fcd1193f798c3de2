"""When the form of a name may state a fact about it: the name must be whole, and the word read as
its place must be a place.

"the Boston Police Department" operates in Boston and "ACLU Voting Rights Project" is part of the
ACLU (:mod:`kg.language.rulingfacts`), but not when the entity is a piece of a longer name:

- the tail of "Rogers County, Oklahoma Sheriff's Office" ("Oklahoma Sheriff's Office"): a place and a
  comma before it qualify the first word of the name as the state of another place;
- "U.S. Circuit Court of Appeals" of "... for the 4th Circuit", "Texas Commission" of "... on Law
  Enforcement": a name cut before its qualifier;
- "USPS Post Office" of "USPS Post Office Minnehaha and Lake": a capitalized word goes on with the
  name (not a title, nor a person's name, after it).

The place of a name is a place the lexicon knows (states, countries) or a US city or county of the
gazetteer the article names as a place (or whose name says so: "Jackson County", or names a city's or a county's
body after it: "Corpus Christi Police Department", ``city_body_names`` / ``county_body_names``), never a word the model once labelled a place ("Naval" of
"Naval Sea Systems Command"), and the longest such ("Jackson County", not "Jackson"); a bare name two places share ("New York", "Washington") gives one only where a word after it says
which, and names it (``obj_name``: the resolver would otherwise read it as the article's other
mentions); a name before an election noun ("Arizona
Senate race": ``election_nouns``) names a race, perhaps for the U.S. Senate, and a "law" without a
law's head ("Iraq War") is none; a court of a country
whose name says it sits for a region ("U.S. District Court for Washington", ``regional_court_words``
of ``relation_cues.json``) does not operate in the whole country.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Span

from ..lexicon.resources import load_json
from .places import us_name
from .text import doc_text

CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)  # "said the council Monday"


class NameChecks:
    """Built once per component from the lexicon and the cue data."""

    def __init__(self, lex, data: dict) -> None:
        self.place_kind = {n: p.kind for p in lex.places for n in (p.name, *p.aliases)}
        self.shared = {p.name: p for p in lex.places if p.bare}  # "New York": the state or the city
        self.shared_names = set(self.shared)
        self.title_words = {w.lower().rstrip(".") for t in lex.titles for n in (t.title, *t.aliases) for w in n.split()}
        self.regional_words = set(data["regional_court_words"])
        patterns = load_json("entity_patterns.json")
        self.place_nouns = set(patterns["place_nouns"])
        self.group_words = set(patterns["not_one_word_names"])
        self.state_cues, self.city_cues = patterns["state_cues"], patterns["city_cues"]
        self.law_heads = set(patterns["law_heads"])
        self.election_nouns = set(data["election_nouns"])
        self.local_bodies = {n.lower() for n in (*patterns["city_body_names"], *patterns["county_body_names"])}

    def place_of_name(self, prefix: Span, e: Span, doc_places: set[str]) -> bool:
        """Whether the words ``prefix`` that open the name ``e`` name the place it operates in: a
        state or country of the lexicon, or a US city or county the gazetteer knows that the article
        also names as a place (not "Warren" of "Warren Commission")."""
        name = prefix.text
        said = name in doc_places or prefix[-1].text in self.place_nouns  # "Jackson County" names itself a place
        said = said or e.doc[prefix.end : e.end].text.lower() in self.local_bodies  # "Corpus Christi Police Department"
        if name in self.shared_names:
            return self.shared_meaning(prefix) is not None  # "New York Police Department": the city
        if e.label_ == "Law" and not any(t.text in self.law_heads for t in e):
            return False  # "Iraq War" is no law
        nxt = e.doc[e.end] if e.end < len(e.doc) else None
        if nxt is not None and nxt.lower_ in self.election_nouns:
            return False  # "Arizona Senate race", "Iowa Senate candidate": an election, perhaps for the U.S. Senate
        known = name in self.place_kind and (len(name) > 2 or name in doc_places)  # "US" only where a place
        if not (known or (us_name(name) and said)):
            return False
        if e.label_ == "Court" and self.place_kind.get(name) == "country":
            return not any(t.text in self.regional_words for t in e) and not _qualified_after(e)
        return True

    def shared_meaning(self, prefix: Span) -> str | None:
        """What a name two places share means where a word after it says which ("New York Police
        Department": New York City; "New York State Police": New York State; the same
        ``city_cues`` / ``state_cues`` of entity_patterns.json the resolver reads), else None."""
        place = self.shared.get(prefix.text)
        rest = doc_text(prefix.doc)[prefix.end_char :]
        for cues, meaning in ((self.state_cues, place.label), (self.city_cues, place.bare)):
            if any(rest.startswith(" " + c) and not rest[len(c) + 1 : len(c) + 2].isalnum() for c in cues):
                return meaning
        return None

    def whole(self, e: Span) -> bool:
        """Whether ``e`` is a whole name rather than a piece of a longer one."""
        doc = e.doc
        if e.start >= 2 and doc[e.start - 1].text == "," and doc[e.start - 2].ent_type_ == "Place":
            return False  # "Rogers County, Oklahoma Sheriff's Office"
        if cut_before(e):
            return False
        if _qualified_after(e):
            return False
        nxt = doc[e.end] if e.end < len(doc) else None
        return not (
            nxt is not None
            and not _headline(e.sent)
            and nxt.is_alpha
            and nxt.is_title
            and not nxt.is_sent_start
            and nxt.ent_type_ not in ("Person", "Official")
            and nxt.tag_ == "NNP"  # not "Illinois Senate Democrats", "U.S. Senate Democratic leader"
            and nxt.text not in self.group_words
            and nxt.text + "s" not in self.group_words  # "the top U.S. Senate Democrat": a member
            and nxt.lower_ not in self.title_words
            and nxt.lower_ not in CALENDAR
        )


def cut_before(e: Span) -> bool:
    """ "U.S. Code" of "Title 10 U.S. Code": a number and a capitalized word right before the name
    (no name of their own, inside a sentence that is not in headline case) open the longer name it
    is the end of."""
    doc = e.doc
    if e.start < 2 or _headline(e.sent):
        return False
    num, word = doc[e.start - 1], doc[e.start - 2]
    return (
        num.like_num
        and not num.ent_type_
        and not num.is_sent_start
        and word.is_title
        and word.is_alpha
        and not word.ent_type_
        and not word.is_sent_start
    )


def _headline(sent: Span) -> bool:
    """A line in headline case ("Boston City Council Doubles Down On Sanctuary Policies"), where a
    capitalized word after a name does not go on with it: no lower-case word of four letters or more."""
    return not any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent)


def _qualified_after(e: Span) -> bool:
    """ "... Court of Appeals for the 4th Circuit", "Texas Commission on Law Enforcement": ``for``,
    ``on`` or ``of`` and a capitalized (after ``for`` also a numbered) word right after the entity
    qualify its name, which the entity stops short of."""
    doc = e.doc
    i = e.end
    if i >= len(doc) or doc[i].lower_ not in ("for", "on", "of"):
        return False
    numbered = doc[i].lower_ == "for"  # "for the 4th Circuit"; not "of the 1990s"
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and doc[i].lower_ in CALENDAR:
        return False  # "the Colorado Supreme Court on October 7"
    return i < len(doc) and (doc[i].is_title or numbered and (doc[i].like_num or doc[i].text[:1].isdigit()))
