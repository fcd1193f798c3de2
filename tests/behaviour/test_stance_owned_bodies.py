"""Stances on invented sentences: "his organization", "her group" as a stance's holder is the one body the person
is titled in, in that sentence or the one before (kg.language.ownedbodies)."""

from __future__ import annotations

import pytest
from test_stance_holders import stances

LAW = "The Harbor Act passed in May. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Coastal Alliance Executive Director Jane Roe said that her organization would challenge the law in court.",
        "Jane Roe, president of the Coastal Alliance, said her group would fight the Harbor Act.",
        "Jane Roe, president of the Coastal Alliance, spoke on Monday. She said her group opposes the Harbor Act.",
    ],
)
def test_a_persons_body_named_by_a_possessive_is_the_body_she_is_titled_in(nlp, sentence):
    assert ("Coastal Alliance", "opposes", "Harbor Act") in stances(nlp, LAW + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe, president of the Coastal Alliance, said her former group would fight the Harbor Act.",
        "Jane Roe, president of the Coastal Alliance, spoke on Monday. Bills were read. Votes were cast. "
        "She said her group opposes the Harbor Act.",  # titled too long before
    ],
)
def test_another_or_a_far_body_of_the_person_is_no_holder(nlp, sentence):
    assert ("Coastal Alliance", "opposes", "Harbor Act") not in stances(nlp, LAW + sentence)
