"""A vote on undoing a law that a holder means to hold ("X's plan to vote on a repeal of Y", "X announced a plan
to hold a vote on repealing Y": X opposes Y), on invented sentences; with the near-misses (a vote on the law
itself, on something else, or not under a noun of intent, or under a condition)."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "The Harbor Act passed in 2010. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Senate leader Jane Roe's plan to vote on a straight repeal of the Harbor Act fell apart.",
        "Senator Jane Roe announced a plan to hold a vote on repealing the Harbor Act.",
    ],
)
def test_a_planned_vote_on_undoing_a_law_opposes_it(nlp, sentence):
    assert stances(nlp, LAW + sentence) == {("Jane Roe", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Senate leader Jane Roe's plan to vote on the Harbor Act fell apart.",  # either way
        "Senator Jane Roe's plan to vote on amendments to the Harbor Act fell apart.",  # not undoing it
        "Senator Jane Roe voted on a repeal of the Harbor Act on Monday.",  # a vote, not an intent
        "If Senator Jane Roe's plan to vote on a repeal of the Harbor Act works, the law ends.",  # a condition
    ],
)
def test_a_vote_either_way_or_under_a_condition_is_no_stance(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()
