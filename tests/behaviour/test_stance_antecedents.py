"""Stances on invented sentences whose law is named elsewhere than as the stance's object: a bill noun
named right after it ("introduced the legislation, known as X"), "it" meaning the law the sentence before
names as its subject or object; with the near-misses that name none."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

OTHER = "The Port Act passed in May. "  # a second law, so that "the legislation" alone names none


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Dave Orrin introduced the legislation, known as the Harbor Act, on Monday.",
        "Senator Dave Orrin introduced a bill called the Harbor Act on Monday.",
        "Senator Dave Orrin introduced a bill (the Harbor Act) on Monday.",
    ],
)
def test_a_bill_noun_named_right_after_it_is_that_law(nlp, sentence):
    assert stances(nlp, OTHER + sentence) == {("Dave Orrin", "supports", "Harbor Act")}


def test_a_new_bill_not_named_after_its_noun_is_no_stance_on_a_law(nlp):
    text = OTHER + "Senator Dave Orrin introduced a bill on Monday, and the Harbor Act was debated later."
    assert stances(nlp, text) == set()


def test_it_with_nothing_before_it_is_the_law_the_sentence_before_has_as_subject_or_object(nlp):
    subject = "The Harbor Act passed the Senate on Monday. Governor Ellen Park said she would veto it."
    assert stances(nlp, subject) == {("Ellen Park", "opposes", "Harbor Act")}
    obj = "The Senate passed the Harbor Act on Monday. Governor Ellen Park said she would veto it."
    assert stances(nlp, obj) == {("Ellen Park", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "text",
    [
        # two laws before: "it" may mean either
        "The Senate passed the Harbor Act and the Port Act on Monday. Governor Ellen Park said she would veto it.",
        # the law only in a phrase of the sentence before, not its subject or object
        "The senators spoke about the Harbor Act for an hour. Governor Ellen Park said she would veto it.",
        # a noun before "it" in its own sentence that "it" may mean
        "The Senate passed the Harbor Act on Monday. Governor Ellen Park read the report and criticized it.",
    ],
)
def test_it_that_may_mean_something_else_is_no_stance(nlp, text):
    assert stances(nlp, text) == set()


def test_the_subject_taking_the_side_does_not_stand_between_it_and_its_law(nlp):
    text = "Though the court upheld the Harbor Act, the City Council voted to repeal it."
    assert stances(nlp, text) == {("City Council", "opposes", "Harbor Act")}


def test_it_after_a_law_noun_is_the_law_the_noun_stands_for(nlp):
    law = "The Harbor Act was debated for a year. "
    same = law + "The Senate passed the law, and Governor Ellen Park signed it."
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, same)
    before = law + "The Senate passed the law on Monday. Governor Ellen Park said she would veto it."
    assert stances(nlp, before) == {("Ellen Park", "opposes", "Harbor Act")}


def test_it_after_a_bill_word_or_a_new_law_is_no_stance(nlp):
    law = "The Harbor Act was debated for a year. "
    bill = law + "The Senate passed the bill on Monday. Governor Ellen Park said she would veto it."
    assert stances(nlp, bill) == set()  # "the bill" may be another bill than the law named
    new = law + "Senators wrote a law that would close the port. The Senate passed the law, and Governor Ellen Park signed it."
    assert stances(nlp, new) == set()


def test_the_measure_may_mean_an_amendment_named_for_its_sponsor(nlp):
    """A statute's amendment named for a person ("the Pellman Amendment") is a law "the measure" can mean:
    it is not one of the Constitution's provisions, which a bill noun never means."""
    text = (
        "He faced criticism for his efforts to pass the 1994 Harbor Act. "
        '"We will repeal the Pellman Amendment," Sen. Rosa Quill said Wednesday. '
        "Former Rep. Dan Orlo shared a video of himself calling to abolish the measure."
    )
    assert ("Dan Orlo", "opposes", "Pellman Amendment") in stances(nlp, text)
    assert ("Dan Orlo", "opposes", "Harbor Act") not in stances(nlp, text)
