"""``kg_quotestances``: a stance stated in the speaker's own quoted words, in the frames the stance
verbs of ``kg_stances`` do not read.

"'I am proud to support the Harbor Act,' said X", "'We remain committed to repealing Y,' X said",
"'Our goal is to repeal Y'", "'It is time to repeal Y'", "'We look forward to signing Y'", "'We need a bill to repeal Y'" (X supports
or opposes Y as the stance verb says); "'I cannot support Y'" (X opposes Y); "'This bill is an attack
on women,' said X" (X opposes the bill). The holder is the quotation's resolved speaker; the frame's
subject is "I"/"we" (or the goal is "my"/"our" goal). The law is named inside the quotation, or is
"this bill"/"this legislation" when the quotation's sentence or the one before names one law only.
Nothing in a question, under a condition ("if we repeal Y"), when negated ("we are not ready to
repeal Y"), or after a quotation mark inside the quotation. The frame words are data
(``relation_cues.json``, ``quote_stances``). Findings are appended to ``doc._.kg_stances`` with the
rule ``stance-quote-frame``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..language.cues import char_span, children, cues, ent_of, sent_span
from ..language.lawtopics import law_key
from ..language.quoteframes import attack_target, committed, means_held, unable
from ..language.stancewords import stance_words
from ..language.text import doc_text, furniture_ranges, overlaps

HOLDERS = ("Person", "Official", "Agency", "Organization")
LAWS = ("Law", "CourtRuling")
INNER_MARK = re.compile(r"(?:^|[\s(\[])[\u201c\u2018\"'](?=\w)")  # an opening mark of a quotation within the quotation


@Language.factory("kg_quotestances", default_config={})
def make_quotestances(nlp: Language, name: str) -> QuoteStanceFinder:
    return QuoteStanceFinder()


class QuoteStanceFinder:
    def __init__(self) -> None:
        data = cues()
        self.verbs = stance_words()[0]
        frames = data["stance_frames"]
        self.conditions = set(frames["conditional_marks"])
        self.refusable = set(frames["refusable"])
        self.reversing = set(data["reversing_words"]["words"])
        self.law_nouns = set(data["consequences"]["any_law_nouns"]) | set(frames["bill_nouns"])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        blocked = furniture_ranges(doc)
        for q in doc._.kg_quotes or []:
            holder = self._speaker(doc, q)
            if holder is None or overlaps(q["start"], q["end"], blocked):
                continue
            span = doc.char_span(q["start"], q["end"], alignment_mode="contract")
            for tok in span if span is not None else ():
                if self._unsaid(doc, q, tok):
                    continue
                for prop, target in self._stances(tok):
                    law = self._law(doc, q, target)
                    if law is not None and law.label_ in LAWS:
                        found.append(self._fact(holder, prop, law, tok))
        doc._.kg_stances = (doc._.kg_stances or []) + found
        return doc

    def _stances(self, tok: Token) -> list[tuple[str, Token]]:
        """(property, target token) of the frames ``tok`` heads."""
        subject = attack_target(tok) if tok.pos_ == "NOUN" else None
        if subject is not None:
            return [("opposes", subject)]
        if tok.pos_ != "VERB" and not (tok.dep_ == "conj" and tok.head.pos_ == "VERB"):
            return []  # "to go and not only repeal but replace Y": a listed verb may be tagged a noun
        prop, objs = self._verb(tok)
        if prop is None or not objs:
            return []
        if (committed(tok) or means_held(tok)) and not any(c.dep_ == "neg" for c in tok.children):
            return [(prop, o) for o in objs]
        if prop == "supports" and unable(tok, self.refusable):
            return [("opposes", o) for o in objs]
        return []

    def _verb(self, verb: Token) -> tuple[str | None, list[Token]]:
        """The stance of a (phrasal) stance verb and its objects: "repeal Y", "vote for Y", "repeal and replace Y"."""
        lemma = verb.lemma_.lower()
        for head in (verb, *children(verb, "acomp")):  # "getting rid of Y": "rid" may be the verb's complement
            for particle in children(head, "prep", "prt"):
                prop = self.verbs.get(f"{head.lemma_.lower()} {particle.lower_}")
                if prop is not None:
                    return prop, children(particle, "pobj")
        prop = self.verbs.get(lemma)
        if prop is None:
            return None, []
        objs = children(verb, "dobj")
        if not objs:  # "repeal and replace Y": the object of the last verb of the list
            objs = [o for c in verb.conjuncts if c.i > verb.i for o in children(c, "dobj")][:1]
        return prop, [t for o in objs for t in (o, *o.conjuncts)]

    def _unsaid(self, doc: Doc, q: dict, tok: Token) -> bool:
        """A question, a condition above ``tok``, or a quotation inside the quotation."""
        said = doc_text(doc)[max(tok.sent.start_char, q["start"]) : min(tok.sent.end_char, q["end"])]
        if said.rstrip(" ,\u201d\"'\u2019").endswith("?"):
            return True
        if INNER_MARK.search(doc_text(doc)[q["start"] : tok.idx]):
            return True
        for t in (tok, *tok.ancestors):
            if any(c.dep_ == "mark" and c.lower_ in self.conditions for c in t.children):
                return True
        return False

    def _law(self, doc: Doc, q: dict, target: Token | None) -> Span | None:
        """The law ``target`` names inside the quotation, or the one law "this bill" stands for."""
        if target is None or not q["start"] <= target.idx < q["end"]:
            return None
        if any(c.lower_ in self.reversing for c in target.children):
            return None  # "the repeal bill": against the law it undoes, not named here
        ent = ent_of(target)
        if ent is not None:
            return ent
        if target.lemma_.lower() not in self.law_nouns or not any(
            c.dep_ == "det" and c.lower_ == "this" for c in target.children
        ):
            return None
        sent = target.sent
        scope = doc[doc[sent.start - 1].sent.start if sent.start > 0 else sent.start : sent.end]
        laws = {law_key(e.text): e for e in scope.ents if e.label_ in LAWS}
        return next(iter(laws.values())) if len(laws) == 1 else None

    @staticmethod
    def _speaker(doc: Doc, q: dict) -> Span | None:
        if not q.get("speaker"):
            return None
        span = doc.char_span(*q["speaker"], alignment_mode="expand")
        ent = ent_of(span.root) if span is not None else None
        return ent if ent is not None and ent.label_ in HOLDERS else None

    @staticmethod
    def _fact(holder: Span, prop: str, law: Span, tok: Token) -> dict:
        return {
            "subj": char_span(holder),
            "prop": prop,
            "obj": char_span(law),
            "value": None,
            "sent": sent_span(tok),
            "rule": "stance-quote-frame",
            "component": "quotestances",
        }
