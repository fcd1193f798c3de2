"""A committee's chair title stacked before a legislator's title ("House Judiciary Committee Chairman Rep.
X"), and a senior member named with the state after the name ("Sen. X of Iowa, the ranking Republican on
..."): issue 15, on invented sentences, with near misses."""

from __future__ import annotations

from test_behaviour import facts, of

SENATE = "United States Senate"
HOUSE = "United States House of Representatives"
FINANCE = "U.S. Senate Committee on Finance"
JUDICIARY = "U.S. House Committee on the Judiciary"


def test_a_committee_chair_title_before_a_representatives_title_heads_the_committee(nlp):
    got = facts(nlp, "House Judiciary Committee Chairman Rep. Carl Dunmore, D-Ohio, called the ruling careless.")
    assert of(got, "Carl Dunmore", "heads") == {JUDICIARY}
    assert {"Chairman", "Representative"} <= of(got, "Carl Dunmore", "title")
    assert HOUSE in of(got, "Carl Dunmore", "memberOf")


def test_a_committee_chair_title_before_a_senators_title_seats_the_chair_in_the_senate(nlp):
    got = facts(nlp, "But Senate Finance Committee Chairman Sen. Dana Whitfield doubted the plan.")
    assert of(got, "Dana Whitfield", "heads") == {FINANCE}
    assert SENATE in of(got, "Dana Whitfield", "memberOf")


def test_a_chair_title_with_no_body_before_it_heads_nothing(nlp):
    got = facts(nlp, "Chairman Sen. Dana Whitfield doubted the plan of the Senate Finance Committee.")
    assert of(got, "Dana Whitfield", "heads") == set()


def test_a_senior_member_named_with_the_state_after_the_name_sits_on_the_committee(nlp):
    text = "Sen. Dana Whitfield of Iowa, the ranking Republican on the Senate Finance Committee, said she was surprised."
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == {FINANCE, SENATE}
    text = "The Senate Finance Committee met. Sen. Carl Dunmore of Iowa, the ranking Republican on the committee, objected."
    assert FINANCE in of(facts(nlp, text), "Carl Dunmore", "memberOf")


def test_a_courts_title_before_a_senators_title_heads_no_court(nlp):
    """ "Ex-SCOTUS clerk Sen. X": a senator holds no court office as well (a past one, and a clerk's at that)."""
    got = facts(nlp, "Ex-SCOTUS clerk Sen. Dale Orrin tells me the mandate is toast.")
    assert of(got, "Dale Orrin", "heads") == set()
    assert of(got, "Dale Orrin", "memberOf") == set()
