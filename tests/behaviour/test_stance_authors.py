"""Stances of a bill's author and of getting rid of a law (issue 15), on invented sentences: "X introduced
a bill to repeal Y", "X proposed legislation to extend Y", "X wants to get rid of Y"; with the near-misses
that state none (a bill X opposed, a negated "get rid of", an extended deadline)."""

from __future__ import annotations

import pytest
from test_stance_predicates import LAW, stances


@pytest.mark.parametrize(
    "sentence, prop",
    [
        ("Senator Dave Orrin introduced a bill to repeal the Harbor Act.", "opposes"),
        ("Senator Dave Orrin has proposed legislation to extend the Harbor Act through 2030.", "supports"),
        ("Senator Dave Orrin filed a measure to scrap the Harbor Act on Monday.", "opposes"),
        ("Governor Dave Orrin wants to get rid of the Harbor Act.", "opposes"),
    ],
)
def test_the_author_of_a_bill_and_getting_rid_of_a_law_state_a_stance(nlp, sentence, prop):
    assert stances(nlp, LAW + sentence) == {("Dave Orrin", prop, "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Dave Orrin did not get rid of the Harbor Act.",  # negated on "get"
        "Senator Dave Orrin said the bill to repeal the Harbor Act was dead.",  # no author
        "Senator Dave Orrin wants to extend the deadline of the Harbor Act.",  # a deadline, not the law
    ],
)
def test_no_stance_without_an_author_or_with_a_negation(nlp, sentence):
    assert not {s for s in stances(nlp, LAW + sentence) if s[0] == "Dave Orrin"}


def test_the_effort_of_a_named_body_is_not_the_speakers_stance(nlp):
    text = LAW + "Rep. Dave Orrin, who said the GOP efforts to repeal the Harbor Act backfired, spoke on Monday."
    assert not {s for s in stances(nlp, text) if s[0] == "Dave Orrin"}


def test_a_group_named_only_as_a_modifier_of_an_effort_holds_no_stance(nlp):
    text = LAW + "Polls show Democrats have the high ground amid GOP efforts to repeal the Harbor Act."
    assert not stances(nlp, text)
