"""owned_law on a hand-built parse: "X's signature law" set off after a law's name, with the apposition
hung by the parser on a noun before the name ("portions of the Harbor Act, Park's signature law")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.language.cues import cues
from kg.language.stancemarks import owned_law

WORDS = ["Critics", "undo", "portions", "of", "the", "Harbor", "Act", ",", "Park", "'s", "signature", "law", "."]
HEADS = [1, 1, 1, 2, 6, 6, 3, 2, 11, 8, 11, 2, 1]  # "law" an apposition of "portions", not of "Act"
DEPS = ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct", "poss", "case", "compound", "appos", "punct"]
POS = ["NOUN", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "NOUN", "PUNCT"]


def _doc(law_ents: list[str]) -> Doc:
    ents = ["O"] * 5 + law_ents + ["O", "B-Person"] + ["O"] * 4
    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)


def test_a_signature_law_hung_on_a_noun_before_the_name_is_the_law_before_its_comma():
    doc = _doc(["B-Law", "I-Law"])
    holder, law = owned_law(doc, doc[10], cues()["nominals"])
    assert (holder.text, law.text) == ("Park", "Harbor Act")


def test_no_law_before_the_comma_no_owned_law():
    doc = _doc(["O", "O"])
    assert owned_law(doc, doc[10], cues()["nominals"]) == (None, None)
