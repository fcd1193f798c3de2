"""A body's head said by a verb in a clause of its own, for ``kg_titles``: "X heads the Harbor Fund", "the
Harbor Fund is headed by X" (issue 15: leaders of organizations written with no title). The verbs are
``clause_head`` of entity_patterns.json's ``role_verbs``.

Only what the writer states holds now: a present tense (not "X led the Cowboys to a win", "X will head the
panel", "X wants to lead the party", "if X runs the group"), not negated, not inside a quote, the person the
verb's subject (the passive's agent after "by"), the body its object (the passive's subject), a named
organization, agency or court (never a place: "X leads the state" says no office); the other names
relative clauses and participles leave to titleclauses and ledby."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.resources import load_json
from .text import in_quoted_text
from .titleclauses import role_record

BODIES = ("Agency", "Court", "Organization")
PERSONS = ("Person", "Official")
_PRESENT = ("VBZ", "VBP")
_RANKINGS = ("in", "to", "with", "against", "into", "toward", "towards")
_NOT_NOW = ("will", "would", "could", "may", "might", "should", "must", "can", "'ll", "’ll")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(load_json("entity_patterns.json")["role_verbs"]["clause_head"])


def verb_heads(doc: Doc, ents: list[Span]) -> list[dict]:
    """Records of ``kg_titles`` (role "head", no title) for each body a person so heads."""
    by_root = {e.root.i: e for e in ents}
    out = []
    for person in (e for e in ents if e.label_ in PERSONS):
        root = person.root
        verb = root.head
        if verb.lemma_ not in _verbs() or verb.pos_ != "VERB" or not _stated(doc, verb, person):
            continue
        if root.dep_ != "nsubj" or verb.tag_ not in _PRESENT:
            continue  # not "X led the Cowboys to a win" (a past act), nor X of "the Y X heads"
        bodies = [by_root.get(c.i) for c in verb.children if c.dep_ == "dobj"]  # "X heads the Y"
        out += [role_record(person, b, "head", "role-verb") for b in bodies if b is not None and b.label_ in BODIES]
    for person in (e for e in ents if e.label_ in PERSONS and e.root.dep_ == "pobj" and e.root.head.dep_ == "agent"):
        verb = person.root.head.head  # "the Y is headed by X"
        present = any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children)
        if verb.lemma_ not in _verbs() or verb.tag_ != "VBN" or not present or not _stated(doc, verb, person):
            continue
        bodies = [by_root.get(c.i) for c in verb.children if c.dep_ == "nsubjpass"]
        out += [role_record(person, b, "head", "role-verb-passive") for b in bodies if b is not None and b.label_ in BODIES]
    return out


def _stated(doc: Doc, verb, person: Span) -> bool:
    """The verb's clause states a present fact: no negation, modal or future, no condition, no infinitive, and
    the person's name outside quotes."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _NOT_NOW) or c.dep_ == "mark" for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp"):
        return False  # "wants to lead the Y", "if X heads the Y"; relative clauses are titleclauses'
    if any(c.dep_ == "prep" and c.lower_ in _RANKINGS for c in verb.children):
        return False  # "X leads the Tigers in rushing", "leads the Democrats against the bill": no office
    return not in_quoted_text(doc, person.start_char)
