"""A listed senator's "Sen." title in an article that also speaks of a state legislature (issue 15), on
invented sentences: the U.S. Senate when the article names the Senate and no state's senate ("the
state House" may be named); unknown when a state's senate is named ("the state Senate", "state Sen. Y"),
where a state senator may share the name; listed members under a plural title ("Reps. A and B") in an
article on Congress that names a state House are members of the U.S. House."""

from __future__ import annotations

from test_behaviour import facts, of

SENATE = "United States Senate"


def test_a_listed_senator_beside_a_state_house_is_in_the_us_senate(nlp):
    text = (
        "The key Senate races tightened this week. Democratic Sen. Jon Tester has led in the polls. "
        "Voters also soured on the speaker of the state House over a budget fight."
    )
    assert of(facts(nlp, text), "Jon Tester", "memberOf") == {"Democratic Party", SENATE}


def test_a_listed_senator_beside_a_state_senate_stays_unknown(nlp):
    text = (
        "The key Senate races tightened this week. Democratic Sen. Jon Tester has led in the polls. "
        "Voters also soured on the leader of the state Senate over a budget fight."
    )
    assert SENATE not in of(facts(nlp, text), "Jon Tester", "memberOf")


def test_a_listed_senator_beside_a_state_senator_stays_unknown(nlp):
    text = "The key Senate races tightened this week. Sen. Mazie Hirono and state Sen. Dana Whitfield spoke at the rally."
    assert SENATE not in of(facts(nlp, text), "Mazie Hirono", "memberOf")


def test_a_state_chamber_of_the_same_kind():
    from kg.resolve.listedchambers import state_chamber_named

    assert state_chamber_named("the state Senate voted", set(), "upper")
    assert state_chamber_named("the chamber voted", {"Ohio Senate"}, "upper")
    assert not state_chamber_named("the speaker of the state House", set(), "upper")
    assert state_chamber_named("the speaker of the state House", set(), "lower")
    assert state_chamber_named("Assemblywoman Dana Whitfield", set(), "lower")
    assert not state_chamber_named("the United States Senate", {"United States Senate"}, "upper")


def test_listed_members_under_a_plural_title_in_an_article_on_congress_and_a_state_house(nlp):
    text = "Congress returns on Monday, and the state House meets too. The losing incumbents include Reps. Mimi Walters and Steve Knight."
    got = facts(nlp, text)
    assert (
        of(got, "Mimi Walters", "memberOf") == of(got, "Steve Knight", "memberOf") == {"United States House of Representatives"}
    )
