"""Where a pronoun stands in its sentence, for :func:`kg.language.cues.antecedent`."""

from __future__ import annotations

from spacy.tokens import Token

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
