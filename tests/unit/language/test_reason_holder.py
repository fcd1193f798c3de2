"""kg.language.stanceholders.reason_holder on hand-built parses (no model): whose stance a gerund after "for" is."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.language.stanceholders import reason_holder


def _doc(words, heads, deps, pos, tags) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_the_object_nearest_before_for_holds_the_stance():
    # the parser hung "for supporting" on "used", whose objects are "increases" and (misparsed) "Braley"
    doc = _doc(
        ["Ernst", "used", "increases", "Braley", "for", "supporting", "law"],
        [1, 1, 1, 1, 1, 4, 5],
        ["nsubj", "ROOT", "dobj", "dobj", "prep", "pcomp", "dobj"],
        ["PROPN", "VERB", "NOUN", "PROPN", "ADP", "VERB", "NOUN"],
        ["NNP", "VBD", "NNS", "NNP", "IN", "VBG", "NN"],
    )
    assert reason_holder(doc[5]).text == "Braley"


def test_a_passive_subject_holds_it_and_other_gerunds_have_none():
    doc = _doc(
        ["Pole", "was", "praised", "for", "backing", "it"],
        [2, 2, 2, 2, 3, 4],
        ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj"],
        ["PROPN", "AUX", "VERB", "ADP", "VERB", "PRON"],
        ["NNP", "VBD", "VBN", "IN", "VBG", "PRP"],
    )
    assert reason_holder(doc[4]).text == "Pole"
    assert reason_holder(doc[2]) is None
