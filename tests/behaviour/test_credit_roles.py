"""A credit line's post: an author bio or a contribution line at an article's end says where the writer works
and as what (language/creditroles.py): memberOf the employer, with the title as written."""

from __future__ import annotations

from test_behaviour import facts, of

STORY = "Harbor Council Delays Vote\n\nThe Oakdale City Council delayed its vote on Monday. Mayor Tom Alder said the plan would pass.\n\n"


def test_author_bio_gives_employer_and_title(nlp):
    got = facts(nlp, STORY + "Nora Feld is a columnist for the Lakeside Courier and teaches writing at Pembrook College.")
    assert of(got, "Nora Feld", "memberOf") == {"Lakeside Courier"}
    assert of(got, "Nora Feld", "title") == {"columnist"}


def test_possessive_bio_and_contribution_lines(nlp):
    got = facts(nlp, STORY + "Nora Feld is the Lakeside Courier's chief political columnist.")
    assert of(got, "Nora Feld", "memberOf") == {"Lakeside Courier"}
    assert of(got, "Nora Feld", "title") == {"chief political columnist"}
    got = facts(nlp, STORY + "Harbor Radio congressional editor Rita Moss contributed to this report.")
    assert of(got, "Rita Moss", "memberOf") == {"Harbor Radio"}
    got = facts(nlp, STORY + "Harbor News' Rita Moss and Ben Ortiz and The Associated Press contributed to this report.")
    assert of(got, "Rita Moss", "memberOf") == of(got, "Ben Ortiz", "memberOf") == {"Harbor News"}


def test_bio_of_a_unit_head_is_membership(nlp):
    got = facts(nlp, STORY + "Nora Feld is the director of communications at the Harbor Policy Center and a former columnist.")
    assert of(got, "Nora Feld", "memberOf") == {"Harbor Policy Center"}
    assert not of(got, "Nora Feld", "heads")


def test_bio_without_an_employer_gives_nothing(nlp):
    for line in (
        "Nora Feld is a reporter for Washington.",
        "Nora Feld is a mother of two.",
        "Nora Feld is a lawyer for the Harbor Union.",
    ):
        got = facts(nlp, STORY + line)
        assert not of(got, "Nora Feld", "memberOf") and not of(got, "Nora Feld", "heads")


def test_bio_opening_an_opinion_piece(nlp):
    bio = "Nora Feld is a columnist for the Lakeside Courier. The opinions expressed in this commentary are solely her own.\n\n"
    got = facts(
        nlp,
        "Harbor Council Delays Vote\n\n" + bio + STORY.split("\n\n", 1)[1] + "More on the vote next week.\n\nThe plan is new.",
    )
    assert of(got, "Nora Feld", "memberOf") == {"Lakeside Courier"}
    assert of(got, "Nora Feld", "title") == {"columnist"}
