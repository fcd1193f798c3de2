"""Stances on invented sentences stated of a group its holders are said to be of ("A and B were the only
Republicans to vote against X", "A was one of three Democrats who voted for X"); with the near-misses."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "The Harbor Act passed in May. "


@pytest.mark.parametrize(
    "sentence, prop",
    [
        ("Rep. Dave Orrin was one of three Democrats who voted for the Harbor Act.", "supports"),
        ("Rep. Dave Orrin was among the Democrats who voted for the Harbor Act.", "supports"),
        ("Rep. Dave Orrin was the only Democrat to vote against the Harbor Act.", "opposes"),
    ],
)
def test_a_stance_of_a_group_the_holder_is_said_to_be_of_is_the_holders(nlp, sentence, prop):
    assert stances(nlp, LAW + sentence) == {("Dave Orrin", prop, "Harbor Act")}


def test_each_holder_said_to_be_the_group_holds_its_stance(nlp):
    text = LAW + "Reps. Dave Orrin and Ann Lee were the only Republicans to vote against the Harbor Act."
    assert stances(nlp, text) == {("Dave Orrin", "opposes", "Harbor Act"), ("Ann Lee", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rep. Dave Orrin was not among the Democrats who voted for the Harbor Act.",  # denied
        "Rep. Dave Orrin was one of three Democrats who voted for an amendment to the Harbor Act.",  # not the law
        "Rep. Dave Orrin was one of the Democrats the Harbor Act angered.",  # the group's own subject
    ],
)
def test_a_group_the_holder_is_not_of_or_a_vote_on_something_else_is_no_stance(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()
