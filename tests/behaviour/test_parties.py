"""A person's party as news writes it around the name (issue 15, kg.resolve.parties), on invented
sentences: a legislator's label, the party word before the name, an apposition; never a party the
article does not name, nor a lower-case description ("Democratic strategist")."""

from __future__ import annotations

from test_behaviour import facts, of

GOP = "Republican Party"
DEMS = "Democratic Party"


def test_a_party_label_after_the_name_is_membership_of_the_party_the_article_names(nlp):
    text = "The Republican Party is split over the bill. Sen. Pat Rowe (R-Kan.) said it would fail."
    assert of(facts(nlp, text), "Pat Rowe", "memberOf") == {GOP, "United States Senate"}


def test_the_party_word_before_the_name_and_its_title(nlp):
    text = "The Democratic Party met on Monday. Democratic Sen. Jane Holt said no, and Democrat Carl Dunmore agreed."
    got = facts(nlp, text)
    assert DEMS in of(got, "Jane Holt", "memberOf")
    assert of(got, "Carl Dunmore", "memberOf") == {DEMS}


def test_an_apposition_naming_the_partys_member(nlp):
    text = "The Republican Party is split. Dana Whitfield, a Utah Republican, said she would vote no."
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == {GOP}


def test_a_lower_case_description_or_a_hyphenated_word_is_no_membership(nlp):
    text = (
        "The Democratic Party met on Monday. Democratic strategist Carl Dunmore laughed. "
        "Dana Whitfield, a Democratic-appointed judge, ruled on Friday."
    )
    got = facts(nlp, text)
    assert of(got, "Carl Dunmore", "memberOf") == set()
    assert of(got, "Dana Whitfield", "memberOf") == set()


def test_no_membership_of_a_party_the_article_does_not_name(nlp):
    got = facts(nlp, "Sen. Pat Rowe (R-Kan.) said the bill would fail.")
    assert GOP not in of(got, "Pat Rowe", "memberOf")


def test_no_membership_when_the_article_names_a_states_affiliate_of_the_party(nlp):
    text = "The Kentucky GOP endorsed him, and the Republican Party agreed. Sen. Pat Rowe (R-Neb.) said the bill would fail."
    assert of(facts(nlp, text), "Pat Rowe", "memberOf") == {"United States Senate"}


def test_a_party_word_before_the_name_adds_the_party_the_article_does_not_name(nlp):
    text = "Ohio Democratic Sen. Jane Holt said no on Tuesday. Nevada Republican Sen. Carl Dunmore agreed with her."
    got = facts(nlp, text)
    assert DEMS in of(got, "Jane Holt", "memberOf")
    assert GOP in of(got, "Carl Dunmore", "memberOf")


def test_an_apposition_naming_an_elected_office_of_the_party(nlp):
    text = "The shutdown dragged on. Jane Holt, a Democratic senator from Ohio, hit back on Friday."
    assert DEMS in of(facts(nlp, text), "Jane Holt", "memberOf")


def test_a_plural_party_word_or_a_lower_case_description_adds_no_party(nlp):
    text = "Democrats Slam Carl Dunmore Over Bill\n\nDemocratic strategist Dana Whitfield laughed on Monday."
    got = facts(nlp, text)
    assert of(got, "Carl Dunmore", "memberOf") == set()
    assert of(got, "Dana Whitfield", "memberOf") == set()


def test_a_plural_party_title_before_a_list_gives_every_name_the_party(nlp):
    text = "The Republican Party is split. Republican Sens. Pat Rowe, Jane Holt and Carl Dunmore voted no on Monday."
    got = facts(nlp, text)
    assert all(GOP in of(got, n, "memberOf") for n in ("Pat Rowe", "Jane Holt", "Carl Dunmore"))
    text = "The Republican Party is split. Republican Sen. Pat Rowe met Jane Holt and Carl Dunmore on Monday."
    got = facts(nlp, text)
    assert GOP not in of(got, "Jane Holt", "memberOf") and GOP not in of(got, "Carl Dunmore", "memberOf")


def test_a_plural_party_title_reaches_past_each_names_state_label(nlp):
    """ "Republican Sens. A of Alaska, B of West Virginia and C of Maine": the state after each name
    does not end the list (until session 23 only A was a Republican, and C had no title)."""
    text = (
        "The Republican Party is split. Republican Sens. Pat Rowe of Alaska, Jane Holt of West Virginia and "
        "Carl Dunmore of New Hampshire voted no on Monday. Republican Reps. Dana Whitfield (R-Texas), Lyle Ostrander "
        "(R-Ohio) and Mira Castellan, R-Utah, voted yes."
    )
    got = facts(nlp, text)
    for n in ("Pat Rowe", "Jane Holt", "Carl Dunmore"):
        assert of(got, n, "memberOf") == {GOP, "United States Senate"}, n
        assert of(got, n, "title") == {"Senator"}, n
    for n in ("Dana Whitfield", "Lyle Ostrander", "Mira Castellan"):
        assert GOP in of(got, n, "memberOf") and of(got, n, "title") == {"Representative"}, n


def test_an_apposition_without_an_article_ends_at_the_party_noun(nlp):
    text = "Democrats cheered. Sen. Jane Holt, Ohio Democrat, said the bill would pass."
    assert DEMS in of(facts(nlp, text), "Jane Holt", "memberOf")
    text = "Republicans cheered. The vote went to Jane Holt, Republican leaders said on Monday."
    assert GOP not in of(facts(nlp, text), "Jane Holt", "memberOf")
