"""A state's office written after "state" ("X, the state attorney general", "the state's agriculture
commissioner") whose state the title's phrase does not name: the one U.S. state the article names
(issue 15), never a guess among several states."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_state_office_is_held_in_the_one_state_the_article_names(nlp):
    got = facts(
        nlp,
        "Voters in Nebraska head to the polls on Tuesday. Dana Whitfield, the state attorney general, "
        "leads the race for governor.",
    )
    assert {v.lower() for v in of(got, "Dana Whitfield", "title")} == {"attorney general"}
    assert of(got, "Dana Whitfield", "heads") == {"Nebraska"}  # an attorney general heads the state (the annotation brief)
    got = facts(
        nlp,
        "The race in Nebraska is close. The challenger finished ahead of Dana Whitfield, the state's "
        "agriculture commissioner, by 83 votes.",
    )
    assert of(got, "Dana Whitfield", "memberOf") == {"Nebraska"}


def test_a_state_office_gets_no_state_when_the_article_names_several(nlp):
    got = facts(nlp, "Nebraska sued Iowa over the new rule. Dana Whitfield, the state attorney general, called it unlawful.")
    assert {v.lower() for v in of(got, "Dana Whitfield", "title")} == {"attorney general"}
    assert of(got, "Dana Whitfield", "memberOf") == set()  # which state's? the article names two


def test_a_groups_state_director_is_no_member_of_the_state(nlp):
    got = facts(
        nlp,
        "Voters in Nebraska head to the polls on Tuesday. The group's state director, Dana Whitfield, "
        "said turnout would be high.",
    )
    assert of(got, "Dana Whitfield", "memberOf") == set()  # a director of the group, not of the state


def test_a_states_attorney_is_no_office_of_the_articles_state(nlp):
    got = facts(
        nlp, "Voters in Nebraska head to the polls on Tuesday. In Oakdale, State's Attorney Dana Whitfield filed charges."
    )
    assert "Nebraska" not in of(got, "Dana Whitfield", "memberOf")  # a county's prosecutor in Maryland or Illinois


def test_an_office_after_its_place_in_an_apposition_is_held_there(nlp):
    got = facts(nlp, "Dana Whitfield, the Marion County sheriff, said no one would be arrested.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Marion County"}  # as "Marion County Sheriff Dana Whitfield"
    got = facts(nlp, "Dana Whitfield, Nebraska's attorney general, said the rule was unlawful.")
    assert of(got, "Dana Whitfield", "heads") == {"Nebraska"}  # an attorney general heads the state (the annotation brief)
    got = facts(nlp, "Dana Whitfield, the Tacoma councilman, said the rule was unlawful.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Tacoma"}
    got = facts(nlp, "Dana Whitfield, a Texas lawyer, said the rule was unlawful.")
    assert of(got, "Dana Whitfield", "memberOf") == set()  # a lawyer holds no office of Texas


def test_an_apposition_place_is_not_where_a_federal_or_city_office_merely_sits(nlp):
    got = facts(nlp, "Dana Whitfield, the former Omaha U.S. attorney, agreed to testify.")
    assert of(got, "Dana Whitfield", "memberOf") == set()  # the country's office, sited in Omaha
    got = facts(nlp, "Dana Whitfield, the Nebraska police chief, said officers support a ban.")
    assert of(got, "Dana Whitfield", "memberOf") == set()  # a police chief of some city in Nebraska
    got = facts(nlp, "Dana Whitfield, the Nebraska lawmaker, advised caution.")
    assert of(got, "Dana Whitfield", "memberOf") == set()  # of the state's legislature or of Congress?
