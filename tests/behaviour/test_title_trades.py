"""Titles of the trade of politics and of research (issue 15, round 3), on invented sentences: a party
strategist, a pollster, a party committeeman and a research manager hold titles of private positions; a
staffer holds none (the references give a congressional staffer no title, and type them Person)."""

from __future__ import annotations

from test_behaviour import facts, of
from test_title_lists import classes


def test_a_strategist_and_a_pollster_hold_their_titles(nlp):
    got = facts(nlp, '"He has to expand the circle," says Democratic strategist Tom Hale.')
    assert of(got, "Tom Hale", "title") == {"strategist"}
    text = '"It works," says Republican pollster Tom Hale.'
    assert of(facts(nlp, text), "Tom Hale", "title") == {"pollster"}
    assert classes(nlp, text).get("Tom Hale") == "Person"


def test_a_research_manager_of_a_group_is_its_member(nlp):
    got = facts(nlp, '"It is hard to trace," said Priya Raman, research manager at Issue Watch.')
    assert of(got, "Priya Raman", "title") == {"research manager"}


def test_a_party_committeeman_holds_the_title_and_no_office(nlp):
    text = "The resolution was proposed by Tom Hale, an RNC committeeman from Michigan."
    assert of(facts(nlp, text), "Tom Hale", "title") == {"committeeman"}
    assert of(facts(nlp, text), "Tom Hale", "memberOf") == {"Republican National Committee"}
    assert classes(nlp, text).get("Tom Hale") == "Person"


def test_a_staffer_holds_no_title_and_no_office(nlp):
    text = (
        '"We agree," wrote former staffers Dana Whitfield and Carlos Mendez. Senate Budget Committee staffer Tom Hale disagreed.'
    )
    got = facts(nlp, text)
    assert [of(got, n, "title") for n in ("Dana Whitfield", "Carlos Mendez", "Tom Hale")] == [set()] * 3
    assert classes(nlp, text).get("Tom Hale") == "Person"
