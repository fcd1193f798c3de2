"""Stance verbs written with a hyphen stay one token with their lemma (kg.pipeline.add_hyphenated_stance_verbs)."""

from __future__ import annotations

import spacy

from kg.pipeline import add_hyphenated_stance_verbs


def test_hyphenated_stance_verbs_stay_one_token_in_every_form():
    nlp = spacy.blank("en")
    assert len(nlp("co-sponsored")) == 3  # spaCy splits at the hyphen
    add_hyphenated_stance_verbs(nlp)
    for form in ("co-sponsor", "co-sponsors", "co-sponsored", "co-sponsoring", "Co-sponsored", "co-authored", "re-introduced"):
        assert [t.text for t in nlp(f"She {form} it.")] == ["She", form, "it", "."]
    assert len(nlp("co-founded")) == 3  # not a stance verb: left as spaCy splits it


def test_the_lemma_of_a_hyphenated_stance_verb_is_set_by_the_attribute_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    add_hyphenated_stance_verbs(nlp)
    doc = nlp("She co-sponsored it and re-introduced it.")
    assert [t.lemma_ for t in doc if "-" in t.text] == ["co-sponsor", "re-introduce"]
