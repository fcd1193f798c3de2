"""Stances on laws a plural common noun lists by name ("backed priorities like the Harbor Act", "opposed laws
such as A and B", "her support for priorities like Y"), and a holder's noun after a curly "’s" ("she’s a
Harbor Act backer"), on invented sentences; with the near-misses."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "The Harbor Act passed in 2010. "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Senator Jane Roe backed priorities like the Harbor Act.", {("Jane Roe", "supports", "Harbor Act")}),
        (
            "Senator Jane Roe opposed laws such as the Harbor Act and the Dock Act.",
            {("Jane Roe", "opposes", "Harbor Act"), ("Jane Roe", "opposes", "Dock Act")},
        ),
        (
            "Senator Jane Roe lost because of her support for Democratic priorities like the Harbor Act.",
            {("Jane Roe", "supports", "Harbor Act")},
        ),
    ],
)
def test_each_law_a_common_noun_lists_is_a_target(nlp, sentence, expected):
    assert stances(nlp, LAW + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jane Roe backed groups like the Harbor Alliance.",  # no law listed
        "Senator Jane Roe does not support priorities like the Harbor Act.",  # negated
        "Senator Jane Roe spoke about priorities like the Harbor Act.",  # no stance word
    ],
)
def test_a_list_of_no_law_or_no_stance_on_it_is_nothing(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()


def test_a_holders_noun_after_a_curly_contraction(nlp):
    text = LAW + "Senator Jane Roe spoke on Monday. And she’s an unapologetic Harbor Act backer."
    assert stances(nlp, text) == {("Jane Roe", "supports", "Harbor Act")}


def test_a_listed_name_longer_than_the_law_is_no_stance_on_the_law(nlp):
    text = "Medicare pays for care of the elderly.\n\nSenator Jane Roe supports initiatives like Medicare for All."
    assert ("Jane Roe", "supports", "Medicare") not in stances(nlp, text)
