"""A title's body named by a generic noun (issue 15): "X, the group's president" heads the group named before,
"X, who led the organization from 2007 to 2008" headed it; nobody when two bodies of that kind came before."""

from __future__ import annotations

from test_behaviour import facts, of

SUED = "The Harbor Coalition sued the city on Monday. "


def test_the_groups_president_heads_the_group_named_before(nlp):
    got = facts(nlp, SUED + "\u201cThis is the worst point,\u201d said Dana Whitfield, the group\u2019s president.")
    assert of(got, "Dana Whitfield", "heads") == {"Harbor Coalition"}


def test_who_led_the_organization_headed_the_one_named_before(nlp):
    text = (
        "The Marlow Bar Association rated the nominee on Monday. \u201cThis is a dereliction,\u201d Tomas Novak, "
        "who led the organization from 2007 to 2008, told reporters."
    )
    assert of(facts(nlp, text), "Tomas Novak", "heads") == {"Marlow Bar Association"}


def test_two_groups_before_name_neither(nlp):
    text = "The Harbor Coalition and the Ocean Fund sued the city on Monday. Dana Whitfield, the group\u2019s president, spoke."
    assert of(facts(nlp, text), "Dana Whitfield", "heads") == set()


def test_the_noun_used_before_for_an_unnamed_group_names_none(nlp):
    text = (
        "The mayors group has fought the Harbor Coalition for years. Critics note the split, and Mayor Tomas Novak, "
        "the group\u2019s founder, has spent millions on ads."
    )
    assert of(facts(nlp, text), "Tomas Novak", "memberOf") == set()
