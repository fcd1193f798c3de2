"""Stances on invented sentences: who holds a stance a verb without a subject of its own states, what
a verb without an object of its own is on, and guesses narrowed to what the text names."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


def test_a_stance_completing_a_noun_of_intent_is_its_owners(nlp):
    got = stances(nlp, "Governor Ellen Park campaigned on a promise to repeal the Harbor Act.")
    assert ("Ellen Park", "opposes", "Harbor Act") in got
    criticized = stances(nlp, "Senator Dave Orrin criticized Governor Ellen Park's pledge to repeal the Harbor Act.")
    assert ("Ellen Park", "opposes", "Harbor Act") in criticized
    assert ("Dave Orrin", "opposes", "Harbor Act") not in criticized  # he criticized the pledge
    objected = stances(nlp, "Governor Ellen Park objected to the move to dismantle the Harbor Act.")
    assert ("Ellen Park", "opposes", "Harbor Act") not in objected  # the move is someone else's


def test_coordinated_verbs_share_the_object_after_the_last(nlp):
    text = "\u201cWe will repeal and replace the Harbor Act,\u201d Senator Dave Orrin told a meeting of farmers."
    assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, text)


def test_backing_another_persons_bill_takes_none_of_their_other_sides(nlp):
    text = (
        "The Harbor Act passed in May. Governor Ellen Park praised the Harbor Act. Senator Dave Orrin backed Ellen Park's bill."
    )
    got = stances(nlp, text)
    assert ("Ellen Park", "supports", "Harbor Act") in got
    assert ("Dave Orrin", "supports", "Harbor Act") not in got


def test_the_bill_after_a_bill_that_names_the_law_is_that_other_bill(nlp):
    text = (
        "The Harbor Act passed in May. Senator Dave Orrin voted for a bill that funds the port and defunds the "
        "Harbor Act, but he urged colleagues to block the bill in the Senate."
    )
    assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, text)


def test_it_in_a_quotation_is_no_law_the_article_names_once_and_long_before(nlp):
    text = (
        "The Harbor Act passed in 2010. The clinic opened in March. Doctors saw fewer patients. Its owners hired "
        "consultants. \u201cIt was hurting sales,\u201d says Jane Roe, who joined the clinic that year."
    )
    assert stances(nlp, text) == set()


def test_he_is_nobody_when_an_unlabelled_name_is_the_subject_before_it(nlp):
    text = (
        "The Harbor Act passed in May. On Sunday, McCain was not quite ready to call on Secretary Ellen Park to step "
        "down, but he encouraged efforts to dismantle the Harbor Act."
    )
    assert ("Ellen Park", "opposes", "Harbor Act") not in stances(nlp, text)


def test_a_vote_given_as_an_answer_is_a_stance(nlp):
    assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, "Senator Dave Orrin is a \u201cno\u201d on the Harbor Act.")
    assert ("Dave Orrin", "supports", "Harbor Act") in stances(
        nlp, "Senator Dave Orrin is a \u201cyes\u201d vote on the Harbor Act."
    )
    assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, "Senator Dave Orrin will vote no on the Harbor Act.")
    for text in (
        "Senator Dave Orrin is not a \u201cyes\u201d on the Harbor Act.",
        "If Senator Dave Orrin is a no on the Harbor Act, it fails.",
        "Governor Ellen Park said that Senator Dave Orrin is a \u201cno\u201d on the Harbor Act.",
    ):
        assert not {s for s in stances(nlp, text) if s[0] == "Dave Orrin"}, text


def test_a_quoted_evaluation_of_this_law_or_it_is_the_speakers_stance(nlp):
    for quote in ("\u201cThis law is a disaster for our farmers,\u201d", "\u201cIt is a disaster,\u201d"):
        text = f"The Harbor Act passed in May. {quote} said Senator Dave Orrin."
        assert ("Dave Orrin", "opposes", "Harbor Act") in stances(nlp, text), quote
    far = "The Harbor Act passed in May. The port flooded in June. Trade fell. Ships left. \u201cIt is a disaster,\u201d said Senator Dave Orrin."
    assert stances(nlp, far) == set()  # named once, sentences before: "it" is the flood
    two = "The Harbor Act passed in May. The Senate also passed the Port Act. \u201cThis law is a disaster,\u201d said Senator Dave Orrin."
    assert stances(nlp, two) == set()


def test_its_or_their_intent_is_the_subjects(nlp):
    text = "Governor Ellen Park said the Civic League will continue its efforts to repeal the Harbor Act."
    assert ("Civic League", "opposes", "Harbor Act") in stances(nlp, text)


def test_a_bare_this_called_an_outrage_is_the_law_only_just_after_its_name(nlp):
    text = (
        "The Harbor Act passed in May. The council debated it. Senator Ann Cole spoke. Workers stormed the room on "
        "Monday. Ann Cole was direct about the Harbor Act, and the protest. Another lawmaker, Senator Dave Orrin, was "
        "more direct. Dave Orrin left. \u201cThis is an outrage,\u201d he said."
    )
    assert ("Dave Orrin", "opposes", "Harbor Act") not in stances(nlp, text)


def test_the_measure_after_a_ballot_initiative_is_that_initiative(nlp):
    text = (
        "Acme Rides lost the fight over the Harbor Act. Zoomcab and Acme Rides now plan to take their case to voters "
        "with a ballot initiative in November. Zoomcab and Acme Rides have put up $90 million to support the measure."
    )
    assert stances(nlp, text) == set()


def test_the_bills_author_parsed_as_a_list_without_and_is_the_named_person(nlp):
    text = "The Harbor Act passed in May. Costs rose by $8 billion, said the bill\u2019s author, Assembly member Ellen Park, D-San Diego."
    assert ("Ellen Park", "supports", "Harbor Act") in stances(nlp, text)
    later = (
        "Port costs rose by $8 billion, said the bill\u2019s author, Assembly member Ellen Park. The Harbor Act passed in May."
    )
    assert stances(nlp, later) == set()  # the law is named only after the sentence


@pytest.mark.parametrize(
    "text, stance",
    [
        (
            "In Iowa, Senate candidate Dana Ernstly used the sharp rate increases to blast the Democratic candidate, Rep. Bruce "
            "Bralen, for supporting the Harbor Safety Act.",
            ("Bruce Bralen", "supports", "Harbor Safety Act"),
        ),
        (
            "In Iowa, Senate candidate Dana Ernstly used the sharp rate increases for two insurers to blast the "
            "Democratic candidate, Rep. Bruce Bralen, for supporting the Harbor Safety Act.",
            ("Bruce Bralen", "supports", "Harbor Safety Act"),
        ),
        (
            "Gov. Tim Rolf criticized Sen. Ann Marr for opposing the Harbor Safety Act.",
            ("Ann Marr", "opposes", "Harbor Safety Act"),
        ),
        ("Rep. Ed Pole was praised on Monday for backing the Harbor Safety Act.", ("Ed Pole", "supports", "Harbor Safety Act")),
    ],
)
def test_the_one_blamed_or_praised_for_a_stance_holds_it_not_the_critic(nlp, text, stance):
    got = stances(nlp, text)
    assert stance in got
    assert not any(s[0] in ("Dana Ernstly", "Tim Rolf") for s in got)


def test_a_desire_or_intention_to_repeal_a_law_is_its_owners_stance(nlp):
    text = (
        "Senate Majority Leader Dana Holt released a statement on Thursday, which simply reiterated his desire to "
        "repeal and replace the Harbor Safety Act."
    )
    assert ("Dana Holt", "opposes", "Harbor Safety Act") in stances(nlp, text)


def test_her_is_not_a_man_named_before(nlp):
    text = "Sen. Tom Pell spoke on Monday. Her plan to defend the Harbor Safety Act is clear, Rep. Ann Marr said."
    assert not any(s[0] == "Tom Pell" for s in stances(nlp, text))
