"""A legislator who carries a bill through a chamber ("shepherded the X Act through the Senate", "who
ushered it through") sponsors it: a stance for the law; nothing toward what is no law (invented sentences)."""

from __future__ import annotations

import pytest
from test_behaviour import facts


def stances(nlp, text):
    return {f for f in facts(nlp, text) if f[1] in ("supports", "opposes")}


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Carl Dorsey, who ushered the Harbor Safety Act through the chamber, spoke on Tuesday.",
        "Sen. Carl Dorsey shepherded the Harbor Safety Act through the Senate last year.",
    ],
)
def test_carrying_a_bill_through_a_chamber_supports_it(nlp, text):
    assert ("Carl Dorsey", "supports", "Harbor Safety Act") in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Carl Dorsey shepherded the reporters through the Capitol.",
        "Sen. Carl Dorsey did not shepherd the Harbor Safety Act through the Senate.",
    ],
)
def test_no_law_or_a_negation_takes_no_side(nlp, text):
    assert not stances(nlp, text)
