"""Ambiguous names kept apart: a bare "Washington" or "New York" listed with other states is the
state; the capital or the city elsewhere in the same article stays what it was."""

from __future__ import annotations

from kg.resolve.article import extract


def _places(nlp, text):
    x = extract(nlp(text), "d")
    return {e.name: set(e.names) for e in x.entities if e.cls == "Place"}


def test_a_bare_state_name_listed_with_other_states_is_the_state(nlp):
    got = _places(nlp, "WASHINGTON \u2014 Hemp is now legal in Washington, Nevada and Maine, the agency said on Monday.")
    assert "Washington State" in got and "District of Columbia" in got  # the list's state, the dateline's capital
    got = _places(nlp, "Farmers in Kansas and Washington sued the agency on Monday.")
    assert "Washington State" in got and "District of Columbia" not in got
    got = _places(nlp, "Claims rose in Ohio, New York and Utah last week.")
    assert "New York State" in got and "New York City" not in got


def test_a_bare_state_name_beside_no_other_state_keeps_its_usual_reading(nlp):
    assert "District of Columbia" in _places(nlp, "Senators met in Washington and Baltimore on Monday.")
    got = _places(nlp, "The firm has offices in New York and Washington, its spokesman said.")
    assert "New York City" in got and "District of Columbia" in got  # two bare names are no list of states


def test_a_day_before_a_body_name_is_not_part_of_it(nlp):
    x = extract(nlp("During the lead up to Wednesday's Senate vote, the coalition's strongest threat was a primary."), "d")
    names = {e.name for e in x.entities if e.cls in ("Agency", "Organization")}
    assert not any(n.startswith("Wednesday") for n in names)
    assert "United States Senate" in names or "Senate" in names


def _bodies(nlp, text):
    return {e.name for e in extract(nlp(text), "d").entities if e.cls in ("Agency", "Organization")}


def test_a_bare_senate_in_a_state_article_that_names_a_member_of_congress_is_not_the_states(nlp):
    text = (
        "The Legislature in Nevada passed the voter ID law in March. Tribes in Nevada sued, and a Nevada judge heard "
        "the case. "
        "It is bad news for Sen. Ada Ruiz, D-Nev., who is defending her seat. "
        "The ruling could decide control of the Senate."
    )
    assert "Nevada Senate" not in _bodies(nlp, text)
    town = text.replace("Sen. Ada Ruiz, D-Nev.,", "state Sen. Ada Ruiz, D-Reno,")  # a state legislator's tag
    assert "Nevada Senate" in _bodies(nlp, town)


def test_a_bare_state_name_before_a_party_member_is_the_state(nlp):
    got = _places(nlp, "Critics included New York Democrat Ellen Park, who spoke on Monday.")
    assert "New York State" in got and "New York City" not in got
    assert "New York City" in _places(nlp, "Critics in New York said on Monday that Democrats had failed.")


def test_a_bare_state_name_and_party_closing_a_names_apposition_is_the_state(nlp):
    got = _places(nlp, "\u201cThe people deserve public hearings,\u201d said Sen. Ellen Park, New York Democrat.")
    assert "New York State" in got and "New York City" not in got
    got = _places(nlp, "Sen. Ellen Park, New York Democrat, said the hearings should be public.")
    assert "New York State" in got and "New York City" not in got


def test_a_bare_senate_in_a_state_article_that_titles_a_member_of_congress_for_another_state_is_not_the_states(nlp):
    text = (
        "Voters in Iowa will decide the race. Iowa has been close for months, and Iowa Republicans are hopeful. "
        "The speaker of the state House endorsed the challenger on Monday. "
        "{} said the Senate majority was at stake."
    )
    assert "Iowa Senate" not in _bodies(nlp, text.format("Democratic Sen. Patrick Leahy"))  # Vermont's, in Congress
    assert "Iowa Senate" in _bodies(nlp, text.format("Democratic activist Patrick Leahy"))  # no congressional title
    assert "Iowa Senate" in _bodies(nlp, text.format("Democratic Rep. Tom Harkin"))  # listed for Iowa: perhaps in its House once
