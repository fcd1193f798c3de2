"""An acronym written with periods ("I.R.S.") is that body's acronym (kg.lexicon.entries.dotted)."""

from __future__ import annotations

from kg.lexicon.entries import Body, dotted


def test_a_body_is_written_with_its_acronym_dotted_too():
    body = Body(name="Bureau of Widget Standards", cls="Agency", acronyms=("BWS",))
    assert "B.W.S." in body.names and "BWS" in body.names


def test_two_letters_dotted_are_initials_as_often_and_no_name():
    assert dotted("AP") is None and dotted("NASA") == "N.A.S.A." and dotted("ICE") == "I.C.E."
