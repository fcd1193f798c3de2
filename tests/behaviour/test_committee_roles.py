"""Who sits on or chairs a committee of Congress, from the phrases news writes around the committee
(issue 15, kg.resolve.committeeroles), on invented sentences; and a listed member of Congress whose
first name is a title word ("Dean") keeps it."""

from __future__ import annotations

from test_behaviour import facts, of

SENATE = "United States Senate"
HOUSE = "United States House of Representatives"
FINANCE = "U.S. Senate Committee on Finance"
JUDICIARY = "U.S. House Committee on the Judiciary"


def test_the_top_member_of_a_party_on_a_named_committee_sits_on_it_and_in_its_chamber(nlp):
    got = facts(nlp, "Dana Whitfield, the top Democrat on the Senate Finance Committee, said she would oppose the bill.")
    assert of(got, "Dana Whitfield", "memberOf") == {FINANCE, SENATE}


def test_the_senior_member_on_the_panel_sits_on_the_committee_named_before(nlp):
    text = (
        "Senator Carl Dunmore, who heads the Senate Finance Committee, praised the nominee. "
        "Dana Whitfield, the senior Democrat on the panel, said she would scrutinize his record."
    )
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == {FINANCE, SENATE}


def test_the_committees_top_member_set_off_before_the_name(nlp):
    text = (
        "The House Judiciary Committee released a report. Chairman Carl Dunmore and the committee's top "
        "Republican, Rep. Dana Whitfield, said the probe was extensive."
    )
    assert JUDICIARY in of(facts(nlp, text), "Dana Whitfield", "memberOf")


def test_a_lower_case_committee_is_the_one_named_before_with_its_words(nlp):
    text = (
        "House Judiciary Committee Chairman Carl Dunmore spoke on Monday. Representative Dana Whitfield, "
        "the top Republican on the judiciary committee, said in a statement that she objects."
    )
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == {JUDICIARY, HOUSE}


def test_the_top_member_on_a_panel_of_no_legislature_is_no_committee_member(nlp):
    text = (
        "The Harbor Coalition formed a finance panel in May. Dana Whitfield, the top Democrat on the panel, "
        "said she would scrutinize the budget."
    )
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == set()


def test_a_chair_title_after_a_committees_subject_heads_the_one_committee_of_that_subject(nlp):
    text = "The Senate Finance Committee held a hearing anyway. Finance Chairman Carl Dunmore said it had no chance."
    got = facts(nlp, text)
    assert of(got, "Carl Dunmore", "heads") == {FINANCE}
    assert SENATE in of(got, "Carl Dunmore", "memberOf")


def test_a_chair_title_of_another_body_heads_no_committee(nlp):
    text = "The Federal Reserve met. Fed Chairman Carl Dunmore said rates would rise. The Senate Banking Committee will hear him."
    got = facts(nlp, text)
    assert of(got, "Carl Dunmore", "heads") == {"Federal Reserve"}
    assert SENATE not in of(got, "Carl Dunmore", "memberOf")


def test_a_listed_members_first_name_that_is_a_title_word_is_kept(nlp):
    got = facts(
        nlp, "The committee is weighing a bill by Sens. Carl Dunmore, R-Ohio, Dean Heller, R-Nev., and Carlos Mendez, R-Iowa."
    )
    assert of(got, "Dean Heller", "memberOf") == {SENATE}
    assert of(got, "Carlos Mendez", "memberOf") == {SENATE}


def test_a_listed_senator_named_with_the_senate_sits_in_it(nlp):
    text = "Kirsten Gillibrand cut a serious figure in the Senate, where she took up privacy bills."
    assert of(facts(nlp, text), "Kirsten Gillibrand", "memberOf") == {SENATE}


def test_an_unlisted_person_or_a_states_senate_or_a_race_for_the_seat_says_no_chamber(nlp):
    assert of(facts(nlp, "Dana Whitfield cut a serious figure in the Senate last year."), "Dana Whitfield", "memberOf") == set()
    got = facts(nlp, "The Ohio Senate passed the bill on Monday, and Kirsten Gillibrand praised it.")
    assert SENATE not in of(got, "Kirsten Gillibrand", "memberOf")
    got = facts(nlp, "Carl Dunmore lost his 2010 Senate bid against Kirsten Gillibrand.")
    assert of(got, "Kirsten Gillibrand", "memberOf") == set()


def test_a_listed_member_holding_another_listed_office_is_not_placed_by_the_sentence(nlp):
    text = "Mike Pompeo told the House that the embassy would stay open."
    assert of(facts(nlp, text), "Mike Pompeo", "memberOf") == set()


def test_a_chamber_committee_in_an_article_on_a_state_legislature_is_not_congresss(nlp):
    text = (
        "The Legislature took up the bill on Monday. In California, the Senate Appropriations Committee released "
        "a staff report on its costs before the vote."
    )
    got = facts(nlp, text)
    assert not any(p == "partOf" and o in (SENATE, HOUSE) for _, p, o in got)


def test_a_chamber_committee_in_an_article_naming_no_one_state_stays_congresss(nlp):
    text = "Forty statehouses took up gun bills. Republicans on the House Appropriations Committee vowed to block the funding."
    assert ("U.S. House Committee on Appropriations", "partOf", HOUSE) in facts(nlp, text)


def test_a_party_label_between_the_name_and_the_phrase(nlp):
    text = (
        "The Senate Finance Committee met on Monday. Sen. Dana Whitfield (D-Ore.), the ranking Democrat on the "
        "panel, said she would oppose the bill."
    )
    assert FINANCE in of(facts(nlp, text), "Dana Whitfield", "memberOf")


def test_the_committee_of_a_phrase_is_the_last_committee_named_even_when_no_chambers(nlp):
    text = (
        "The Senate Finance Committee met on Monday. On Tuesday the Democratic National Committee met in Springfield. "
        "The committee's chairman, Carl Dunmore, said it would back the bill."
    )
    assert of(facts(nlp, text), "Carl Dunmore", "heads") == set()


def test_the_committees_chairman_set_off_at_a_sentences_start_heads_it(nlp):
    text = "The House Judiciary Committee met on Monday. The committee's chairman, Carl Dunmore, said it would back the bill."
    assert of(facts(nlp, text), "Carl Dunmore", "heads") == {JUDICIARY}


def test_a_member_of_a_committee_after_the_party_label(nlp):
    text = "Rep. Dana Whitfield (D-Mass.), a member of the House Judiciary Committee, told reporters she was opposed."
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == {JUDICIARY, HOUSE}


def test_a_partys_member_on_a_committee_and_who_sits_on_it(nlp):
    got = facts(nlp, "Dana Whitfield, a Democrat on the House Judiciary Committee, said no.")
    assert JUDICIARY in of(got, "Dana Whitfield", "memberOf")
    text = "The Senate Finance Committee met. Sen. Carl Dunmore (R-Ohio), who serves on the panel, said no."
    assert FINANCE in of(facts(nlp, text), "Carl Dunmore", "memberOf")


def test_a_member_of_another_panel_sits_on_no_committee(nlp):
    text = "Dana Whitfield, a member of the jury panel, spoke after the House Judiciary Committee met."
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == set()


def test_a_legislator_on_a_committee_of_congress_sits_in_its_chamber(nlp):
    got = facts(nlp, "Sen. Tom Rusk, a member of the Senate Banking Committee, objected to the rule.")
    assert "United States Senate" in of(got, "Tom Rusk", "memberOf")
    got = facts(nlp, "Rep. Lia Soto, a member of the Senate Finance Committee staff, objected to the rule.")
    assert "United States Senate" not in of(got, "Lia Soto", "memberOf")  # a representative: no senator
    got = facts(nlp, "Ann Lutz, chief counsel to the House Judiciary Committee, objected to the rule.")
    assert not {o for o in of(got, "Ann Lutz", "memberOf") if "Representatives" in o}  # staff, no title of the chamber
