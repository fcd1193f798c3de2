"""The place written after an official's name: "Attorney General X of Texas" heads the state (as the annotation brief reads it), "Mayor X
of Oakdale" heads the city (issue 15); a legislator's "of Ohio" stays Congress's, and a place that goes
on into a longer name is not the office's. Names are invented."""

from __future__ import annotations

from test_behaviour import facts, of


def test_an_officials_place_after_the_name(nlp):
    got = facts(nlp, "Attorney General Dana Whitfield of Texas sued the company on Monday.")
    assert of(got, "Dana Whitfield", "heads") == {"Texas"}  # an attorney general heads the state (the annotation brief)
    got = facts(nlp, "Sheriff Lee Marsh of Marion County spoke to reporters on Monday.")
    assert of(got, "Lee Marsh", "memberOf") == {"Marion County"}


def test_a_legislators_state_after_the_name_is_not_the_chamber(nlp):
    got = facts(nlp, "Sen. Dana Whitfield of Ohio voted against the bill on Monday.")
    assert "Ohio" not in of(got, "Dana Whitfield", "memberOf") | of(got, "Dana Whitfield", "heads")
    assert "Ohio Senate" not in of(got, "Dana Whitfield", "memberOf")


def test_no_place_that_runs_on_into_a_longer_name(nlp):
    got = facts(nlp, "Director Lee Marsh of Texas A&M spoke on Monday.")
    assert "Texas" not in of(got, "Lee Marsh", "memberOf") | of(got, "Lee Marsh", "heads")


def test_a_place_opening_a_paragraph_before_a_title_is_the_offices(nlp):
    got = facts(nlp, "Results are certified\n\nOhio Secretary of State Dana Whitfield certified the results on Monday.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Ohio"}
