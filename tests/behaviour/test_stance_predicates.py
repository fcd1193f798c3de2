"""Stances on invented sentences stated by a predicate ("is opposed to", "voted in favor of"), by a
refused duty ("will not implement"), by the noun of undoing a law ("called for the repeal of") and
on "it" standing for a law; with the near-misses that state none."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract

LAW = "The Harbor Act passed in May. "


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


@pytest.mark.parametrize(
    "sentence, prop",
    [
        ("Senator Dave Orrin is opposed to the Harbor Act.", "opposes"),
        ("Senator Dave Orrin remains strongly opposed to the Harbor Act.", "opposes"),
        ("Senator Dave Orrin has been critical of the Harbor Act.", "opposes"),
        ("Senator Dave Orrin came out against the Harbor Act.", "opposes"),
        ("Senator Dave Orrin is in favor of the Harbor Act.", "supports"),
        ("Senator Dave Orrin voted in favor of the Harbor Act.", "supports"),
        ("Senator Dave Orrin spoke in favor of the Harbor Act on Tuesday.", "supports"),
    ],
)
def test_a_stance_predicate_of_the_subject_is_its_stance(nlp, sentence, prop):
    assert stances(nlp, LAW + sentence) == {("Dave Orrin", prop, "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Dave Orrin is not opposed to the Harbor Act.",  # negated
        "Senator Dave Orrin is not in favor of the Harbor Act.",
        "Is Senator Dave Orrin opposed to the Harbor Act?",  # a question
        "If Senator Dave Orrin is opposed to the Harbor Act, he will say so.",  # a condition
        "Governor Ellen Park claimed that Senator Dave Orrin is opposed to the Harbor Act.",  # her claim
        "Senator Dave Orrin said the port was critical to the Harbor Act.",  # "critical to": essential
        "The vote in favor of the Harbor Act was 40 to 2.",  # no one's
    ],
)
def test_a_stance_predicate_denied_asked_or_reported_is_none(nlp, sentence):
    assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, LAW + sentence)
    assert ("Dave Orrin", "supports", "Harbor Act") not in stances(nlp, LAW + sentence)


def test_a_case_decided_in_favor_of_a_party_is_no_side_taken(nlp):
    assert stances(nlp, "Jane Roe ruled in favor of the FBI on Tuesday.") == set()
    assert stances(nlp, LAW + "Judge Jane Roe found in favor of the Harbor Act.") == set()


def test_critical_of_a_body_for_one_act_is_no_stance_on_the_body(nlp):
    assert stances(nlp, "Senator Dave Orrin is critical of the FBI for failing to act.") == set()


@pytest.mark.parametrize(
    "sentence, prop",
    [
        ("Senator Dave Orrin called for the repeal of the Harbor Act.", "opposes"),
        ("Senator Dave Orrin supports full repeal of the Harbor Act.", "opposes"),
        ("Senator Dave Orrin voted against the repeal of the Harbor Act.", "supports"),
    ],
)
def test_a_stance_on_the_undoing_of_a_law_is_the_opposite_stance_on_the_law(nlp, sentence, prop):
    assert stances(nlp, LAW + sentence) == {("Dave Orrin", prop, "Harbor Act")}


def test_not_calling_for_a_repeal_is_no_stance(nlp):
    assert stances(nlp, LAW + "Senator Dave Orrin did not call for the repeal of the Harbor Act.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ellen Park said she will not implement the Harbor Act.",
        "Governor Ellen Park is not going to implement the Harbor Act.",
        "Governor Ellen Park refused to implement the Harbor Act.",
        "Governor Ellen Park pledged not to enforce the Harbor Act.",
    ],
)
def test_a_refused_duty_toward_a_law_opposes_it(nlp, sentence):
    assert stances(nlp, LAW + sentence) == {("Ellen Park", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ellen Park implemented the Harbor Act.",  # done: no side
        "Governor Ellen Park will implement the Harbor Act.",
        "Governor Ellen Park has not implemented the Harbor Act.",  # not done is no refusal
        "Governor Ellen Park does not enforce the Harbor Act.",
        "Governor Ellen Park will not implement the Harbor Act until 2020.",  # put off
        "Governor Ellen Park did not pledge to enforce the Harbor Act.",
        "Is Governor Ellen Park not going to implement the Harbor Act?",
        "If Governor Ellen Park is not going to implement the Harbor Act, the court will.",
        "Senator Dave Orrin said Governor Ellen Park is not going to implement the Harbor Act.",  # his claim
    ],
)
def test_a_duty_done_put_off_asked_or_reported_is_no_stance(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()


def test_it_is_the_law_named_last_before_it_with_only_a_person_or_date_between(nlp):
    text = "Governor Ellen Park said that though the court upheld the Harbor Act last week, she was not going to implement it."
    assert stances(nlp, text) == {("Ellen Park", "opposes", "Harbor Act")}
    other = "Senator Dave Orrin said the Harbor Act was passed in 2010 by the Senate, and he criticized it."
    assert stances(nlp, other) == set()  # the Senate comes between
    listed = "Senator Dave Orrin read the Harbor Act and the report, and he criticized it."
    assert stances(nlp, listed) == set()


def test_i_under_another_persons_saying_is_their_voice_not_the_speakers(nlp):
    said = (
        "\u201cMost everybody in our party has been saying I support full repeal of the Harbor Act,\u201d "
        "Senator Dave Orrin told reporters."
    )
    assert stances(nlp, LAW + said) == set()
    own = "\u201cI support full repeal of the Harbor Act,\u201d Senator Dave Orrin told reporters."
    assert stances(nlp, LAW + own) == {("Dave Orrin", "opposes", "Harbor Act")}
    group = "\u201cRepublicans promised that we would repeal the Harbor Act,\u201d Senator Dave Orrin said."
    assert stances(nlp, LAW + group) == {("Dave Orrin", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ellen Park will work hard to make sure the Harbor Act is repealed.",
        "Governor Ellen Park said the Harbor Act should be repealed entirely.",
        "Governor Ellen Park wants the Harbor Act repealed.",
        "Governor Ellen Park demanded that the Harbor Act be repealed.",
        "Governor Ellen Park said she thinks the Harbor Act must be overturned.",
    ],
)
def test_a_law_undone_in_the_passive_under_the_holders_wish_or_obligation_is_opposed(nlp, sentence):
    assert stances(nlp, LAW + sentence) == {("Ellen Park", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ellen Park said the Harbor Act was repealed in 2012.",  # a report, no wish
        "Governor Ellen Park said the Harbor Act should not be repealed.",
        "Governor Ellen Park does not want the Harbor Act repealed.",
        "Governor Ellen Park feared the Harbor Act would be repealed.",
        "Governor Ellen Park said voters want the Harbor Act repealed.",  # the voters' wish
        "If Governor Ellen Park wants the Harbor Act repealed, she should say so.",
        "Governor Ellen Park said the Harbor Act must have repealed the tax.",  # the law acts
    ],
)
def test_a_law_undone_in_the_passive_reported_feared_or_denied_is_no_stance(nlp, sentence):
    assert stances(nlp, LAW + sentence) == set()


@pytest.mark.parametrize(
    "sentence", ["\u201cI hate the Harbor Act,\u201d Senator Dave Orrin said.", "Senator Dave Orrin despises the Harbor Act."]
)
def test_hating_a_law_is_opposing_it(nlp, sentence):
    assert stances(nlp, LAW + sentence) == {("Dave Orrin", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    ["Senator Dave Orrin does not hate the Harbor Act.", "Senator Dave Orrin said he would hate to see the Harbor Act repealed."],
)
def test_a_denied_or_hedged_hate_is_no_stance(nlp, sentence):
    assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, LAW + sentence)
