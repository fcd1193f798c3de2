"""Stances and asides, on invented sentences: a clause completing "questions about ..." or foretold
under "it will be ... when" is no stance of the sentence's subject; the bill's head noun ("the
amendment") means the article's one law even when its name comes later; a legislator with a suffix
("Jane Roe III") is the namesake of "the Roe-Doe amendment"."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Nadia Orlov, the former committee chair, also dismissed questions about fellow Democrats up for "
        "reelection in 2024 having to defend the Harbor Safety Act to voters back home.",
        "Sen. Nadia Orlov spoke in Ohio.\n\n\u201cIt will be a cold day in Ohio when we defund the Harbor Safety "
        "Act,\u201d Orlov said.",
    ],
)
def test_a_stance_asked_about_or_foretold_is_no_side_taken(nlp, text):
    assert not {s for s in stances(nlp, text) if s[0] == "Nadia Orlov"}


def test_the_same_stance_said_outright_is_kept(nlp):
    text = "Rep. Nadia Orlov, the former committee chair, defended the Harbor Safety Act to voters back home."
    assert ("Nadia Orlov", "supports", "Harbor Safety Act") in stances(nlp, text)


def test_the_bills_head_noun_means_the_one_law_named_later(nlp):
    text = (
        "Sen. Mark Brandt, Ohio Republican, is another co-sponsor of the amendment, his office said. "
        "Sen. Lee Olsen of Utah said last week that he is opposed to the amendment.\n\n"
        "If those positions hold on the Roe-Doe amendment, the vote will be close."
    )
    found = stances(nlp, text)
    assert ("Mark Brandt", "supports", "Roe-Doe amendment") in found
    assert ("Lee Olsen", "opposes", "Roe-Doe amendment") in found


def test_a_later_name_of_another_head_noun_is_not_meant(nlp):
    text = (
        "Sen. Lee Olsen of Utah said last week that he is opposed to the amendment.\n\n"
        "The vote on the Harbor Safety Act will be close."
    )
    assert not stances(nlp, text)


def test_a_namesake_with_a_suffix_supports_the_bill_of_his_surname(nlp):
    text = "Sen. Jane Roe III, Ohio Democrat, spoke on Sunday. The Roe-Doe amendment would expand background checks."
    assert ("Jane Roe III", "supports", "Roe-Doe amendment") in stances(nlp, text)


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        ("Gov. Jane Roe has said she was prepared to sign the Harbor Safety Act if it comes to her desk next year.", "supports"),
        ("Gov. Jane Roe said she would sign the Harbor Safety Act if it reaches her desk.", "supports"),
        ("Gov. Jane Roe said she would veto the Harbor Safety Act if it passes the House.", "opposes"),
        ("Gov. Jane Roe said she is eager to repeal the Harbor Safety Act.", "opposes"),
    ],
)
def test_a_pledge_on_the_bill_reaching_the_holder_is_a_stance(nlp, text, prop):
    assert stances(nlp, text) == {("Jane Roe", prop, "Harbor Safety Act")}


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Jane Roe said she would sign the Harbor Safety Act if lawmakers add a sunset clause.",
        "Gov. Jane Roe has said she is unlikely to sign the Harbor Safety Act.",
    ],
)
def test_a_condition_on_the_stance_or_an_unlikely_one_is_none(nlp, text):
    assert not stances(nlp, text)


def test_a_press_secretary_states_the_stance_of_the_one_she_speaks_for(nlp):
    text = "White House press secretary Tom Brandt said President Jane Roe fully supports the Harbor Safety Act."
    assert stances(nlp, text) == {("Jane Roe", "supports", "Harbor Safety Act")}
    other = "Sen. Tom Brandt said Gov. Jane Roe supports the Harbor Safety Act."
    assert not stances(nlp, other)


def test_a_condition_on_what_the_bill_does_is_none(nlp):
    assert not stances(nlp, "Gov. Jane Roe said she would sign the Harbor Safety Act if it gets rid of the fee.")
