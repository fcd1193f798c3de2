"""Stances of those who bring in, push or would do away with a named law or its funding, on invented
sentences (issue 15):
"X unveiled / proposed / is pushing the Y Act" (laws only), "X vowed to eliminate / defund Y";
"Y's co-sponsors include A and B", "the opponents of Y include A" (a group of an agent noun listing its
members as the object of "include"); "X is speaking up by pushing Y" (the subject of the verb whose
means the gerund names); "block Y funding", "the implementation of Y" (a stance on a
law's means is on the law). No stance from the same words on what is not a named law, from a group
listing no one by name, or from a negated list."""

from __future__ import annotations

import pytest
from test_stance_marks import stances


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Senator Dana Price unveiled the Harbor Safety Act on Monday.", ("Dana Price", "supports", "Harbor Safety Act")),
        ("Senator Dana Price proposed the Harbor Safety Act in May.", ("Dana Price", "supports", "Harbor Safety Act")),
        ("Senator Dana Price is pushing the Harbor Safety Act.", ("Dana Price", "supports", "Harbor Safety Act")),
        ("Governor Dana Price vowed to eliminate the Harbor Safety Act.", ("Dana Price", "opposes", "Harbor Safety Act")),
        ("Senator Dana Price voted to defund the Harbor Safety Act.", ("Dana Price", "opposes", "Harbor Safety Act")),
    ],
)
def test_bringing_in_or_doing_away_with_a_named_law_is_a_stance(nlp, text, fact):
    assert fact in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Dana Price proposed a new budget on Monday.",
        "Senator Dana Price pushed the Senate to vote on Monday.",
        "The plan would eliminate 300 jobs at the Harbor Authority, Governor Dana Price said.",
        "Governor Dana Price proposed amendments to the Harbor Safety Act.",
    ],
)
def test_the_same_verbs_on_what_is_no_named_law_state_no_stance(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Dana Price"}


def test_the_listed_co_sponsors_of_a_named_law_support_it(nlp):
    got = stances(nlp, "The Harbor Safety Act's co-sponsors include Senators Dana Price and Lee Orrin.")
    assert {("Dana Price", "supports", "Harbor Safety Act"), ("Lee Orrin", "supports", "Harbor Safety Act")} <= got


def test_the_listed_opponents_and_challengers_of_a_named_law_oppose_it(nlp):
    got = stances(nlp, "The opponents of the Harbor Safety Act include Senator Lee Orrin.")
    assert ("Lee Orrin", "opposes", "Harbor Safety Act") in got
    got = stances(nlp, "The Harbor Safety Act's challengers included the Alliance for Ports.")
    assert ("Alliance for Ports", "opposes", "Harbor Safety Act") in got


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Safety Act's opponents do not include Senator Lee Orrin.",
        "Supporters of Senator Dana Price include Senator Lee Orrin.",
        "The Harbor Safety Act's co-sponsors include many Republicans, Senator Lee Orrin said.",
    ],
)
def test_a_negated_list_or_a_group_of_no_law_gives_no_listed_stance(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Lee Orrin"}


def test_the_subject_of_a_verb_holds_the_stance_of_the_gerund_naming_its_means(nlp):
    text = "Senator Dana Price said that she is speaking up for dockworkers by pushing the Harbor Safety Act."
    assert ("Dana Price", "supports", "Harbor Safety Act") in stances(nlp, text)
    passive = "The port was saved by defunding the Harbor Safety Act, Senator Dana Price said."
    assert not {f for f in stances(nlp, passive) if f[0] == "Dana Price"}


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "Senator Dana Price attempted to block Harbor Safety Act funding in 2013.",
            ("Dana Price", "opposes", "Harbor Safety Act"),
        ),
        ("Senator Dana Price voted to extend Harbor Safety Act funding.", ("Dana Price", "supports", "Harbor Safety Act")),
        (
            "Senator Dana Price opposes the implementation of the Harbor Safety Act.",
            ("Dana Price", "opposes", "Harbor Safety Act"),
        ),
    ],
)
def test_a_stance_on_a_named_laws_funding_or_implementation_is_on_the_law(nlp, text, fact):
    assert fact in stances(nlp, text)


def test_funding_of_what_is_no_law_gives_no_stance(nlp):
    assert stances(nlp, "Senator Dana Price praised the funding of the Harbor Authority.") == set()
    assert stances(nlp, "Senator Dana Price criticized funding for the Harbor Safety Act's new office.") == set()
