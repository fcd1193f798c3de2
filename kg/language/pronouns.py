"""Where a pronoun stands in its sentence, for :func:`kg.language.cues.antecedent`, and which names are no antecedent."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .furniture_spans import is_furniture

SUBJECTS = ("nsubj", "nsubjpass")


def main_subject(pronoun: Token) -> bool:
    """Whether ``pronoun`` is the subject of its sentence's main verb ("He said ..."), or of the clause
    that verb says when the main verb's subject is the same pronoun ("He said he would ..."); not in
    "Critics said he ..." (what others say of him)."""
    if pronoun.dep_ not in SUBJECTS:
        return False
    outer = pronoun
    if pronoun.head.dep_ == "ccomp":
        outer = next((c for c in pronoun.head.head.children if c.dep_ in SUBJECTS), None)
    return outer is not None and outer.lower_ == pronoun.lower_ and outer.head == outer.sent.root


def possessive(e: Span) -> bool:
    """ "Trump's lawyer", "the Trump administration": a possessor or a modifier is rarely the antecedent
    of the next "he"."""
    head = e.root.head  # not a word of a site's name card after the name ("X X (Y) XHeadline ... MORE"): furniture
    modifier = (
        e.root.dep_ == "compound" and head.i >= e.end and not head.ent_type_ and not is_furniture(e.doc, head.idx, head.idx + 1)
    )
    return modifier or e.end < len(e.doc) and e.doc[e.end].tag_ == "POS"


def named_ents(doc: Doc, person_labels: set[str]) -> list[Span]:
    """The entities of ``doc`` but a one-word "person" the article also writes as a plural common noun
    ("Javelins" the model calls a person, in an article that also writes "javelins")."""
    lower = {t.text for t in doc if t.is_lower and t.tag_ == "NNS"}  # a plural common noun: no one's name
    named = {t.text for e in doc.ents if e.label_ in person_labels and len(e) > 1 for t in e}
    return [
        e for e in doc.ents if not (e.label_ in person_labels and len(e) == 1 and e.text.lower() in lower and e.text not in named)
    ]


def joined_to_another(name: Token) -> bool:
    """Whether a name is joined by a conjunction to another holder ("X and Y said", "X and his aides"): not
    when what follows it is the last of a list of descriptions ("says X, a former congressman, an advocate,
    and a Trump supporter": common nouns after an apposition, each X)."""
    described = any(c.dep_ == "appos" for c in name.children)
    return any(c.dep_ == "conj" and not (described and c.pos_ == "NOUN" and not c.ent_type_) for c in name.children)
