"""Behaviour tests for facts read off names and enacting/appointing verbs (issue 14): a word of a
body's name is not a place, a piece of a longer name states nothing, plans and introductions are not
enactments, and an appointment is to an office. Invented sentences only."""

from __future__ import annotations

import pytest
from test_behaviour import facts


def by(found, prop):
    return {f for f in found if f[1] == prop}


def test_a_word_of_an_agency_name_is_not_its_place(nlp):
    found = facts(
        nlp,
        "Sailors guarded the headquarters of Naval Sea Systems Command after the attack. "
        "Naval officers said the Naval yard would reopen on Monday.",
    )
    assert not {f for f in by(found, "jurisdiction") if f[0] == "Naval Sea Systems Command"}


@pytest.mark.parametrize(
    "text",
    [
        "Judge Dana Price of the U.S. District Court for Washington dismissed the lawsuit on Monday.",
        "The U.S. Circuit Court of Appeals for the 4th Circuit heard the appeal on Monday.",
    ],
)
def test_a_regional_federal_court_does_not_operate_in_the_whole_country(nlp, text):
    assert not {f for f in by(facts(nlp, text), "jurisdiction") if f[2] in ("United States", "U.S.")}


def test_a_name_cut_before_its_qualifier_states_no_place(nlp):
    found = facts(nlp, "The request went to the California Commission on Peace Officer Standards and Training last year.")
    assert not {f for f in by(found, "jurisdiction") if f[2] == "California"}


def test_the_state_after_a_county_and_a_comma_is_not_the_place_of_the_body(nlp):
    found = facts(nlp, "A deputy of the Lake County, Oklahoma Sheriff Department arrested two men on Friday.")
    assert not {f for f in by(found, "jurisdiction") if f[2] == "Oklahoma"}


def test_the_longest_place_of_a_name_and_whole_names_keep_their_place(nlp):
    found = facts(
        nlp,
        "The Jackson County Sheriff Department said the man was released. He lived in Jackson, Miss. "
        "Officials at the Ferguson Police Department in Ferguson, Mo., declined to comment on Monday.",
    )
    places = {(s, o) for s, _, o in by(found, "jurisdiction")}
    assert ("Ferguson Police Department", "Ferguson") in places
    assert not {p for p in places if p[0].startswith("Jackson County") and not p[1].startswith("Jackson County")}


def test_a_law_name_keeps_the_no_that_opens_it(nlp):
    found = facts(nlp, 'Rep. Dana Price praised her bill, the "No Tax Without Receipts Act," which the House passed this week.')
    assert ("No Tax Without Receipts Act", "enactedBy", "United States House of Representatives") in found or any(
        f[0] == "No Tax Without Receipts Act" for f in found
    )
    assert not {f for f in found if f[0] == "Tax Without Receipts Act"}


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Mr. Smith cited the Harbor Protection and Safety (HPS) Act of 2011, which Mr. Obama signed last year.", "Act of 2011"),
        ("The Michigan House ratified the 27th Amendment to the Constitution in 1992.", "Amendment"),
    ],
)
def test_a_bare_generic_head_is_no_law(nlp, text, fragment):
    found = facts(nlp, text)
    assert not {f for f in found if fragment in (f[0], f[2])}


@pytest.mark.parametrize(
    "text, law",
    [
        ("The justices heard arguments Wednesday on the Defense of Marriage Act and a state law.", "Defense of Marriage Act"),
        ("Mr. Smith compared the Department of Health and Human Services to the Harbor Protection Act.", "Harbor Protection Act"),
    ],
)
def test_a_law_name_starts_after_a_preposition_that_joins_another_name(nlp, text, law):
    assert (law, "Law") in {(e.text, e.label_) for e in nlp(text).ents}


def test_ratifying_dates_a_law_but_does_not_enact_it(nlp):
    found = facts(nlp, "The Michigan House ratified the 27th Amendment to the Constitution in 1992.")
    assert not by(found, "enactedBy")
    assert not {f for f in by(found, "jurisdiction") if f[0] != "Michigan House"}


@pytest.mark.parametrize(
    "text",
    [
        "In 1999, Senator Dana Price introduced the Harbor Protection Act.",
        "When the Harbor Protection Act was passed in 2009 and 2010, nobody had read it.",
    ],
)
def test_an_introduction_or_two_years_give_no_enactment_date(nlp, text):
    assert not by(facts(nlp, text), "enactedDate")


def test_a_rule_an_agency_passed_is_not_the_articles_act(nlp):
    found = facts(
        nlp,
        "Senators will use the Harbor Review Act to undo the decision. "
        "There will be a vote to repeal the rule that the FCC passed, the senator said.",
    )
    assert not by(found, "enactedBy")


def test_a_bill_beside_sections_of_a_law_is_none_of_the_articles_laws(nlp):
    found = facts(
        nlp, "Lawmakers debated Section 702 and the Harbor Act for months. The House passed its bill earlier this month."
    )
    assert not by(found, "enactedBy")


def test_a_law_passed_by_a_name_two_places_share_gets_no_place(nlp):
    found = facts(nlp, "New York passed the Harbor Protection Act in 2019. It allows dredging in the bay.")
    assert not {f for f in by(found, "jurisdiction") if f[0] == "Harbor Protection Act"}


def test_an_enactment_in_its_own_clause_still_counts(nlp):
    found = facts(nlp, "The Harbor Act, which the Springfield City Council passed in 2014, limits dredging.")
    assert {("Harbor Act", "enactedBy", "Springfield City Council"), ("Harbor Act", "enactedDate", "2014")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Dana Price just nominated former Speaker Tom Novak for speaker.",
        "President Tom Novak picked Dana Price because he liked her.",
        "Governor Tom Novak chose Dana Price as his running mate.",
        "Imagine that President Tom Novak picked Dana Price to lead the Department of Health.",
        "Senator Dana Price was tapped by Senator Tom Novak to give the response to the speech.",
    ],
)
def test_no_appointment_without_an_office_someone_fills(nlp, text):
    assert not by(facts(nlp, text), "appointedBy")


@pytest.mark.parametrize(
    "text",
    [
        "President Tom Novak picked Dana Price to lead the Department of Health and Human Services.",
        "Governor Tom Novak appointed Dana Price to fill the vacant seat.",
        "Dana Price, who was appointed by President Tom Novak in 2011, dismissed the case.",
    ],
)
def test_appointments_to_an_office(nlp, text):
    assert ("Dana Price", "appointedBy", "Tom Novak") in facts(nlp, text)


def test_a_county_body_named_after_another_county_is_not_the_articles(nlp):
    found = facts(
        nlp,
        "Mobile County jailers said inmates pay for their care. Mobile County officials agreed. "
        "Farther north, a deputy of the Jackson County Sheriff's Office said the same. "
        "Mobile County has three jails.",
    )
    assert not {f for f in by(found, "jurisdiction") if f[0].startswith("Jackson County") and f[2] == "Mobile County"}


def test_a_body_the_lexicon_knows_is_part_of_what_the_lexicon_says(nlp):
    found = facts(
        nlp,
        "Dana Price directed the NAACP Legal Defense and Educational Fund for years. "
        "Tom Novak led the ACLU Voting Rights Project until 2019.",
    )
    assert not {f for f in by(found, "partOf") if f[0].startswith("NAACP Legal Defense")}
    assert {f for f in by(found, "partOf") if f[0] == "ACLU Voting Rights Project"}


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "The Colorado Supreme Court on October 7 cleared the way for the marriages.",
            ("Colorado Supreme Court", "jurisdiction", "Colorado"),
        ),
        ("Illinois Senate Democrats advanced the legislation late Wednesday.", ("Illinois Senate", "jurisdiction", "Illinois")),
    ],
)
def test_a_date_or_party_after_a_name_leaves_it_whole(nlp, text, fact):
    assert fact in facts(nlp, text)


def test_a_body_name_before_an_election_noun_names_a_race(nlp):
    found = facts(nlp, "Two candidates are tied in the Arizona Senate race, a poll found. Arizona voters are split.")
    assert not {f for f in by(found, "jurisdiction") if f[0] == "Arizona Senate"}
    assert ("Arizona Senate", "jurisdiction", "Arizona") in facts(nlp, "The Arizona Senate passed the bill on Monday.")


def test_a_name_two_places_share_is_the_place_a_word_after_it_says(nlp):
    found = facts(
        nlp, "New York lawmakers met in Albany on Monday. The New York Police Department said the officers were cleared."
    )
    assert ("New York Police Department", "jurisdiction", "New York City") in found
    assert not {f for f in by(found, "jurisdiction") if f[0] == "New York Police Department" and f[2] != "New York City"}
