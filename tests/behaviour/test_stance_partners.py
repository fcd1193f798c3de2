"""Stances on invented sentences: the partners a verb of joining names take the stance it completes
("X joined with Y and Z to challenge the law"), not the body one joins as a member (kg.language.stancepartners)."""

from __future__ import annotations

import pytest
from test_stance_holders import stances

LAW = "The Harbor Act passed in May. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Coastal Alliance joined with the Fishermen's League, the Port Workers Union and the Bay Council to "
        "challenge the Harbor Act in court.",
        "The Coastal Alliance teamed up with the Fishermen's League, the Port Workers Union and the Bay Council to "
        "challenge the law in court.",
        "The Coastal Alliance joined the Fishermen's League, the Port Workers Union and the Bay Council in challenging "
        "the Harbor Act.",
        "Jane Roe said her group would join forces with the Fishermen's League, the Port Workers Union and the Bay "
        "Council to challenge the law.",
    ],
)
def test_every_named_partner_of_a_joining_verb_takes_the_stance(nlp, sentence):
    got = stances(nlp, LAW + sentence)
    for partner in ("Fishermen's League", "Port Workers Union", "Bay Council"):
        assert (partner, "opposes", "Harbor Act") in got


def test_joining_partners_in_supporting_a_law_support_it(nlp):
    got = stances(nlp, LAW + "Senator Dana Price joined Senator Ellen Park in defending the Harbor Act.")
    assert ("Dana Price", "supports", "Harbor Act") in got
    assert ("Ellen Park", "supports", "Harbor Act") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe joined the Port Workers Union in 2010 to fight the Harbor Act.",  # a body joined as a member
        "The Coastal Alliance did not join the Port Workers Union in challenging the Harbor Act.",
        "The Coastal Alliance met with the Port Workers Union to challenge the Harbor Act.",  # no joining verb
    ],
)
def test_no_partner_takes_a_stance_outside_a_joining_frame(nlp, sentence):
    assert ("Port Workers Union", "opposes", "Harbor Act") not in stances(nlp, LAW + sentence)
