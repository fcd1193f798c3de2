"""Behaviour tests for the precision of relation facts (issue 14's corpus audit): a court that will
hear a case has not decided it, a piece of a case name or of a law name states nothing, a name that
qualifies a noun is not a part of its owner, and a scenario in the present tense appoints no one.
Invented sentences only."""

from __future__ import annotations

import pytest
from test_behaviour import facts


def by(found, prop):
    return {f for f in found if f[1] == prop}


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court announced on Monday that it will hear Hartley v. Ohio, a case about police searches.",
        "The Supreme Court this week heard arguments in a case, Dunmore v. Kessler, on whether unions can charge fees.",
        "Yet here I am, the lead plaintiff in a case going before the U.S. Supreme Court this week — Dunmore v. Kessler.",
        "The vote comes just ahead of the Supreme Court decision in Dunmore v. Kessler, the case about union fees.",
        "Lawmakers fear the Supreme Court could overturn Dunmore v. Kessler and end the program.",
        "States passed bans in the hope that the Supreme Court's new majority will be willing to strike down Dunmore v. Kessler.",
    ],
)
def test_a_case_before_a_court_is_not_decided_by_it(nlp, text):
    assert not by(facts(nlp, text), "decidedBy")


def test_a_court_that_held_decided(nlp):
    found = facts(nlp, "In Dunmore v. Kessler (2011), the Supreme Court held that unions cannot charge fees.")
    assert {f for f in by(found, "decidedBy") if f[0] == "Dunmore v. Kessler"}


def test_two_case_names_fused_are_decided_by_nothing(nlp):
    text = (
        "The Supreme Court decided Ohio v. Texas and Kentucky House of Representatives v. Texas, two consolidated cases, in 2020."
    )
    assert not by(facts(nlp, text), "decidedBy")


@pytest.mark.parametrize(
    "text, part",
    [
        (
            "The Senate's DHS bill includes $1.6 billion for border barriers, while the House bill includes $5 billion.",
            "Homeland Security",
        ),
        ("You can watch the hearing live on Vox's Facebook page.", "Facebook"),
        ("\u201cThat is the first thing,\u201d Sen. Dana Whitfield said on KXTV's Capitol Roundtable.", "Capitol Roundtable"),
        ("You can watch the hearing live on Vox's Facebook.", "Facebook"),
        ("Mike Dorn, manager of Bart's Sports World in Glen Burnie, says he cannot get ammunition.", "Sports World"),
        ("WaPo's Parker: Criminals Won't Submit To Background Checks, So System Has No Purpose.", "Parker"),
    ],
)
def test_a_possessive_before_a_name_that_is_no_part(nlp, text, part):
    assert not {f for f in by(facts(nlp, text), "partOf") if part in f[0]}


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "Reporters from UC Berkeley's Investigative Reporting Program requested the records.",
            ("Investigative Reporting Program", "partOf", "UC Berkeley"),
        ),
        (
            "The Justice Department's Immigration and Naturalization Service was replaced by three agencies.",
            ("Immigration and Naturalization Service", "partOf", "U.S. Department of Justice"),
        ),
        (
            "The ACLU's Immigrant Defense Team division filed the lawsuit on Monday.",
            ("Immigrant Defense Team", "partOf", "American Civil Liberties Union"),
        ),
    ],
)
def test_a_part_of_a_body_named_with_its_possessive(nlp, text, fact):
    assert fact in facts(nlp, text)


def test_a_scenario_in_the_present_appoints_no_one(nlp):
    text = (
        "President Tom Novak appoints Sen. Dana Price to replace Tom Hale as Secretary of State; in turn, "
        "Gov. Alan Pike appoints Rosa Lind to replace Price in the Senate."
    )
    assert not by(facts(nlp, text), "appointedBy")
    past = facts(nlp, "Governor Alan Pike appointed Rosa Lind to lead the state police.")
    assert ("Rosa Lind", "appointedBy", "Alan Pike") in past


def test_the_end_of_a_numbered_law_name_states_nothing(nlp):
    text = (
        "The statement said Congress has provided options under Title 10 U.S. Code that permit the "
        "Department of Defense to fund border projects."
    )
    found = facts(nlp, text)
    assert not {f for f in found if f[0] == "U.S. Code"}
    assert ("U.S. Code", "regulates", "U.S. Department of Defense") in facts(
        nlp, "The U.S. Code permits the Department of Defense to fund border projects."
    )


def test_a_capitalized_common_law_phrase_has_no_place(nlp):
    text = "“In striking down Ohio’s Constitutional Amendment affirming marriage, Judge Ann Wright erred,” they said."
    assert not by(facts(nlp, text), "jurisdiction")
    assert ("Amendment 64", "jurisdiction", "Colorado") in facts(nlp, "Colorado's Amendment 64 passed with 55 percent.")


def test_a_choice_awaiting_confirmation_is_no_appointment(nlp):
    chosen = "President Tom Novak chose Dana Price to lead the Department of Health."
    pending = facts(nlp, chosen + " If the Senate confirms Price, she will oversee 80,000 employees.")
    assert not by(pending, "appointedBy")
    done = facts(nlp, chosen + " The Senate confirmed Price in March.")
    assert ("Dana Price", "appointedBy", "Tom Novak") in done


def test_naming_someone_as_a_role_that_is_no_office_appoints_nobody(nlp):
    got = facts(nlp, "Before the hearing, Secretary Dana Whitfield named Mr. Okafor as a key person responsible for the website.")
    assert not any(p == "appointedBy" for _, p, _ in got)
    got = facts(nlp, "Gov. Dana Whitfield named Sam Okafor as her chief of staff on Monday.")
    assert ("Sam Okafor", "appointedBy", "Dana Whitfield") in got
