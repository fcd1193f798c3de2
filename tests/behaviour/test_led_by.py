"""A body's leader in a participle after its name: "the X Committee, led by Rep. Y," heads it (issue 15:
heads facts the pooled references miss). Never a former leader, one of several, a possessor or a
body the sentence does not name. Names are invented."""

from __future__ import annotations

from test_behaviour import facts, of


def test_led_by_a_person_after_the_bodys_name_heads_it(nlp):
    got = facts(nlp, "The Harbor Alliance, led by Dana Whitfield, sued the city on Monday.")
    assert of(got, "Dana Whitfield", "heads") == {"Harbor Alliance"}
    got = facts(nlp, "The Oakdale Housing Authority, headed by Chairman Lee Marsh, approved the plan.")
    assert of(got, "Lee Marsh", "heads") == {"Oakdale Housing Authority"}


def test_no_head_for_a_former_leader_several_leaders_or_a_possessor(nlp):
    got = facts(nlp, "The Harbor Alliance, led by former Gov. Dana Whitfield, sued the city.")
    assert of(got, "Dana Whitfield", "heads") == set()
    got = facts(nlp, "The Harbor Alliance, led by Dana Whitfield and Lee Marsh, sued the city.")
    assert of(got, "Dana Whitfield", "heads") == set() and of(got, "Lee Marsh", "heads") == set()
    got = facts(nlp, "The Harbor Alliance, headed by Dana Whitfield's son, sued the city.")
    assert of(got, "Dana Whitfield", "heads") == set()


def test_no_head_without_the_comma_or_for_a_name_modifying_a_noun(nlp):
    got = facts(nlp, "Donors fled the wing of the Harbor Party led by Sen. Dana Whitfield last year.")
    assert of(got, "Dana Whitfield", "heads") == set()
    got = facts(nlp, "The Harbor Alliance, headed by Whitfield administration ally Lee Marsh, sued the city.")
    assert of(got, "Whitfield", "heads") == set() and of(got, "Dana Whitfield", "heads") == set()
