"""Attribution frames on hand-built parses (the parse the model gives at times, fixed here)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.language.attributions import named_before

WORDS = ["\u201c", "You", "are", "a", "judge", ",", "\u201d", "Holt", ",", "who", "studied", "law", ",", "said", "."]
# the parser hangs "Holt" inside the quote (an apposition of "judge") and leaves "said" without a subject
HEADS = [13, 2, 13, 4, 2, 4, 13, 4, 7, 10, 7, 10, 13, 13, 13]
DEPS = [
    "punct",
    "nsubj",
    "ccomp",
    "det",
    "attr",
    "punct",
    "punct",
    "appos",
    "punct",
    "nsubj",
    "relcl",
    "dobj",
    "punct",
    "ROOT",
    "punct",
]
POS = [
    "PUNCT",
    "PRON",
    "AUX",
    "DET",
    "NOUN",
    "PUNCT",
    "PUNCT",
    "PROPN",
    "PUNCT",
    "PRON",
    "VERB",
    "NOUN",
    "PUNCT",
    "VERB",
    "PUNCT",
]
TAGS = ["``", "PRP", "VBP", "DT", "NN", ",", "''", "NNP", ",", "WP", "VBD", "NN", ",", "VBD", "."]


def _doc(words=WORDS, ents=None) -> Doc:
    nlp = spacy.blank("en")
    ents = ents if ents is not None else ["O"] * 7 + ["B-PERSON"] + ["O"] * 7
    return Doc(nlp.vocab, words=words, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, ents=ents)


def test_a_name_and_an_aside_after_the_quote_are_who_said_it():
    doc = _doc()
    assert named_before(doc[13]).text == "Holt"


def test_no_name_after_the_quote_no_speaker():
    assert named_before(_doc(ents=["O"] * 15)[13]) is None  # "..., ” the report, which ..., said": not a name
