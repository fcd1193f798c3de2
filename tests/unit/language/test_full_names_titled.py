"""kg.language.fullnames on hand-built docs (no model): a given name the Census tables lack, written between a
title in lower case and the surname the model labelled alone ("CNN host Piers Morgan")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.fullnames import full_names_of_surnames


def _doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos)


def _names(doc: Doc, person_at: list[int]) -> list[str]:
    ents = [Span(doc, 0, 1, label="Organization")] + [Span(doc, i, i + 1, label="Person") for i in person_at]
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [s.text for s in full_names_of_surnames(ents, taken)]


def test_a_capitalized_word_between_a_lower_case_title_and_the_surname_is_the_given_name():
    doc = _doc(
        ["WXT", "host", "Tarquil", "Vennor", "said", "no", "."], ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"]
    )
    assert _names(doc, [3]) == ["Tarquil Vennor"]


def test_no_given_name_without_the_title_when_the_census_lacks_it():
    doc = _doc(
        ["WXT", "and", "Tarquil", "Vennor", "said", "no", "."], ["PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"]
    )
    assert _names(doc, [3]) == []
