"""Stances on invented sentences: a noun of act whose preposition sets its stance ("her vote for Y", "his vote
against Y", "their fight against Y"), and nouns of sponsoring a bill ("X's sponsorship of Y"); stance.tsv."""

from __future__ import annotations

import pytest
from test_stance_holders import stances

LAW = "The Harbor Act passed in May. "


@pytest.mark.parametrize(
    ("sentence", "prop"),
    [
        ("Senator Dana Price defended her vote for the Harbor Act on Tuesday.", "supports"),
        ("Senator Dana Price's vote against the Harbor Act angered her donors.", "opposes"),
        ("Senator Dana Price, who cast the deciding vote for the Harbor Act, lost her seat.", "supports"),
        ("Senator Dana Price's sponsorship of the Harbor Act won praise.", "supports"),
        ("Senator Dana Price's fight against the Harbor Act failed.", "opposes"),
        ("Senator Dana Price's campaign for the Harbor Act drew crowds.", "supports"),
    ],
)
def test_a_noun_of_act_states_the_stance_its_preposition_sets(nlp, sentence, prop):
    assert ("Dana Price", prop, "Harbor Act") in stances(nlp, LAW + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Dana Price's vote on the Harbor Act is expected Tuesday.",  # no side
        "Senator Dana Price criticized Governor Ellen Park for his vote for the Harbor Act.",  # whose vote: unsure
        "Senator Dana Price's campaign for the White House drew crowds.",  # a seat, not a law
    ],
)
def test_a_noun_of_act_without_its_stance_preposition_or_owner_states_none(nlp, sentence):
    assert not {s for s in stances(nlp, LAW + sentence) if s[0] == "Dana Price"}


def test_a_noun_of_act_on_a_bill_undoing_a_law_is_no_stance_on_the_law(nlp):
    text = (
        "The Harbor Act passed in 2010. Senator Ellen Park's support for the Harbor Act repeal bill surprised nobody. "
        "Senator Dana Price's campaign for the repeal bill drew crowds."
    )
    got = stances(nlp, text)
    assert ("Ellen Park", "supports", "Harbor Act") not in got
    assert ("Dana Price", "supports", "Harbor Act") not in got


@pytest.mark.parametrize(
    ("sentence", "prop"),
    [
        ("Senator Dana Price did not regret her vote for the Harbor Act.", "supports"),
        ("Senator Dana Price never hid her opposition to the Harbor Act.", "opposes"),
        ("Senator Dana Price did not withdraw her support for the Harbor Act.", "supports"),
    ],
)
def test_a_negation_that_keeps_an_owned_stance_leaves_it(nlp, sentence, prop):
    assert ("Dana Price", prop, "Harbor Act") in stances(nlp, LAW + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Dana Price withdrew her support for the Harbor Act.",
        "Senator Dana Price dropped her opposition to the Harbor Act.",
        "Senator Dana Price did not express support for the Harbor Act.",
    ],
)
def test_a_stance_given_up_or_not_expressed_is_none(nlp, sentence):
    assert not {s for s in stances(nlp, LAW + sentence) if s[0] == "Dana Price"}
