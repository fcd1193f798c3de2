"""Behaviour tests: a title a named person owns, set off before a name ("Carter's chief of staff, X,"),
and two titles joined by "and" set off before the one name holding both ("former Congressman and
Undersecretary of Homeland Security, X,"). Invented sentences only."""

from __future__ import annotations

import pytest
from test_behaviour import facts, of


@pytest.mark.parametrize(
    "text",
    [
        "The deal gave them weekly meetings with Carter's chief of staff, Dana Reyes, at the capitol.",
        "The deal gave them weekly meetings with Carter’s chief of staff, Dana Reyes — provided they kept quiet.",
    ],
)
def test_a_title_a_named_person_owns_before_a_name_is_its_title(nlp, text):
    assert "chief of staff" in of(facts(nlp, text), "Dana Reyes", "title")


def test_a_title_a_person_owns_needs_a_closed_apposition(nlp):
    found = facts(nlp, "She met Carter's chief of staff, Dana Reyes and Tom Hale at the capitol.")
    assert not of(found, "Dana Reyes", "title")


def test_two_titles_joined_before_a_set_off_name_are_both_its_titles(nlp):
    text = "That is why we asked former Congressman and Undersecretary of Homeland Security, Paul Ortega, to lead it."
    titles = of(facts(nlp, text), "Paul Ortega", "title")
    assert any("Congressman" in t for t in titles) and any("Undersecretary" in t for t in titles)


def test_two_titles_an_owner_gives_before_a_set_off_name_are_both_its_titles(nlp):
    titles = of(facts(nlp, "The group held a call with its president and CEO, Dana Reyes, on Monday."), "Dana Reyes", "title")
    assert any("president" in t.lower() for t in titles) and any("ceo" in t.lower() for t in titles)


def test_two_joined_titles_inside_a_list_are_not_the_next_names(nlp):
    text = "The panel heard Ann Briggs, former Congressman and Undersecretary Tom Hale, and Paul Ortega."
    assert not of(facts(nlp, text), "Paul Ortega", "title")
