"""Stances of a law's writers and of the named agent of a noun of intent, on invented sentences: "X, who
wrote the Harbor Act", "X helped craft the Harbor Act", "the Harbor Act, written by X"; "a push by X to
repeal the Harbor Act"; "X's push to expand the Harbor Act"; with the near-misses (writing about a law, a
justice writing a ruling, an intent whose agent is not named)."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "The Harbor Act passed in 2010. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jane Roe, who wrote the Harbor Act, spoke on Monday.",
        "Senator Jane Roe, who helped craft the Harbor Act, spoke on Monday.",
        "Senator Jane Roe drafted the Harbor Act in 2009.",
        "The Harbor Act, written by Senator Jane Roe, bars cruise ships.",
    ],
)
def test_the_writer_of_a_law_supports_it(nlp, sentence):
    assert stances(nlp, LAW + sentence) == {("Jane Roe", "supports", "Harbor Act")}


@pytest.mark.parametrize(
    "text",
    [
        LAW + "Senator Jane Roe wrote about the Harbor Act in an op-ed.",
        LAW + "Senator Jane Roe wrote to the governor about the Harbor Act.",
        "The Heller ruling came in 2008. Justice Jane Roe wrote the Heller ruling.",
    ],
)
def test_writing_about_a_law_or_writing_a_ruling_is_no_stance(nlp, text):
    assert stances(nlp, text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "An attempt by Senator Jane Roe to repeal the Harbor Act failed on Monday.",
        "Voters rejected a push by Senator Jane Roe to repeal the Harbor Act.",
        "Voters rejected a push by Senator Jane Roe to repeal it.",
    ],
)
def test_the_named_agent_of_a_noun_of_intent_holds_its_stance(nlp, sentence):
    assert stances(nlp, LAW + sentence) == {("Jane Roe", "opposes", "Harbor Act")}


def test_an_intent_without_a_named_agent_is_nobodys(nlp):
    assert stances(nlp, LAW + "Senator Jane Roe said a push by lawmakers to repeal the Harbor Act had failed.") == set()


def test_a_push_to_expand_a_law_supports_it(nlp):
    got = stances(nlp, LAW + "Senator Jane Roe's push to expand the Harbor Act drew praise.")
    assert got == {("Jane Roe", "supports", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Springfield City Council wrote the Harbor Act in 2009.",
        "The Harbor Act, written by the Springfield City Council, bars cruise ships.",
    ],
)
def test_a_body_that_writes_a_law_enacts_it_and_takes_no_side(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    ["Nor does Governor Ellen Park plan to expand the Harbor Act.", "Nor did Governor Ellen Park support the Harbor Act."],
)
def test_a_clause_opened_by_nor_is_negated(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()
