"""A stance verb with a modal of obligation completing a verb of saying or believing is the speaker's stance
("X said Congress should repeal Y": X opposes Y), on invented sentences; negated in its own clause it is the
other stance ("should not repeal"); with the near-misses (a denied saying or belief, a condition, a third
party's report)."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "The Harbor Act passed in 2010. "


@pytest.mark.parametrize(
    "sentence, prop",
    [
        ("Senator Jane Roe said Congress should repeal the Harbor Act.", "opposes"),
        ("Senator Jane Roe believes the court must uphold the Harbor Act.", "supports"),
        ("Senator Jane Roe said Congress should not repeal the Harbor Act.", "supports"),
    ],
)
def test_what_the_speaker_says_another_should_do_to_a_law_is_the_speakers_stance(nlp, sentence, prop):
    assert stances(nlp, LAW + sentence) == {("Jane Roe", prop, "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Jane Roe did not say Congress should repeal the Harbor Act.",  # a denied saying states nothing
        "Senator Jane Roe did not think the governor should rescind the Harbor Act.",  # nor a denied belief
        "If Senator Jane Roe says Congress should repeal the Harbor Act, it will.",  # a condition
        "Governor Ellen Park said Senator Jane Roe thinks Congress should repeal the Harbor Act.",  # Park's claim
    ],
)
def test_a_denied_saying_a_condition_or_a_claim_about_the_speaker_is_no_stance(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()
