"""``kg_entities``: names of officials, agencies, courts, laws, rulings, organizations and places.

spaCy's statistical labels are one signal among several. Spans come, in order of trust, from (1) legal citation
and naming patterns (``entity_patterns.json``), (2) names built around a head noun ("... Police Department", "...
Court of Appeals", "... Foundation"), (3) the lexicon of well-known bodies and places, (4) acronyms the text defines
("Immigration and Customs Enforcement (ICE)"), and (5) the model's own entities, dropped in page furniture and in
headline-case lines unless the body text confirms them. ``doc.ents`` is replaced by spans labelled with kg classes.
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..language.acronyms import defined_acronyms
from ..language.bodynames import BodyNameRules
from ..language.committeenames import CommitteeSpans, generic_classes
from ..language.commonwords import without_common_words, word_index
from ..language.fullnames import apostrophe_given_names, full_names_of_surnames, possessed_persons
from ..language.personnames import (
    leaders_as_persons,
    place_in_person,
    placed_names,
    places_as_persons_undone,
    surname_mentions,
    surnames_as_persons,
)
from ..language.placedpersons import places_as_full_names
from ..language.rxfilter import prefiltered
from ..language.spanlayers import layer, lone_capitals, shorten_headline_laws
from ..language.text import doc_text, furniture_ranges, heading_ranges, outside_furniture, overlaps, trim_span
from ..language.titled import split_titled, titled_names, trim_person_titles
from ..language.titledbodies import missed_organizations
from ..language.titleindex import title_index
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json

YEAR = re.compile(r"^(1[89]|20)\d\d$")
_NUMBERED = re.compile(r"^(?:\d+[A-Za-z]?|[IVXLC]+|[A-Z])$")  # "Title IX", "Section 8", "Act 10", "Proposition 8"
DANGLING = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "by", "&"})
MODEL_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "LAW": "Law", "FAC": "Place"}


@Language.factory("kg_entities", default_config={"patterns": "entity_patterns.json"})
def make_entities(nlp: Language, name: str, patterns: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, load_json(patterns))


class EntityRecognizer(BodyNameRules):
    def __init__(self, nlp: Language, data: dict) -> None:
        self.regexes = prefiltered((re.compile(p["regex"]), p["label"]) for p in data["regex"])
        heads = data["heads"]
        self.head_class = {}
        for cls, words in (
            ("Agency", heads["agency"] + heads["agency_office"]),
            ("Court", heads["court"]),
            ("Organization", heads["organization"]),
        ):
            self.head_class |= {w.split()[-1]: cls for w in words}
        self.head_orths = numpy.array(sorted(nlp.vocab.strings[w] for w in self.head_class), dtype="uint64")
        self.civic_prefixes = set(data["civic_prefixes"])
        self.law_heads = set(data["law_heads"])
        self.law_openers, self.law_joints = set(data["law_name_openers"]), set(data["law_name_joints"])
        self.law_not_before = {w.lower() for w in data["law_not_before"]}  # "a Social Security number"
        self.law_generics = {g for b in load_lexicon().named for g in b.generic if b.cls == "Law"}
        self.function_words = set(data["function_words"])
        self.place_agency_nouns = sorted((n.split() for n in data["place_agency_nouns"]), key=len, reverse=True)
        lex = load_lexicon()
        self.lexicon = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lexicon_class: dict[str, str] = {}
        for body in lex.named:
            for n in body.names:
                self.lexicon_class[n] = body.cls
        for place in lex.places:
            for n in (place.name, *place.aliases):
                if getattr(place, "ambiguous", False) and n.isupper() and len(n) <= 2:
                    continue
                self.lexicon_class.setdefault(n, "Place")
        for text, cls in self.lexicon_class.items():
            self.lexicon.add(cls, [nlp.make_doc(text)])
        self.place_id = nlp.vocab.strings["Place"]
        self.generic_class = generic_classes(lex)  # "House", "Committee on Ethics": the class is known, the body is not
        self.body_patterns = prefiltered((re.compile(p.regex), p.cls) for p in lex.patterns)
        self.committees = CommitteeSpans(nlp, lex, data, set(self.lexicon_class))  # "the Budget and Rules committees"
        self.office_nouns = sorted((n.split() for n in data["office_nouns"]), key=len, reverse=True)
        self.titles = title_index(lex.titles)
        self.title_len = max(len(k) for k in self.titles)
        self.place_nouns = set(data["place_nouns"])
        self.not_person = set(data["not_person_words"])
        self.not_one_word = set(data["not_one_word_names"])
        self.leader_nouns = data["leader_nouns"]
        self.place_kinds = {n: p.kind for p in lex.places for n in (p.name, *p.aliases) if n != p.name or not p.bare}
        self.chamber_heads, self.party_chambers = set(data["chamber_heads"]), set(data["party_chambers"])  # bodynames
        self.words = word_index(nlp)  # the language's words: "Layoffs" alone is no person (kg.language.commonwords)

    def __call__(self, doc: Doc) -> Doc:
        blocked = furniture_ranges(doc)
        text = doc_text(doc)
        headings = heading_ranges(text)
        legal = self._clean(doc, self._regex_spans(doc, text, self.regexes + self.body_patterns))
        legal = [s for s in legal if not (s.label_ == "CourtRuling" and self._matchup(s))]
        names = (
            self.committees(doc)
            + self._head_noun_names(doc)
            + missed_organizations(doc, text, self.titles, self.words, self.lexicon_class)  # "Third Way, a think tank,"
            + [
                Span(doc, s, e, label=label)
                for label, s, e in self.lexicon(doc)
                if not (label == self.place_id and place_in_person(doc, s, e))
            ]
        )
        names = self._clean(doc, names)
        names = [s for s in names if not (s.label_ == "Law" and s.end < len(doc) and doc[s.end].lower_ in self.law_not_before)]
        legal = [  # "U.S. Court of Appeals for the Ninth Circuit" holds the pattern's "Ninth Circuit": the full name wins
            s
            for s in legal
            if not any(n.label_ == s.label_ and n.start <= s.start and s.end <= n.end and len(n) > len(s) for n in names)
        ]
        chosen = layer(filter_spans(legal), names)
        chosen = layer(chosen, defined_acronyms(doc, text, chosen))
        chosen = layer(self._offices(doc, chosen), chosen)
        taken = {i for s in chosen for i in range(s.start, s.end)}
        body_names = {s.text for s in chosen}
        weak = []
        for ent in doc.ents:
            label = MODEL_LABELS.get(ent.label_)
            if ent.label_ in ("WORK_OF_ART", "EVENT") and ent.text.rstrip().endswith("Act"):
                label = "Law"
            if label is None or any(i in taken for i in range(ent.start, ent.end)):
                continue
            span = trim_span(Span(doc, ent.start, ent.end, label=label), self.function_words)
            if span is None or "\n" in span.text or not (span.text[0].isupper() or span.text[0].isdigit()):
                continue  # "n't", "fed", "gang banger": the model's guesses need a capitalized name
            if self.lexicon_class.get(span.text) == "Law" and span.end < len(doc) and doc[span.end].lower_ in self.law_not_before:
                continue  # "a Social Security number": an identifier, neither the program nor a body
            if span[-1].lower_ in DANGLING:
                continue  # "State of" (of "State of the Union"): a name cut short
            if len(span) == 1 and span.text in self.not_one_word and label in ("Organization", "Place"):
                continue  # "Latinos", "LGBT", "ET": a group of people or a time zone, not a body or a place
            if label == "Person" and (not any(t.is_title for t in span) or any(t.text in self.not_person for t in span)):
                continue  # "Edward Byrne Memorial", "Assistance Grants": names of things, not people
            if label == "Law" and (not self._law_head_placed(span) or self._bare_law(span)):
                continue  # the model's LAW label on "Judge X of the Fifth Circuit", "Act Blue Charities"; "Act of 2011" alone
            if label == "Organization" and span.text in self.generic_class:
                span = Span(doc, span.start, span.end, label=self.generic_class[span.text])
            elif label == "Organization" and span[-1].text in self.head_class:
                span = Span(doc, span.start, span.end, label=self.head_class[span[-1].text])
            weak.append(span)
        weak = without_common_words([s for s in weak if not lone_capitals(s, text)], chosen, self.words)  # "Premiums rose"
        body_names |= {s.text for s in weak if not overlaps(s.start_char, s.end_char, headings)}
        weak = [s for s in weak if s.text in body_names]
        weak += self._place_agencies(doc, chosen + weak)
        weak += [
            s
            for s in titled_names(doc, self.titles, self.title_len, self.function_words, set(self.head_class), taken)
            if not overlaps(s.start_char, s.end_char, headings) and not any(t.text in self.not_person for t in s)
        ]
        ents = self._name_bounds(doc, shorten_headline_laws(filter_spans(chosen + weak), headings))
        heads = set(self.head_class) | self.not_person  # "Howard County General Hospital": no "General" named Hospital
        ents = split_titled(doc, ents, self.titles, self.title_len, self.place_nouns, self.function_words, heads)
        ents = leaders_as_persons(trim_person_titles(ents, self.titles, self.title_len), self.leader_nouns)
        placed = placed_names(ents := places_as_full_names(possessed_persons(ents, heads), self.words))  # "Recode’s Jo Roe"
        ents = surnames_as_persons(places_as_persons_undone(ents, placed), self.place_kinds, self.head_class, placed)
        for found in (full_names_of_surnames, surname_mentions, apostrophe_given_names):  # "Kendall French" the model missed
            ents += found(ents, {i for s in ents for i in range(s.start, s.end)})
        ents = outside_furniture(ents, blocked)
        doc.ents = sorted(filter_spans([self._chamber_name(s) for s in ents]), key=lambda s: s.start)  # one entity per token
        return doc

    def _after_joint(self, span: Span) -> Span:
        """ "Department of Health and Human Services on the Affordable Care Act", "Obamacare to the
        Fugitive Slave Act": a preposition and "the" (``law_name_joints``) join another name to the
        law's, which starts after the last of them."""
        words = [t.lower_ for t in span]
        for i in range(len(words) - 2, 0, -1):
            if words[i] in self.law_joints and words[i + 1] == "the":
                return Span(span.doc, span.start + i + 2, span.end, label=span.label_)
        return span

    def _bare_law(self, span: Span) -> bool:
        """ "Act of 2011" (of "the SOAR Act of 2011"), "Amendment" (of "the 27th Amendment"): a law's
        generic head alone names no law, unless the lexicon knows what it means alone ("Constitution")."""
        return (
            span.label_ == "Law"
            and span.text not in self.law_generics
            and all(t.text in self.law_heads or t.lower_ in ("of", "the") or YEAR.match(t.text) for t in span)
        )

    def _law_head_placed(self, span: Span) -> bool:
        """A law's head noun where a law's name has it: last ("the Clean Air Act"), or before "of",
        "to" or a number ("Act of 1964", "Amendment to the Constitution", "Title IX", "Section 8");
        not a head word opening another name ("Act Blue Charities")."""
        for i, t in enumerate(span):
            if t.text not in self.law_heads:
                continue
            if i == len(span) - 1 or span[i + 1].lower_ in ("of", "to", "'s", "’s") or _NUMBERED.match(span[i + 1].text):
                return True
        return False

    def _matchup(self, span: Span) -> bool:
        """ "Ann Ruiz vs. TOM HALE": a race between two persons named in full, not a case ("Roe vs.
        Wade", "New York vs. United States", "Citizens United vs. Federal Election Commission")."""
        words = [t.text for t in span]
        if not any(w.lower() in ("vs", "vs.", "versus") for w in words):
            return False
        k = next(i for i, w in enumerate(words) if w.lower() in ("vs", "vs.", "versus"))
        sides = (span[:k], span[k + 1 :])
        return all(
            2 <= len(side) <= 4
            and all(t.is_alpha and t.text[:1].isupper() for t in side)
            and side[-1].text.title() not in self.head_class
            and self.lexicon_class.get(side.text) is None
            for side in sides
        )

    def _regex_spans(self, doc: Doc, text: str, patterns) -> list[Span]:
        out = []
        for rx, label, literal in patterns:
            if literal is not None and literal not in text:
                continue  # no match possible (see kg.language.rxfilter)
            spans = (doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand") for m in rx.finditer(text))
            out += [span for span in spans if span is not None]
        return out

    def _clean(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Trimmed spans, cut at the first sentence boundary or line break they cross."""
        out = []
        for span in spans:
            if span.label_ == "Law":
                span = self._after_joint(span)
            span = trim_span(span, self.function_words - self.law_openers if span.label_ == "Law" else self.function_words)
            if span is None or self._bare_law(span):
                continue
            for i in range(span.start + 1, span.end):
                if doc[i].is_sent_start or "\n" in doc[i - 1].whitespace_ + doc[i - 1].text:
                    headed = span[-1].text in self.head_class
                    span = trim_span(Span(doc, span.start, i, label=span.label_), self.function_words)
                    if span is not None and span.label_ == "Law" and not self._law_head_placed(span):
                        span = None  # "... Charities. Act": the law's head was in the next sentence
                    elif span is not None and headed and not any(t.text in self.head_class for t in span):
                        span = None  # "Wisconsin | Supreme Court": the head that gave the class is cut off
                    break
            if span is not None:
                out.append(span)
        return out
