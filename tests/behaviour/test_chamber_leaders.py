"""A chamber's leaders (issue 15), on invented sentences: a party's leader in a chamber ("Democratic Senate
leader X", "Senate leader X", "the Republican leader of the Ohio Senate", "the Senate, led by X") leads a
caucus, not the chamber, and is a member of it; the chamber's speaker or president heads it; "leader" of
any other body still heads it (``collegial_titles`` of relation_cues.json)."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_party_leader_written_before_the_chamber_is_a_member_not_its_head(nlp):
    got = facts(
        nlp, "Congress returned on Monday. Democratic Senate leader Dana Whitfield spoke with House Speaker Carlos Mendez."
    )
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Senate"}
    assert of(got, "Carlos Mendez", "heads") == {"United States House of Representatives"}


def test_a_chambers_bare_leader_or_one_led_by_is_a_member(nlp):
    for text in (
        "The Senate voted Monday. Senate leader Dana Whitfield opposed it.",
        "The Senate, led by Dana Whitfield, voted on Monday.",
    ):
        got = facts(nlp, text)
        assert of(got, "Dana Whitfield", "heads") == set() and of(got, "Dana Whitfield", "memberOf") == {"Senate"}


def test_a_state_chambers_party_leader_is_a_member_and_its_president_heads_it(nlp):
    got = facts(nlp, "The Ohio Senate voted. Dana Whitfield, the Republican leader of the Ohio Senate, opposed it.")
    assert of(got, "Dana Whitfield", "heads") == set() and "Ohio Senate" in of(got, "Dana Whitfield", "memberOf")
    got = facts(nlp, "The Ohio Senate voted. Senate President Dana Whitfield opposed it.")
    assert of(got, "Dana Whitfield", "heads") == {"Ohio Senate"}


def test_the_leader_of_any_other_body_heads_it(nlp):
    assert of(facts(nlp, "The Harbor Alliance, led by Dana Whitfield, voted on Monday."), "Dana Whitfield", "heads") == {
        "Harbor Alliance"
    }
    assert of(facts(nlp, "Dana Whitfield, leader of the Harbor Union, opposed it."), "Dana Whitfield", "heads") == {
        "Harbor Union"
    }
