"""Stances a law receives, a bill reintroduced, and another bill of the holder's own, on invented sentences
(issue 15): "Y won the support of X", "Y drew criticism from X", "Y received endorsements from A and B"
(``stance_frames.receiving_verbs``); "X reintroduced this legislation" after the law is named (a bill
described as "the Y Act, a bill that ..." is Y itself, no new bill). Nothing when the verb is negated,
hedged or asked, nor for what a person receives; "X sponsored his own bill" is another bill. A stance
verb written with a hyphen ("co-sponsored", "co-authored") keeps its subject, as "cosponsored" does."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "Congress debated the Harbor Safety Act last year. "


@pytest.mark.parametrize(
    ("text", "holder", "prop"),
    [
        ("The Harbor Safety Act won the support of Senator Dana Price.", "Dana Price", "supports"),
        (
            "The Harbor Safety Act drew criticism from the American Civil Liberties Union.",
            "American Civil Liberties Union",
            "opposes",
        ),
        (LAW + "The bill has the backing of Governor Ellen Park.", "Ellen Park", "supports"),
    ],
)
def test_the_holder_of_a_stance_a_law_receives_takes_it(nlp, text, holder, prop):
    assert (holder, prop, "Harbor Safety Act") in stances(nlp, text)


def test_each_listed_holder_of_endorsements_a_law_received_supports_it(nlp):
    got = stances(nlp, "The Harbor Safety Act received endorsements from the Sierra Club and the Marsh Foundation.")
    assert {("Sierra Club", "supports", "Harbor Safety Act"), ("Marsh Foundation", "supports", "Harbor Safety Act")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Safety Act did not win the support of Senator Dana Price.",
        "The Harbor Safety Act failed to win the support of Senator Dana Price.",
        "The Harbor Safety Act could win the support of Senator Dana Price.",
        "Backers hope the Harbor Safety Act will win the support of Senator Dana Price.",
        "Did the Harbor Safety Act win the support of Senator Dana Price?",
    ],
)
def test_support_a_law_did_not_receive_or_may_receive_is_no_stance(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Dana Price"}


def test_support_a_person_receives_is_no_stance_on_a_law(nlp):
    got = stances(nlp, LAW + "Senator Dana Price won the support of the American Civil Liberties Union.")
    assert not {f for f in got if f[0] == "American Civil Liberties Union"}


@pytest.mark.parametrize(
    "text",
    [
        LAW + "Senator Dana Price reintroduced the bill in January.",
        LAW + "Senator Dana Price re-introduced the Harbor Safety Act in January.",
        "The Senate will consider the Harbor Safety Act, a bill that funds port guards. The legislation would hire "
        "500 guards. Senator Dana Price reintroduced this legislation in January.",
    ],
)
def test_the_legislator_who_reintroduced_the_articles_bill_supports_it(nlp, text):
    assert ("Dana Price", "supports", "Harbor Safety Act") in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        LAW + "Senator Dana Price did not reintroduce the bill in January.",
        LAW + "Senator Dana Price reintroduced his own bill in January.",
        LAW + "Senator Dana Price sponsored her own bill in January.",
    ],
)
def test_a_bill_not_reintroduced_or_of_the_holders_own_gives_no_stance(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Dana Price"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dana Price co-sponsored the Harbor Safety Act.",
        "Senator Dana Price is co-sponsoring the Harbor Safety Act.",
        "Senator Dana Price co-authored the Harbor Safety Act.",
        "The Harbor Safety Act, co-sponsored by Senator Dana Price, passed.",
    ],
)
def test_a_stance_verb_written_with_a_hyphen_keeps_its_subject(nlp, text):
    assert ("Dana Price", "supports", "Harbor Safety Act") in stances(nlp, text)


def test_a_hyphenated_stance_verb_negated_gives_no_stance(nlp):
    assert not stances(nlp, "Senator Dana Price did not co-sponsor the Harbor Safety Act.")


def test_who_after_a_party_label_means_the_legislator_not_the_place(nlp):
    text = LAW + "State Sen. Dana Price, D-Fresno, who opposes the Harbor Safety Act, spoke on Monday."
    assert ("Dana Price", "opposes", "Harbor Safety Act") in stances(nlp, text)


def test_the_legislation_of_an_article_naming_two_laws_is_neither(nlp):
    text = "The Senate passed the Harbor Safety Act and the Port Access Act. Governor Ellen Park said she would sign the legislation."
    assert not {f for f in stances(nlp, text) if f[0] == "Ellen Park"}
