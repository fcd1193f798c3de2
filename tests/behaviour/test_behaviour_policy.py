"""Behaviour tests for programs and laws people take sides on: well-known federal laws and programs
are laws, stances said with a phrasal verb ("voted for", "argued against rescinding"), bodies named
together ("the departments of Justice and Homeland Security"). Invented texts, the real pipeline.
"""

from __future__ import annotations

import re

import pytest
from test_behaviour import facts, speakers

from kg.resolve.article import extract


def entities(nlp, text):
    return {(e.name, e.cls) for e in extract(nlp(text), "d0").entities}


def stances(nlp, text):
    return {f for f in facts(nlp, text) if f[1] in ("supports", "opposes")}


def test_federal_programs_are_laws_with_their_acronyms(nlp):
    found = entities(
        nlp,
        "Governor Ruth Okafor criticized the Deferred Action for Childhood Arrivals program. "
        "Okafor said DACA and the Migrant Protection Protocols, known as Remain in Mexico, "
        "should go to Congress, as should Obamacare.",
    )
    assert {
        ("Deferred Action for Childhood Arrivals", "Law"),
        ("Migrant Protection Protocols", "Law"),
        ("Affordable Care Act", "Law"),
    } <= found
    assert not {n for n, c in found if c == "Organization"}


@pytest.mark.parametrize("joined", ["the Clean Harbor Act and the Safe Streets Act", "the Clean Harbor Act and Safe Streets Act"])
def test_two_named_acts_joined_by_and_are_two_laws(nlp, joined):
    found = entities(nlp, f"Senator Paula Greer voted for {joined} in 2019.")
    assert {("Clean Harbor Act", "Law"), ("Safe Streets Act", "Law")} <= found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("State Senator Dana Lowe voted for SB 31 on Tuesday.", {("Dana Lowe", "supports", "SB 31")}),
        ("State Senator Dana Lowe voted against SB 31 on Tuesday.", {("Dana Lowe", "opposes", "SB 31")}),
        ("Mayor Ines Duarte called for the Harbor Act in a speech.", {("Ines Duarte", "supports", "Harbor Act")}),
        ("Mayor Ines Duarte pushed back against the Harbor Act.", {("Ines Duarte", "opposes", "Harbor Act")}),
        ("Mayor Ines Duarte objected to the Harbor Act.", {("Ines Duarte", "opposes", "Harbor Act")}),
        ("Mayor Ines Duarte fought for the Harbor Act for years.", {("Ines Duarte", "supports", "Harbor Act")}),
        ("Mayor Ines Duarte fought the Harbor Act for years.", {("Ines Duarte", "opposes", "Harbor Act")}),
        ("Senator Omar Haddad argued against rescinding the Harbor Act.", {("Omar Haddad", "supports", "Harbor Act")}),
        ("Senator Omar Haddad fought to preserve the Harbor Act.", {("Omar Haddad", "supports", "Harbor Act")}),
        ("Senator Omar Haddad wants to abolish the Harbor Act.", {("Omar Haddad", "opposes", "Harbor Act")}),
    ],
)
def test_phrasal_and_undoing_stance_verbs(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "State Senator Dana Lowe did not vote for SB 31.",
        "Speaker Carla Numan said she did not think Governor Ben Ostrowski should rescind the Harbor Act.",
    ],
)
def test_negation_reaches_phrasal_verbs_and_complement_clauses(nlp, text):
    assert stances(nlp, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The departments of Justice and Homeland Security sued the county.",
            {"U.S. Department of Justice", "U.S. Department of Homeland Security"},
        ),
        (
            "Officials at the State and Justice departments declined to comment.",
            {"U.S. Department of State", "U.S. Department of Justice"},
        ),
        ("The Health and Human Services departments of three states objected.", {"U.S. Department of Health and Human Services"}),
    ],
)
def test_departments_named_together_are_each_department(nlp, text, expected):
    assert {n for n, c in entities(nlp, text) if c == "Agency"} == expected


def test_more_speech_verbs_and_no_group_as_speaker(nlp):
    found = speakers(
        nlp,
        "“The deadline is political,” protested Lena Marsh, director of the Harbor Workers Union. "
        "“It is a hard case for me,” Governor Abe Lind confessed to reporters. "
        "“These people are neighbors,” 40 Democratic Senators wrote in a letter.",
    )
    assert found["The deadline is political"] == "Lena Marsh"
    assert found["It is a hard case for me"] == "Abe Lind"
    assert found.get("These people are neighbors") is None
    assert not re.search(r"Senators", " ".join(n for n, _ in entities(nlp, "“We object,” 40 Democratic Senators wrote.")))


@pytest.mark.parametrize(
    "text, short",
    [
        ("The court relied on Planned Parenthood v. Casey. The relevant passage from Casey: states may regulate.", "Casey"),
        ("Activists want the justices to overturn Roe v. Wade. Overturning Roe would end it.", "Roe"),
    ],
)
def test_a_party_name_alone_is_the_ruling(nlp, text, short):
    x = extract(nlp(text), "d0")
    assert [(e.cls, short in e.names) for e in x.entities] == [("CourtRuling", True)]


def test_a_party_who_is_a_person_named_in_full_stays_the_person(nlp):
    x = extract(nlp("President Donald Trump lost Trump v. Hawaii at first. Trump said he would appeal."), "d0")
    assert {e.name: e.cls for e in x.entities} == {
        "Donald Trump": "Official",
        "Trump v. Hawaii": "CourtRuling",
        "United States": "Place",  # the country of the title "President" (kg.resolve.roles)
    }


def test_a_town_written_with_its_state_is_a_place_not_a_person(nlp):
    text = (
        "Unrelenting Harlow protests pushed a year of change\n\nProtesters marched in Harlow, Ky., for weeks. "
        "A year ago the town was quiet. In Harlow, the police chief and a city manager resigned after a review. "
        "Harlow has changed since, residents said."
    )
    found = entities(nlp, text)
    assert ("Harlow", "Place") in found
    assert not {n for n, c in found if "Harlow" in n and c in ("Person", "Official", "Organization")}


@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            "In a letter, Chairman of the Harbor Commission Rosa Vega said the review must go on.",
            "Rosa Vega",
            "Harbor Commission",
        ),
        (
            "Executive Director of the Springfield Housing Authority Paul Dorsey testified on Tuesday.",
            "Paul Dorsey",
            "Springfield Housing Authority",
        ),
    ],
)
def test_title_of_a_body_before_the_name(nlp, text, person, body):
    found = facts(nlp, text)
    assert any(s == person and p == "heads" and body in o for s, p, o in found)
    assert any(s == person and p == "title" for s, p, o in found)


def test_a_places_own_body_written_with_a_possessive(nlp):
    found = entities(
        nlp,
        "Protesters marched in Springfield, Ill., on Monday. Springfield's city council voted "
        "to fund body cameras, and Springfield's police department agreed.",
    )
    assert {("Springfield city council", "Agency"), ("Springfield police department", "Agency")} <= found


def test_a_title_of_a_body_before_the_next_name_is_not_the_previous_persons(nlp):
    found = facts(
        nlp,
        "The letter went to Senate Majority Leader Ana Pruitt, Chairman of the Harbor Commission "
        "Rosa Vega and Chairman of the Port Authority Tim Noel.",
    )
    assert ("Rosa Vega", "heads", "Harbor Commission") in found
    assert not {f for f in found if f[0] == "Ana Pruitt" and f[2] in ("Harbor Commission", "chairman", "Chairman")}


def test_a_national_attorney_general_heads_the_justice_department_not_the_country(nlp):
    found = facts(nlp, "Former US Attorney General Lena Hart, who led the review, said the Justice Department would act.")
    assert ("Lena Hart", "heads", "U.S. Department of Justice") in found
    assert not {f for f in found if f[0] == "Lena Hart" and f[2] == "United States"}
    state = facts(nlp, "Texas Attorney General Omar Lyle said the Justice Department should act.")
    # a state's attorney general is of the state, which the annotation brief reads as heading it (session 24)
    assert ("Omar Lyle", "heads", "Texas") in state
    assert not {f for f in state if f[0] == "Omar Lyle" and f[2] == "U.S. Department of Justice"}


STATE_ARTICLE = (
    "Oregon lawmakers passed the measure on Friday. The Oregon Legislature sent it to the governor, "
    "and Oregon Gov. Lena Ruiz signed it. “It is a fair law,” said House Speaker Tom Reyes and Senate "
    "Majority Leader Ada Finch.{extra}"
)


def test_a_bare_chamber_in_an_article_about_one_state_legislature_is_that_states(nlp):
    found = facts(nlp, STATE_ARTICLE.format(extra=""))
    assert ("Ada Finch", "memberOf", "Oregon Senate") in found
    assert ("Tom Reyes", "heads", "Oregon House") in found


def test_a_bare_chamber_stays_federal_when_the_article_names_congress(nlp):
    found = facts(nlp, STATE_ARTICLE.format(extra=" Congress has not acted on a federal version."))
    assert not {f for f in found if f[2] in ("Oregon Senate", "Oregon House")}


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ben Ostrowski told him to do more to save the House.",  # "save" a body: no stance
        "Judge Ana Ruiz said Governor Ben Ostrowski has the power to end the Harbor Act.",  # a capacity
        "Senator Omar Haddad called for Governor Ben Ostrowski's job after the Harbor Act passed.",
        "The Harbor Act passed. Congress must act to end the catch-and-release policy, Senator Omar Haddad said.",
        "The Harbor Act passed. Senator Omar Haddad plans to vote against the anti-Harbor measure.",
    ],
)
def test_no_stance_from_near_misses(nlp, text):
    assert stances(nlp, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Harbor Act, passed by the Springfield City Council in 2014, bans detainers.",
            {("Harbor Act", "enactedBy", "Springfield City Council"), ("Harbor Act", "enactedDate", "2014")},
        ),
        (
            "The Harbor Act, amended by the Springfield City Council in 2016, bans detainers.",
            {("Harbor Act", "amendedBy", "Springfield City Council"), ("Harbor Act", "amendedDate", "2016")},
        ),
    ],
)
def test_a_law_with_a_reduced_relative_clause(nlp, text, expected):
    assert expected <= facts(nlp, text)


def test_the_sheriffs_department_of_an_article_about_one_county(nlp):
    found = facts(
        nlp,
        "Lake County Sheriff Dana Price said the county would hold inmates for ICE. "
        "The Sheriff's Department said in a statement that Lake County residents would be safer.",
    )
    assert ("Dana Price", "heads", "Lake County Sheriff's Department") in found
    assert ("Lake County Sheriff's Department", "jurisdiction", "Lake County") in found


def test_a_common_noun_with_a_reduced_relative_is_not_the_articles_law(nlp):
    found = facts(
        nlp,
        "The Harbor Act took effect in May. In 2013, the House ignored the immigration bill "
        "passed by the Springfield City Council.",
    )
    assert not {f for f in found if f[1] == "enactedBy"}


def test_a_bare_chamber_stays_federal_when_the_article_names_the_white_house(nlp):
    found = facts(nlp, STATE_ARTICLE.format(extra=" The White House declined to comment."))
    assert not {f for f in found if f[2] in ("Oregon Senate", "Oregon House")}


def test_a_cueless_quote_after_reported_speech_in_its_paragraph_is_that_persons(nlp):
    found = speakers(
        nlp,
        "The hearing ran late.\n\nMayor Jane Smith told the council she had changed her "
        "mind about the ordinance. “It took me a long time.”",
    )
    assert found == {"It took me a long time.": "Jane Smith"}
    other = speakers(
        nlp, "The hearing ran late.\n\nThe council met on Monday to discuss the ordinance. “It took me a long time.”"
    )
    assert other.get("It took me a long time.") is None


def test_a_headline_law_name_in_another_letter_case_is_the_bodys_law(nlp):
    found = entities(
        nlp, "Support for the HARBOR Act Grows Among Republicans\n\nMore Republicans now back the Harbor Act, a poll found."
    )
    assert {n for n, c in found if c == "Law"} == {"Harbor Act"}
