"""A person named as a body's own ("CNN's X", "the Cato Institute's X") is memberOf it, on invented
sentences; not a person whose name qualifies a noun after it, nor a place's person."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_body_before_a_possessive_and_a_name_has_that_member(nlp):
    got = facts(nlp, "CNN's Dana Whitfield asked the senator about the bill on Sunday.")
    assert of(got, "Dana Whitfield", "memberOf") == {"CNN"}
    got = facts(nlp, '"We are waiting," said the Cato Institute\'s Dana Whitfield.')
    assert of(got, "Dana Whitfield", "memberOf") == {"Cato Institute"}


def test_a_name_that_qualifies_a_noun_is_no_member(nlp):
    got = facts(nlp, "The FBI's Dana Whitfield investigation ended in July.")
    assert of(got, "Dana Whitfield", "memberOf") == set()


def test_a_places_person_is_no_member_by_this_rule(nlp):
    got = facts(nlp, "Ohio's Dana Whitfield voted against the bill on Tuesday.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
