"""``kg_relations``: facts between entities, read off the dependency parse.

appointedBy, enactedBy, amendedBy (with enactedDate / amendedDate), regulates, decidedBy (with
decisionDate), partOf and jurisdiction. Each finding goes to ``doc._.kg_relations`` as a dict with
``subj``/``obj`` char spans (``obj`` None for literal facts, which carry ``value``), ``prop``,
``sent`` (the evidence sentence) and ``rule`` (which pattern fired). Ends whose span is not an
entity of ``doc.ents`` (a name inside a longer name) carry ``obj_label``/``subj_label``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..language.appointing import appoints_to_office
from ..language.cues import (
    agent_of,
    char_span,
    children,
    cues,
    ent_of,
    nearest_before,
    negated,
    resolve,
    sent_span,
    subject_of,
    year_of,
)
from ..language.hosted import hosted_units
from ..language.lawdates import LawDateRules, after_brackets, year_phrase
from ..language.modality import habitual, unrealized
from ..language.namefacts import NameChecks, cut_before
from ..language.rulingfacts import RulingAndYearRules
from ..language.text import furniture_ranges, overlaps
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)

LAW_ENDS = ("Law",)
_EVENTS = ("enactedBy", "amendedBy", "appointedBy")  # facts of an event: never from a plan, a hypothesis or a failure
BODY = ("Agency", "Court")
REL_GAP = 3  # words between a law's name and the "which" of its relative clause: "the Harbor Act (HA), which"


@Language.factory("kg_relations", default_config={})
def make_relations(nlp: Language, name: str) -> RelationFinder:
    return RelationFinder()


class RelationFinder(RulingAndYearRules, LawDateRules):
    def __init__(self) -> None:
        data = cues()
        self.verb_prop = {lemma: prop for prop, lemmas in data["verbs"].items() for lemma in lemmas}
        self.ruling_nouns = set(data["ruling_nouns"])
        self.dated_law_nouns = set(data["dated_law_nouns"])
        self.date_qualifiers = frozenset(data["date_qualifiers"])
        self.naming_phrases = data["naming_phrases"]
        self.pending_words = set(data["pending_words"])
        self.generic_law_words = set(data["generic_law_modifiers"]) | set(load_json("entity_patterns.json")["law_heads"])
        self.nominals = data["nominals"]
        lex = load_lexicon()
        self.body_names = {n for b in lex.bodies for n in b.names if b.cls == "Agency"}
        self.lexicon_class = {n: b.cls for b in lex.named for n in b.names}
        self.law_names = {n.lower(): b.name for b in lex.named if b.cls == "Law" for n in b.names}
        self.law_heads = set(load_json("entity_patterns.json")["law_heads"])
        self.provision = re.compile(load_json("entity_patterns.json")["constitutional_provision"])
        self.unit_heads = set(data["unit_heads"])
        self.names = NameChecks(lex, data)
        self.assent = set(data["assent_verbs"])
        self.appointing = data["appointing"]
        self.lex = lex
        self.bill_nouns = set(data["stance_frames"]["bill_nouns"])
        self.section = re.compile(next(p["regex"] for p in load_json("entity_patterns.json")["regex"] if p["id"] == "section"))

    def __call__(self, doc: Doc) -> Doc:
        out: list[dict] = []
        blocked = furniture_ranges(doc)
        by_sent: dict[int, list[Span]] = {}
        for e in doc.ents:
            by_sent.setdefault(e[0].sent.start, []).append(e)
        for sent in doc.sents:
            if overlaps(sent.start_char, sent.end_char, blocked):
                continue
            ents = by_sent.get(sent.start, [])
            for tok in sent:
                prop = self.verb_prop.get(tok.lemma_.lower())
                if prop and tok.pos_ in ("VERB", "AUX") and not negated(tok) and not (prop in _EVENTS and _not_an_event(tok)):
                    out += getattr(self, f"_{prop}")(doc, tok)
            if ents:
                out += self._rulings(doc, sent, ents)
                out += self._law_years(doc, sent, ents)
                out += self._dated_names(doc, ents)
            out += self._descriptor_years(doc, sent)
        out += self._name_structure(doc, blocked) + hosted_units(doc, blocked)
        self._laws_of = (None, {})  # the article's laws (LawDateRules._article_laws): not kept past its document
        doc._.kg_relations = out
        return doc

    def _fact(self, subj, prop, obj, tok, rule, value=None) -> dict:
        return {
            "subj": char_span(subj),
            "prop": prop,
            "obj": char_span(obj),
            "value": value,
            "sent": sent_span(tok),
            "rule": rule,
        }

    def _object(self, verb):
        objs = children(verb, "dobj", "nsubjpass")
        if not objs and verb.dep_ == "conj":
            objs = children(verb.head, "dobj", "nsubjpass")
        if not objs and verb.dep_ == "acl" and verb.tag_ == "VBN":
            return ent_of(verb.head)  # "the Harbor Act, passed by the council in 2014": a law named, not
            # "the bipartisan bill passed by the Senate" (another bill than the article's law)
        if objs and objs[0].lower_ in ("which", "that") and verb.dep_ == "relcl" and ent_of(verb.head) is None:
            return None  # "the rule that the FCC passed": a common noun its clause identifies, not the article's law
        return resolve(verb.doc, objs[0], self.nominals) if objs else None

    def _actor(self, verb):
        if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl", "conj"):
            return resolve(verb.doc, agent_of(verb), self.nominals)
        return resolve(verb.doc, subject_of(verb), self.nominals)

    def _law_change(self, doc, verb, prop, date_prop):
        law, body = self._object(verb), self._actor(verb)
        if law is not None and (self._bill_beside_sections(verb, law) or cut_before(law)):
            law = None
        own = law is not None and law.label_ in LAW_ENDS and not _another_clauses_law(verb, law)
        if not own:
            law = None
            rel = [
                c
                for c in (*verb.children, *verb.head.children)
                if c.lower_ in ("which", "that") and c.dep_ in ("nsubjpass", "nsubj")
            ]
            if rel:  # the parser often attaches "which" to the wrong noun: take the law just before it
                law = nearest_before(rel[0], "Law")
                if law is not None and rel[0].i - law.end > REL_GAP:
                    law = None  # "the Harbor Act ... the rule which the board passed": not the law's clause
        if law is None or law.label_ not in LAW_ENDS:
            return []
        out = []
        assent = verb.lemma_.lower() in self.assent  # "the Michigan House ratified the 27th Amendment": a date only
        if body is not None and body.label_ in BODY and not assent:
            out.append(self._fact(law, prop, body, verb, f"{prop}-verb"))
        elif body is not None and body.label_ == "Place" and prop == "enactedBy" and not assent:
            if body.text not in self.names.shared_names:  # "New York passed X": the state or the city
                out.append(self._fact(law, "jurisdiction", body, verb, "enacted-by-place"))  # "Arizona passed SB 1070"
        year = year_of(verb)
        if not year and law.start <= next((c.i for c in verb.children if c.dep_ == "dobj"), -1) < law.end:
            # "passed the Harbor Act (HA) in 2014": the parser hung "in 2014" on another word
            year = year_phrase(doc, after_brackets(doc, law.end), self.date_qualifiers)
        if year:
            out.append(self._fact(law, date_prop, None, verb, f"{date_prop}-verb", value=year))
        return out

    def _bill_beside_sections(self, verb, law: Span) -> bool:
        """ "The House passed its bill" in an article that names sections of a law ("Section 702"):
        the bill amends or renews them and is not one of the article's named laws."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return (
            obj is not None
            and obj.lemma_.lower() in self.bill_nouns
            and not (law.start <= obj.i < law.end)
            and any(e.label_ == "Law" and self.section.match(e.text) for e in verb.doc.ents)
        )

    def _enactedBy(self, doc, verb):
        return self._law_change(doc, verb, "enactedBy", "enactedDate")

    def _amendedBy(self, doc, verb):
        return self._law_change(doc, verb, "amendedBy", "amendedDate")

    def _regulates(self, doc, verb):
        subj = resolve(doc, subject_of(verb), self.nominals)
        objs = children(verb, "dobj")
        obj = resolve(doc, objs[0], self.nominals) if objs else None
        if (
            subj is not None
            and obj is not None
            and subj.label_ in ("Law", "CourtRuling")
            and obj.label_ == "Agency"
            and not cut_before(subj)
        ):
            return [self._fact(subj, "regulates", obj, verb, "regulates-verb")]
        return []

    def _appointedBy(self, doc, verb):
        appointee = self._object(verb)
        if appointee is None and verb.dep_ in ("acl", "relcl"):
            appointee = ent_of(verb.head)
        appointer = self._actor(verb)
        people = ("Person", "Official")
        if (
            appointee is not None
            and appointer is not None
            and appointee.label_ in people
            and appointer.label_ in people
            and appointee != appointer
            and appoints_to_office(verb, appointee, appointer, self.appointing, self.lex)
        ):
            return [self._fact(appointee, "appointedBy", appointer, verb, "appointed-by")]
        return []

    def _decidedBy(self, doc, verb):
        return []  # handled sentence-wide by _rulings

    def _local(self, e: Span) -> bool:
        """A law the lexicon does not know as a federal one, or a body it does not know as a national one
        and that is not the modifier of a noun after it: "Chicago's City Council", but not "Boston's ICE
        office" or "Ohio's Medicaid"."""
        if e.label_ == "Law":  # not "Kentucky's Medicaid", a federal program, nor "Virginia's Constitutional Amendment"
            return self.lexicon_class.get(e.text) != "Law" and not all(t.text in self.generic_law_words for t in e)
        after = e.doc[e.end] if e.end < len(e.doc) else None
        return e.label_ == "Agency" and e.text not in self.body_names and (after is None or after.pos_ != "NOUN")


def _not_an_event(verb) -> bool:
    """A plan, a hypothesis, a wish or a failure, or a habit or scenario in the simple present."""
    return unrealized(verb) or habitual(verb)


def _another_clauses_law(verb, law: Span) -> bool:
    """ "The House passed the bill after the Senate changed the Harbor Act": "the bill" of "passed" is
    not the law another clause of the sentence names. A law named in the verb's own clause (its
    object, its passive subject, the noun a participle or relative clause hangs on) is its law; one
    named in an earlier sentence may be what "the bill" refers to; a nominal with a noun of its own
    ("the compromise bill", "the spending bill") that the law's name does not hold is another bill."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if (obj is not None and law.start <= obj.i < law.end) or law.start <= verb.head.i < law.end:
        return False  # the law is the verb's own object, or the noun its participle or relative clause hangs on
    named = {w.lower() for w in law.text.split()}
    if obj is not None and any(c.dep_ == "compound" and c.lower_ not in named for c in obj.children):
        return True
    return law.sent == verb.sent and law.root.i not in _clause(verb)


def _clause(verb) -> set[int]:
    """The tokens of ``verb``'s own clause: its subtree without the clauses inside it."""
    out, todo = set(), [verb]
    while todo:
        tok = todo.pop()
        out.add(tok.i)
        todo += [c for c in tok.children if c.dep_ not in ("advcl", "ccomp", "csubj", "relcl", "acl", "conj", "parataxis")]
    return out
