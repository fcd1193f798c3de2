"""Title abbreviations written without their period, as British and some US outlets write them
(issue 15): "Sgt Dana Roe" is a sergeant as "Sgt. Dana Roe" is, capitalized as written only, before a
person named in full; the title types its holder but is written as no title literal (kg.language.titleabbrevs)."""

from __future__ import annotations

from kg.resolve.article import extract


def titles(nlp, text):
    return [(f["title"], f["cls"]) for f in nlp(text)._.kg_titles]


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_an_abbreviated_title_without_its_period_makes_its_holder_an_official(nlp):
    text = (
        "A sheriff's deputy, Sgt Dana Whitcombe, was among the wounded, the Marlow County Sheriff's Office said. "
        "Sgt Whitcombe, a 20-year veteran, was taken to a hospital."
    )
    assert (None, "Official") in titles(nlp, text)
    assert classes(nlp, text)["Dana Whitcombe"] == "Official"
    assert titles(nlp, "Rep Tom Velker met reporters on Monday.") == [(None, "Official")]


def test_a_lower_case_word_that_spells_an_abbreviation_is_no_title(nlp):
    assert titles(nlp, "The company's sales rep Tom Velker met the buyers on Monday.") == []


def test_an_undotted_abbreviation_before_no_name_in_full_is_no_title(nlp):
    text = "About 28% of Gen Xers and Boomers agreed with the plan, the survey found."
    assert titles(nlp, text) == []
    assert "Official" not in classes(nlp, text).values()
