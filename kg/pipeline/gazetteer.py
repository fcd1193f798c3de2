"""``kg_gazetteer``: courts, US places and legal citations the field's own databases know.

Runs after ``kg_entities`` and relabels, re-bounds or adds entity spans; it removes only a court's
"name" that names no court ("High Court", a bare "Court" in an article naming two courts):

- a name courts-db knows as one court ("the Ninth Circuit", "U.S. District Court for the District
  of Massachusetts") is a Court (:mod:`kg.language.courts`), and a court's span is widened or
  narrowed to that name ("the 10th U.S. Court of Appeals", "Monday's Supreme Court decision")
  (:mod:`kg.language.courtspans`);
- a US city or county the gazetteer knows (:mod:`kg.language.places`) that the model labelled a
  person or an organization is a Place when the context says place: a following ", <state>"
  ("Compton, Calif."), a preceding locative preposition ("in Boise") or a following lowercase body
  noun ("the Compton school district") (``gazetteer.json``). "Jackson" alone stays a person. A county's
  bare name is a Place before "counties" ("Harris and Travis counties") and, in an article naming
  "<name> County", in the same place contexts ("officials in Travis");
- the state of a party label ("(R-TX)", "(D-Calif.)") is a Place (states by postal code and AP
  abbreviation from the ``us`` package);
- a short name before "ruling" or "decision" ("the Citizens United ruling") is a CourtRuling
  (:mod:`kg.language.rulingnames`);
- a one-word person or place that opens the name of an organization of the article ("Geisinger" of
  "the Geisinger Health Plan") is that organization's short name (:mod:`kg.language.orgopeners`);
- a place or organization whose name ends in "Jr." or "Sr." ("Jackson Jr.'s seat") is a person;
- a person's name loses the titles nameparser knows that open it ("Mr Kavanaugh", "Dr Lee"), but a pope
  or a monarch named by one name keeps the title ("Pope Francis", "Queen Elizabeth II");
- statutes and case citations eyecite finds ("8 U.S.C. § 1373", "410 U.S. 113 (1973)") are a Law
  and a CourtRuling where no entity covers them; a case citation right after the case's name
  ("Roe v. Wade, 410 U.S. 113") is that case, not a second one (:mod:`kg.language.citations`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..language.citations import citation_spans
from ..language.courts import court_id
from ..language.courtspans import court_span, lone_courts
from ..language.honorifics import with_name_title, without_title
from ..language.names import NAME_SUFFIXES
from ..language.orgopeners import openers_as_organizations
from ..language.personspans import bracket_joined, courtesy_person, person_cut
from ..language.places import city, county, county_word, state
from ..language.rulingnames import ruling_names
from ..language.sex import is_first_name
from ..language.text import doc_text, furniture_ranges, overlaps
from ..language.titledfirst import first_name_titled
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json

RELABEL_TO_PLACE = ("Person", "Organization")
PARTY_STATE = re.compile(r"\([DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?:[,)])")


@Language.factory("kg_gazetteer", default_config={"data": "gazetteer.json"})
def make_gazetteer(nlp: Language, name: str, data: str) -> Gazetteer:
    return Gazetteer(load_json(data))


class Gazetteer:
    def __init__(self, data: dict) -> None:
        self.locative = set(data["locative_prepositions"])
        self.body_nouns = sorted((n.split() for n in data["body_nouns"]), key=len, reverse=True)
        lex = load_lexicon()
        self.lexicon = lex
        self.generic_courts = {g: b.name for b in lex.bodies if b.cls == "Court" for g in b.generic}
        self.place_names = {n for p in lex.places for n in p.names}
        self.court_modifiers = set(data["generic_court_modifiers"])
        self.ruling_nouns = set(data["ruling_name_nouns"])
        self.ruling_undoing = set(data["ruling_undoing_words"])
        self.ruling_preps = set(data["ruling_party_prepositions"])
        self.landmark_heads = set(data["landmark_heads"])
        self.surname_heads = set(data["landmark_heads_surnames"])
        self.after_the = set(data["landmark_heads_after_the"])
        self.known_names = self.place_names | {n for b in lex.named for n in b.names}
        self.org_ends = set(data["organization_name_ends"])
        self.place_of = set(data["place_of_nouns"])

    def __call__(self, doc: Doc) -> Doc:
        ents = [self._relabel(doc, e) for e in bracket_joined(doc, list(doc.ents))]  # "(Sen. Dana) Roe": one name
        ents = openers_as_organizations(ents, self.locative)
        ents = self._courts(doc, ents)
        ents = ruling_names(doc, ents, self.ruling_nouns, self.known_names, self.ruling_undoing, self.ruling_preps)
        blocked = furniture_ranges(doc)
        found = citation_spans(doc_text(doc))
        # "512 U.S. 218": the reporter's "U.S." is part of a citation, not a mention of the country
        ents = [e for e in ents if not any(cite <= e.start_char and e.end_char <= end for _, _, _, cite, end in found)]
        taken = {i for e in ents for i in range(e.start, e.end)}
        for start, end, label, _, _ in found:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or overlaps(span.start_char, span.end_char, blocked):
                continue
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if label == "CourtRuling" and any(e.label_ == "CourtRuling" and 0 <= start - e.end_char <= 3 for e in ents):
                continue  # "Roe v. Wade, 410 U.S. 113": the citation of the case just named
            ents.append(span)
        taken = {i for e in ents for i in range(e.start, e.end)}
        for m in PARTY_STATE.finditer(doc_text(doc)):  # "(R-TX)", "(D-Calif.)": the member's state
            span = doc.char_span(m.start(1), m.end(1), label="Place", alignment_mode="expand")
            if span is not None and state(m.group(1)) and not any(i in taken for i in range(span.start, span.end)):
                ents.append(span)
        doc.ents = sorted(filter_spans(ents), key=lambda s: s.start)
        return doc

    def _courts(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Court names widened or narrowed to what courts-db knows (:mod:`kg.language.courtspans`)."""
        taken = {i for e in ents if e.label_ != "Court" for i in range(e.start, e.end)}
        out = []
        for e in ents:
            span = (
                court_span(doc, e, taken, self.generic_courts, self.place_names, self.court_modifiers)
                if e.label_ == "Court"
                else e
            )
            if span is not None:
                out.append(span)
        return lone_courts(filter_spans(out), self._court_identity)

    def _court_identity(self, name: str) -> str:
        """What a court's name means, the same for all of a court's names ("Supreme Court", "U.S.
        Supreme Court": the lexicon's Supreme Court of the United States)."""
        body = self.lexicon.body(name)
        if body is not None:
            return body.name
        return self.generic_courts.get(name) or court_id(name) or name

    def _relabel(self, doc: Doc, ent: Span) -> Span:
        if ent.label_ in ("Place", "Organization", "Person") and (person := courtesy_person(ent)) is not None:
            return person_cut(person)  # "Ms Hill" (not the landmark "Capitol Hill"), "Mr Ashby" read as a body
        if ent.label_ != "Person" and ent.label_ != "Court" and court_id(ent.text) is not None:
            return Span(doc, ent.start, ent.end, label="Court")
        if ent.label_ in RELABEL_TO_PLACE[1:] + ("Place",) and _suffixed(ent):
            return Span(doc, ent.start, ent.end, label="Person")  # "Jackson Jr.'s seat": a person's name
        if ent.label_ in ("Person", "Place") and self._business(ent):
            return Span(doc, ent.start, ent.end, label="Organization")  # "Harbor Partners", "Lakeside Supplies"
        if ent.label_ in RELABEL_TO_PLACE and (self._used_as_place(doc, ent) or self._landmark(ent)):
            return Span(doc, ent.start, ent.end, label="Place")
        if ent.label_ in ("Person", "Official"):
            ent = person_cut(ent)  # "Harlow’s niece", "Republican Dana Roe": the name alone
            return ent if first_name_titled(ent) else without_title(with_name_title(ent))  # "Mr Kavanaugh"; "Pope Francis"
        return ent

    def _used_as_place(self, doc: Doc, ent: Span) -> bool:
        name = ent.text
        nxt = doc[ent.end : ent.end + 3]
        if len(nxt) >= 2 and nxt[0].text == ",":  # "Compton, Calif.", "Compton, CA"
            if any(state(s) and (city(name, s) or county(name, s)) for s in (nxt[1].text, _ap(nxt))):
                return True
        if county_word(name) and _before_counties(doc, ent):  # "Harris and Travis counties"
            return True
        if city(name) is None and county(name) is None and not _county_named(doc, ent):
            return False
        if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
            return False  # "in Jackson's office": a person's
        if ent.start > 0 and doc[ent.start - 1].lower_ in self.locative:
            return True
        if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].text in self.place_of:
            return True  # "his community of Maple Bluff", "the streets of Oakdale"
        words = [t.text for t in doc[ent.end : ent.end + 3]]
        return any(words[: len(n)] == n for n in self.body_nouns)

    def _business(self, ent: Span) -> bool:
        """ "Harbor Partners", "Maple Grove Elementary": a name of two to four words ending on a word that
        ends only an organization's name (``organization_name_ends``), the others capitalized, not a name
        the lexicon knows."""
        if not 2 <= len(ent) <= 4 or ent[-1].text not in self.org_ends or ent.text in self.known_names:
            return False
        return all(t.text[:1].isupper() or t.text in ("&", "-", "of", "the") for t in ent[:-1])

    def _landmark(self, ent: Span) -> bool:
        """ "Capitol Hill", "Lincoln Memorial", "West Florissant Avenue": a short name ending on a
        site's head noun (``landmark_heads``) is a Place, unless the head is also a surname and a
        first name opens the name ("Anita Hill", "Sue Park" stay persons); "The Hill" (a newspaper)
        and names the lexicon knows stay what they are."""
        head = ent[-1].text
        if not 2 <= len(ent) <= 3 or head not in self.landmark_heads or ent.text in self.known_names:
            return False
        if head in self.surname_heads and is_first_name(ent[0].text):
            return False
        doc = ent.doc
        if ent.end < len(doc) and doc[ent.end].is_title and not doc[ent.end].is_sent_start:
            return False  # "Capitol Street Managing Director": a longer name's first words
        if head in self.after_the and (ent.start == 0 or doc[ent.start - 1].lower_ != "the"):
            return False  # "Northwestern Memorial said": a hospital's short name
        return all(t.is_alpha and t.is_title and t.lower_ not in ("the", "of", "and") for t in ent[:-1])


def _suffixed(ent: Span) -> bool:
    """A name ending in a person's generational suffix written in words ("Jackson Jr.", not "Fund II")."""
    return len(ent) >= 2 and ent[-1].text in NAME_SUFFIXES and not ent[-1].text.isupper() and ent[-2].is_title


def _before_counties(doc: Doc, ent: Span) -> bool:
    after = [t.lower_ for t in doc[ent.end : ent.end + 3]]
    return after[:1] == ["counties"] or (after[:1] == ["and"] and after[2:3] == ["counties"])


def _county_named(doc: Doc, ent: Span) -> bool:
    """A county's bare name ("Travis") in an article that names "<name> County"."""
    full = (f"{ent.text} County", f"{ent.text} Parish")
    return county_word(ent.text) and any(e.text in full for e in doc.ents if e.label_ == "Place")


def _ap(tokens: Span) -> str:
    """ "Calif" + "." as one abbreviation."""
    return tokens[1].text + ("." if len(tokens) > 2 and tokens[2].text == "." else "")
