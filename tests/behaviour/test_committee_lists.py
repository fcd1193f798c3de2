"""Committees of Congress named by their short name without a chamber, or several under one plural
"committees" (issue 15, kg.language.committeenames and kg.language.coordinated), on invented sentences."""

from __future__ import annotations

from test_behaviour import classes


def test_a_committees_short_name_without_its_chamber_is_an_agency(nlp):
    got = classes(nlp, "The Appropriations Committee voted 30-22 on Tuesday to send the spending bill to the floor.")
    assert got.get("Appropriations Committee") == "Agency"


def test_committees_listed_under_one_plural_head_are_each_an_agency(nlp):
    got = classes(nlp, "The measure now goes to the Armed Services, Budget and Rules committees for review.")
    assert {n for n, c in got.items() if c == "Agency"} >= {"Armed Services Committee", "Budget Committee", "Rules Committee"}
    assert not any("," in n for n in got)  # no one body named "Armed Services, Budget and Rules"


def test_two_chambers_before_one_committee_subject_name_both_chambers_committees(nlp):
    got = classes(nlp, "The House and Senate Judiciary committees will both hear from the nominee in March.")
    assert {"U.S. House Committee on the Judiciary", "U.S. Senate Committee on the Judiciary"} <= set(got)


def test_committees_of_no_legislature_under_one_plural_head_are_not_split_into_agencies(nlp):
    got = classes(nlp, "The Nobel and Pulitzer committees announced their winners in Oslo and New York.")
    assert "Nobel Committee" not in got and "Pulitzer Committee" not in got


def test_a_committee_written_in_lower_case_after_its_chamber_is_that_committee(nlp):
    got = classes(nlp, "Rep. Dana Whitfield, who chairs the House judiciary committee, said the hearing would go on.")
    assert got.get("U.S. House Committee on the Judiciary") == "Agency"
    assert "House" not in got  # the chamber alone is no body of its own here


def test_a_lower_case_committee_the_lexicon_does_not_list_is_left_alone(nlp):
    got = classes(nlp, "The Senate fundraising committee of the party raised more money in May.")
    assert not any(n.endswith("committee") or "Committee" in n for n in got)
