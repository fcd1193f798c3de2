"""Committees of one chamber named under one plural head, the chamber written once ("a member of the
House Judiciary and Intelligence Committees"): each is the chamber's, and a member of them sits on each
(issue 15), on invented sentences, with a near miss."""

from __future__ import annotations

from test_behaviour import facts, of

HOUSE = "United States House of Representatives"
JUDICIARY = "U.S. House Committee on the Judiciary"
INTELLIGENCE = "U.S. House Permanent Select Committee on Intelligence"


def test_a_member_of_two_committees_under_one_chamber_word_sits_on_both(nlp):
    got = facts(nlp, '"We will act," Rep. Carl Dunmore, a member of the House Judiciary and Intelligence Committees, told CNN.')
    assert {JUDICIARY, INTELLIGENCE, HOUSE} <= of(got, "Carl Dunmore", "memberOf")
    assert (INTELLIGENCE, "partOf", HOUSE) in got


def test_conjuncts_that_make_no_known_committee_are_not_split(nlp):
    got = facts(nlp, "Carl Dunmore, a member of the Acme Finance and Nobel Committees, said the report was late.")
    assert not any(o in (JUDICIARY, INTELLIGENCE, HOUSE) for _, _, o in got)
