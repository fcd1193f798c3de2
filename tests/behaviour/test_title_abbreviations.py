"""Title abbreviations written without their period, as British and some US outlets write them
(issue 15): "Sgt Dana Roe" is a sergeant as "Sgt. Dana Roe" is, capitalized as written only; the title is
kept as printed."""

from __future__ import annotations

from kg.resolve.article import extract


def titles(nlp, text):
    return [(f["title"], f["cls"]) for f in nlp(text)._.kg_titles]


def test_an_abbreviated_title_without_its_period_is_that_title(nlp):
    text = (
        "A sheriff's deputy, Sgt Dana Whitcombe, was among the wounded, the Marlow County Sheriff's Office said. "
        "Sgt Whitcombe, a 20-year veteran, was taken to a hospital."
    )
    assert ("Sgt", "Official") in titles(nlp, text)
    assert {e.name: e.cls for e in extract(nlp(text), "d").entities}["Dana Whitcombe"] == "Official"


def test_two_undotted_abbreviations_are_the_one_title_they_abbreviate(nlp):
    assert titles(nlp, "Rep Tom Velker met reporters on Monday.") == [("Rep", "Official")]
    assert titles(nlp, "U.S. Sen. Tom Velker met reporters on Monday.") == [("U.S. Senator", "Official")]


def test_a_lower_case_word_that_spells_an_abbreviation_is_no_title(nlp):
    assert titles(nlp, "The company's sales rep Tom Velker met the buyers on Monday.") == []
