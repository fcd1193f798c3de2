"""``kg_stances``: explicit supports / opposes, only when the text states them.

"X supports Y", "X praised Y", "X slammed Y", "X, a critic of Y", "X's opposition to Y". A negated
statement ("X does not support Y") yields nothing. Findings go to ``doc._.kg_stances`` in the same
form as ``doc._.kg_relations``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import load_lexicon
from .cues import char_span, children, cues, negated, resolve, sent_span, subject_of
from .text import furniture_ranges, overlaps

HOLDERS = ("Person", "Official", "Agency", "Organization", "Court")
TARGETS = ("Law", "CourtRuling", "Agency")

if not Doc.has_extension("kg_stances"):
    Doc.set_extension("kg_stances", default=None)


@Language.factory("kg_stances", default_config={})
def make_stances(nlp: Language, name: str) -> "StanceFinder":
    return StanceFinder()


class StanceFinder:
    def __init__(self) -> None:
        self.verbs, self.nouns = {}, {}
        for row in load_lexicon().stances:
            prop = "supports" if row.stance.startswith("support") else "opposes"
            (self.verbs if row.pos == "VERB" else self.nouns)[row.lemma.lower()] = prop
        self.nominals = cues()["nominals"]

    def __call__(self, doc: Doc) -> Doc:
        out = []
        blocked = furniture_ranges(doc)
        for sent in doc.sents:
            if overlaps(sent.start_char, sent.end_char, blocked):
                continue
            for tok in sent:
                lemma = tok.lemma_.lower()
                if tok.pos_ == "VERB" and lemma in self.verbs and not negated(tok):
                    out += self._verb(doc, tok, self.verbs[lemma])
                elif tok.pos_ == "NOUN" and lemma in self.nouns:
                    out += self._noun(doc, tok, self.nouns[lemma])
        doc._.kg_stances = out
        return doc

    def _pair(self, holder, target, prop, tok, rule):
        if holder is None or target is None or holder == target:
            return []
        if holder.label_ not in HOLDERS or target.label_ not in TARGETS:
            return []
        return [{"subj": char_span(holder), "prop": prop, "obj": char_span(target), "value": None,
                 "sent": sent_span(tok), "rule": rule}]

    def _verb(self, doc, verb, prop):
        holder = resolve(doc, subject_of(verb), self.nominals)
        objs = children(verb, "dobj")
        if not objs:
            for prep in children(verb, "prep"):
                objs = children(prep, "pobj")
                if objs:
                    break
        target = resolve(doc, objs[0], self.nominals) if objs else None
        return self._pair(holder, target, prop, verb, "stance-verb")

    def _noun(self, doc, noun, prop):
        target = None
        for prep in children(noun, "prep"):
            if prep.lower_ in ("of", "to", "for", "against"):
                objs = children(prep, "pobj")
                target = resolve(doc, objs[0], self.nominals) if objs else None
        if target is None:
            return []
        holder = None
        poss = children(noun, "poss")
        if poss:
            holder = resolve(doc, poss[0], self.nominals)
        elif noun.dep_ == "appos" or (noun.dep_ == "attr" and noun.head.lemma_ == "be"):
            anchor = noun.head if noun.dep_ == "appos" else subject_of(noun.head)
            holder = resolve(doc, anchor, self.nominals)
        if any(c.dep_ == "neg" for c in noun.head.children):
            return []
        return self._pair(holder, target, prop, noun, "stance-noun")
