"""Members of Congress and their chamber (issue 15), on invented sentences: a party word before a
legislator's title ("GOP Sen. X") keeps the chamber as well as the party, a state set off after the
name ("Sens. A, Maine, and B, Ohio") says Congress, a listed member's "Senator" title in an article that
names only "the Senate" (in one naming no chamber it stays unknown), and a chamber's committee written
in lower case."""

from __future__ import annotations

from test_behaviour import facts, of

SENATE = "United States Senate"


def test_a_party_word_before_a_senators_title_keeps_the_chamber(nlp):
    got = facts(nlp, "Congress met on Monday. GOP Sen. Dana Whitfield of Utah plans to block the bill.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Republican Party", SENATE}


def test_a_state_set_off_after_each_name_is_a_member_of_congress(nlp):
    text = "The Senate will vote on Tuesday. Sens. Dana Whitfield, Maine, and Carlos Mendez, Kentucky, opposed the motion."
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "memberOf") == {SENATE}
    assert of(got, "Carlos Mendez", "memberOf") == {SENATE}


def test_a_city_set_off_after_the_name_says_nothing():
    from kg.resolve.chambers import _SET_OFF_STATE, _state_named

    assert not any(
        m and _state_named(m.group("where")) for m in (_SET_OFF_STATE.match(s) for s in (", Springfield, said", ", 54, said"))
    )
    assert _state_named(_SET_OFF_STATE.match(", New Hampshire, said").group("where"))


def test_a_listed_senators_title_in_an_article_on_the_senate_is_the_us_senate(nlp):
    text = "The Senate will vote on Tuesday. Senator Kirsten Gillibrand said she would oppose it."
    assert of(facts(nlp, text), "Kirsten Gillibrand", "memberOf") == {SENATE}


def test_a_listed_representatives_senator_title_or_an_unlisted_senator_stays_unknown(nlp):
    text = "The Senate will vote on Tuesday. Senator Doug Collins and Senator Dana Whitfield said they would oppose it."
    got = facts(nlp, text)
    assert of(got, "Doug Collins", "memberOf") == set() and of(got, "Dana Whitfield", "memberOf") == set()


def test_a_listed_senator_in_an_article_on_a_state_legislature_stays_unknown(nlp):
    text = "The Legislature will vote on Tuesday. Senator Kirsten Gillibrand said she would oppose it."
    assert of(facts(nlp, text), "Kirsten Gillibrand", "memberOf") == set()


def test_a_chambers_committee_in_lower_case_is_part_of_the_chamber_and_its_chair_sits_there(nlp):
    got = facts(nlp, "Dana Whitfield, the chairman of the House intelligence committee, said the panel would act.")
    assert ("U.S. House Permanent Select Committee on Intelligence", "partOf", "United States House of Representatives") in got
    assert of(got, "Dana Whitfield", "memberOf") == {"United States House of Representatives"}


def test_a_listed_members_title_in_an_article_naming_no_chamber_stays_unknown(nlp):
    text = "The agency answered a letter that Senator Kirsten Gillibrand wrote in May. The White House said nothing."
    assert of(facts(nlp, text), "Kirsten Gillibrand", "memberOf") == set()


def test_a_chamber_named_as_a_modifier_or_not_as_another_bodys_name():
    from kg.resolve.chambers import _names_chamber

    assert _names_chamber("Half of Senate Republicans pay them, and the House agreed.", "upper")
    assert not _names_chamber("The Ohio Senate and the state Senate of Iowa met.", "upper")
    assert not _names_chamber("The White House said so.", "lower")


def test_a_listed_member_titled_elect_is_not_yet_in_the_chamber(nlp):
    """ "Sen.-elect X will be seated": a listed member named with the chamber, but not seated yet (the audit of
    session 13 found the listed-member rule giving a senator-elect the Senate)."""
    found = facts(nlp, "Democrats asked to wait until Sen.-elect Doug Jones is seated in the Senate next year.")
    assert "United States Senate" not in of(found, "Doug Jones", "memberOf")
    found = facts(nlp, "Doug Jones spoke on the Senate floor on Tuesday about the tax bill.")
    assert "United States Senate" in of(found, "Doug Jones", "memberOf")


def test_examples_of_a_kind_after_like_take_no_title(nlp):
    """ "legislators like X", "judges like X": examples of a kind, a description, not X's title; "senators,
    including X" still titles X."""
    assert not of(facts(nlp, "Legislators like Tim Vane say they want the court to act."), "Tim Vane", "title")
    assert of(facts(nlp, "Senators, including Tim Vane and Ana Roe, voted against the bill."), "Tim Vane", "title") == {"Senator"}


def test_a_state_named_senator_no_member_of_congress_in_an_article_on_the_legislature_is_the_states(nlp):
    text = (
        "Results for the recall of Colorado Senator Dana Whitfield are not complete. "
        "Earlier, Colorado State Senator Ray Olander was recalled by the voters of his district."
    )
    got = of(facts(nlp, text), "Dana Whitfield", "memberOf")
    assert len(got) == 1 and next(iter(got)).startswith("Colorado")  # the state's senate, not the U.S. Senate
    listed = "Vermont Sen. Bernie Sanders spoke to the state Legislature on Monday about the budget."
    assert of(facts(nlp, listed), "Bernie Sanders", "memberOf") == {"United States Senate"}  # on the list


def test_another_persons_title_names_no_chamber_a_listed_challenger_sat_in(nlp):
    # a listed former senator trailing an incumbent: the incumbent's "Sen." is no mention of a chamber he sat in
    text = "Republican Conrad Burns is trailing incumbent Sen. Dana Whitfield (D-Ohio) by double digits. Control of the Senate is at stake."
    got = facts(nlp, text)
    assert of(got, "Conrad Burns", "memberOf") == {"Republican Party"}
    assert of(got, "Dana Whitfield", "memberOf") == {SENATE}
    assert of(facts(nlp, "Conrad Burns took to the Senate floor on Monday."), "Conrad Burns", "memberOf") == {SENATE}
    text = "If Senate Harbor PAC keeps spending in Montana, that could help Conrad Burns, said Dana Whitfield."
    assert of(facts(nlp, text), "Conrad Burns", "memberOf") == set()  # the chamber word opens a PAC's name
    text = "Sens. Dana Whitfield (D-Ohio) and Conrad Burns introduced a bill on Thursday. Burns said it would pass."
    assert SENATE in of(facts(nlp, text), "Conrad Burns", "memberOf")  # a plural title over the list is his too


def test_a_candidate_for_a_chamber_is_no_member_of_it(nlp):
    for text in (
        "Congress met. Senate candidate Dana Whitfield said no.",
        "Congress met. Senate hopeful Dana Whitfield said no.",
        "Congress met. Dana Whitfield, who is seeking the Senate seat, said no.",
        "Congress met. Dana Whitfield, who is running for the House, said no.",
    ):
        assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == set(), text


def test_an_assemblymember_sits_in_the_states_assembly(nlp):
    from test_behaviour import facts, of

    got = facts(nlp, "Dozens of students in California rallied for Assemblymember Dana Whitcomb's bill on Monday.")
    assert of(got, "Dana Whitcomb", "title") == {"Assemblymember"}
    assert of(got, "Dana Whitcomb", "memberOf") == {"California State Assembly"}
