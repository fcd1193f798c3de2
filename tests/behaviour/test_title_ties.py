"""Titles and the bodies they tie a person to, on invented sentences (issue 14): a person heads or
serves in a body only when the body is in the office's own phrase; words that name no office give
no title; pieces of longer titles and names are neither titles nor bodies."""

from __future__ import annotations

import pytest
from test_behaviour import facts, of

from kg.resolve.article import extract

# -- 1. heads needs the office to be of that body -------------------------------------------------


def test_a_field_office_head_is_a_member_of_the_agency_not_its_head(nlp):
    got = facts(nlp, '"It is hard," said Dana Whitfield, a retired FBI special agent in charge.')
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Federal Bureau of Investigation"}


def test_the_head_of_an_agencys_office_does_not_head_the_agency(nlp):
    got = facts(nlp, "The ads featured Dana Whitfield, the former head of the FBI office in Denver, urging a vote.")
    assert "Federal Bureau of Investigation" not in of(got, "Dana Whitfield", "heads")


def test_the_head_of_the_agency_still_heads_it(nlp):
    got = facts(nlp, "The ads featured Dana Whitfield, the former director of the FBI, urging a vote.")
    assert of(got, "Dana Whitfield", "heads") == {"Federal Bureau of Investigation"}


def test_a_body_joined_to_another_title_by_and_is_not_the_first_titles(nlp):
    got = facts(nlp, "Dana Whitfield, Denver mayor and former White House chief of staff, said the plan would pass.")
    assert of(got, "Dana Whitfield", "heads") == {"Denver"}
    assert of(got, "Dana Whitfield", "memberOf") == {"White House"}  # the second title's body


def test_the_body_after_two_joined_titles_is_the_seconds(nlp):
    got = facts(nlp, "Laura Ruiz, staff counsel and community advocate for the Harbor Coalition, said the files show a pattern.")
    assert of(got, "Laura Ruiz", "memberOf") == {"Harbor Coalition"}


def test_a_chairman_in_a_state_does_not_head_the_state(nlp):
    got = facts(nlp, '"It is clear," said Rep. Dana Whitfield, who was the senator\'s campaign chairman in Montana.')
    assert "Montana" not in of(got, "Dana Whitfield", "heads") | of(got, "Dana Whitfield", "memberOf")


def test_a_leader_of_a_places_movement_does_not_head_the_place(nlp):
    got = facts(nlp, "The fort is named for Gen. Luis Ortega, who was a leader of Georgia's reform movement.")
    assert "Georgia" not in of(got, "Luis Ortega", "heads") | of(got, "Luis Ortega", "memberOf")


def test_leading_a_bodys_army_is_not_leading_the_body(nlp):
    got = facts(nlp, "Crowds gathered at a statue of Luis Ortega, who led the Harbor Coalition's army during the war.")
    assert of(got, "Luis Ortega", "heads") == set()


def test_the_body_a_relative_clause_says_someone_leads_is_headed(nlp):
    got = facts(nlp, '"We will win," said Dana Whitfield, who leads the Harbor Coalition.')
    assert of(got, "Dana Whitfield", "heads") == {"Harbor Coalition"}


def test_a_city_state_title_is_the_citys(nlp):
    got = facts(nlp, "Four candidates, including Springfield, Oregon Mayor Dana Whitfield, led the polls.")
    assert [h.split(",")[0] for h in of(got, "Dana Whitfield", "heads")] == ["Springfield"]  # the city, maybe with its state


def test_a_city_state_title_with_commas_is_the_citys_not_another_city_of_the_sentence(nlp):
    got = facts(nlp, "The prison is in Salem, where former Springfield, Ohio, mayor Dana Whitfield served time.")
    assert [h.split(",")[0] for h in of(got, "Dana Whitfield", "heads")] == ["Springfield"]


def test_a_state_title_after_a_city_is_still_the_states(nlp):
    got = facts(nlp, "In Austin, Texas Gov. Dana Whitfield signed the bill on Monday.")
    assert of(got, "Dana Whitfield", "heads") == {"Texas"}


# -- 2. words that name no office -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Critics included former Obama officials Dana Whitfield and Luis Ortega, who wrote a letter.", "official"),
        ("Dana Whitfield, the party's de facto leader, warned of a new movement on Monday.", "leader"),
        (
            "Sen. Dana Whitfield, an Oregon Democrat and leading advocate for stricter fishing rules, said it was time.",
            "advocate",
        ),
        ("Being with Dana Whitfield, who was shot in the head two years ago, it is clear she understands.", "head"),
        ("Dana Whitfield, a longtime housing activist, said the vote was a start.", "activist"),
        ("Dana Whitfield, a conservative writer, called the plan a mistake.", "writer"),
        ("Dana Whitfield, a historian at Lakeview College, said the law had roots in the 1920s.", "historian"),
        ("Dana Whitfield, a leading researcher on policing, said the numbers were clear.", "researcher"),
    ],
)
def test_a_word_that_names_no_office_is_no_title(nlp, text, word):
    titles = {t.lower() for t in of(facts(nlp, text), "Dana Whitfield", "title")}
    assert not any(t.split()[-1] in (word, word + "s") for t in titles)


def test_an_official_of_a_named_body_is_its_member_without_a_title(nlp):
    got = facts(nlp, "Dana Whitfield, a Justice Department official, said the rule would change.")
    assert of(got, "Dana Whitfield", "memberOf") == {"U.S. Department of Justice"}
    assert of(got, "Dana Whitfield", "title") == set()


def test_an_aide_of_a_named_body_is_its_member_without_a_title(nlp):
    got = facts(nlp, "Dana Whitfield, a former Senate aide, said the bill would pass.")
    assert of(got, "Dana Whitfield", "title") == set()


def test_an_office_someone_runs_for_is_not_their_title(nlp):
    got = facts(nlp, "Sen. Dana Whitfield, an Oregon Republican running for president, missed the vote.")
    assert of(got, "Dana Whitfield", "title") == {"Senator"}


def test_the_subject_of_the_next_clause_is_not_an_apposition(nlp):
    got = facts(nlp, "At a news conference alongside Irish Prime Minister Dana Whitfield, the president also took questions.")
    assert "president" not in {t.lower() for t in of(got, "Dana Whitfield", "title")}


# -- 3. pieces of titles and names ----------------------------------------------------------------


def test_a_piece_of_a_hyphenated_title_is_no_title(nlp):
    got = facts(nlp, "The study is by Dana Whitfield, the former surgeon-in-chief at Mercy Hospital.")
    assert "chief" not in {t.lower() for t in of(got, "Dana Whitfield", "title")}


def test_a_piece_of_a_hyphenated_title_before_a_name_is_no_title(nlp):
    got = facts(nlp, "Harbor Weekly editor-in-chief Dana Whitfield said the paper would close.")
    assert "chief" not in {t.lower() for t in of(got, "Dana Whitfield", "title")}


def test_a_hyphenated_title_keeps_its_spelling_and_no_preposition(nlp):
    got = facts(nlp, "They will serve under co-chairs Dana Whitfield and Luis Ortega, both bankers.")
    assert of(got, "Dana Whitfield", "title") == {"co-chair"}


def test_a_nominee_for_another_office_keeps_the_title_written_before_the_name(nlp):
    got = facts(nlp, "Senators delayed several choices, including attorney general nominee Sen. Dana Whitfield.")
    assert of(got, "Dana Whitfield", "title") == {"Senator"}


def test_the_subject_of_a_title_is_not_a_body(nlp):
    got = facts(nlp, "Former Secretary of Defense Dana Whitfield said the base would close.")
    assert "Defense" not in of(got, "Dana Whitfield", "heads") | of(got, "Dana Whitfield", "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Dana Whitfield flew to Lima on Monday.",
        "Former Secretary of Defense Dana Whitfield said the base would close.",
        "Ohio Secretary of State Dana Whitfield certified the vote.",
        "She met Secretary of Labor Dana Whitfield and Secretary of Transportation Glen Ashby.",
    ],
)
def test_the_subject_of_a_secretarys_title_is_no_node_of_its_own(nlp, text):
    names = {e.name for e in extract(nlp(text), "d0").entities}
    assert "Dana Whitfield" in names
    assert not names & {"State", "Defense", "Labor", "Transportation"}


def test_a_business_after_a_title_and_of_is_kept(nlp):
    names = {e.name for e in extract(nlp("Dana Whitfield, chairman of Goldman Sachs, said rates would rise."), "d0").entities}
    assert "Goldman Sachs" in names


@pytest.mark.parametrize(
    "text", ["Las Vegas lawyer Dana Whitfield blasted the decision.", "Houston attorney Dana Whitfield said so."]
)
def test_a_place_before_a_lawyers_title_is_where_they_practise(nlp, text):
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "memberOf") == set()
    assert {e.name: e.cls for e in extract(nlp(text), "d0").entities}["Dana Whitfield"] == "Person"


def test_a_citys_attorney_is_still_its_official(nlp):
    got = facts(nlp, "Oakdale City Attorney Dana Whitfield said so.")
    assert of(got, "Dana Whitfield", "title") == {"City Attorney"}


def test_a_secretary_named_by_a_departments_subject_is_an_official(nlp):
    """ "Education Secretary X": a federal or a state's department, which the text does not say; an office either way."""
    got = {e.name: e.cls for e in extract(nlp("Education Secretary Dana Whitfield ignited a storm of protest."), "d0").entities}
    assert got.get("Dana Whitfield") == "Official"
    assert "Education" not in got
    private = {e.name: e.cls for e in extract(nlp("Harbor Secretary Dana Whitfield said so."), "d0").entities}
    assert private.get("Dana Whitfield") != "Official"


@pytest.mark.parametrize(
    "text", ["Georgia Attorney General Dana Whitfield said so.", "Dana Whitfield, the attorney general of Georgia, said so."]
)
def test_a_states_attorney_general_heads_the_state_named_alone(nlp, text):
    """As the annotation brief reads it ("attorney general -> the state Place")."""
    assert of(facts(nlp, text), "Dana Whitfield", "heads") == {"Georgia"}


def test_other_offices_named_with_a_state_alone_are_members_of_it(nlp):
    got = facts(nlp, "Texas Assistant Attorney General Dana Whitfield said so. Marion County Sheriff Glen Ashby agreed.")
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Glen Ashby", "heads") == set()
    assert of(facts(nlp, "U.S. Attorney General Dana Whitfield said so."), "Dana Whitfield", "heads") <= {
        "U.S. Department of Justice"
    }


def test_a_committee_named_without_its_head_noun_is_the_committee(nlp):
    got = facts(nlp, "House Budget Chairman Dana Whitfield backed the plan on Monday.")
    assert of(got, "Dana Whitfield", "heads") == {"U.S. House Committee on the Budget"}


def test_a_department_named_by_its_subject_after_a_title_is_the_department(nlp):
    got = facts(nlp, "Former Secretary of Defense Dana Whitfield said the base would close.")
    assert of(got, "Dana Whitfield", "heads") == {"U.S. Department of Defense"}


def test_a_body_after_a_place_modifier_and_joined_nouns_is_the_titles(nlp):
    got = facts(nlp, "Anne Dunn, associate director for research and policy at the Denver-based Harbor Coalition, said so.")
    assert of(got, "Anne Dunn", "memberOf") == {"Harbor Coalition"}


def test_a_piece_of_a_business_name_is_not_the_business(nlp):
    got = facts(nlp, "Dana Whitfield, owner of Kelly’s Bar and Grill, told reporters the patio was closed.")
    assert of(got, "Dana Whitfield", "heads") == set()


def test_the_head_of_a_part_of_a_body_is_a_member_of_the_body(nlp):
    got = facts(nlp, "Monika Bailey, Acme Corp's head of global policy management, assured senators on Tuesday.")
    assert of(got, "Monika Bailey", "heads") == set()


def test_a_name_before_a_comma_is_a_citys_only_when_a_state_follows(nlp):
    got = facts(nlp, "The sponsors were Steves, McKay, Seattle City Attorney Dana Whitfield and two others.")
    assert "McKay" not in of(got, "Dana Whitfield", "heads") | of(got, "Dana Whitfield", "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield, deputy executive director of the Harbor Coalition, said the case was strong.",
        "Dana Whitfield, research director of the Harbor Coalition, said the case was strong.",
        "Dana Whitfield, Director of Research at the Harbor Coalition, said the case was strong.",
    ],
)
def test_a_deputy_or_the_head_of_a_unit_is_a_member_not_the_head(nlp, text):
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Coalition"}


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield, who is writing a book on environmental justice in Ohio, said so.",
        "Dana Whitfield, who is also mulling a bid for president, said so.",
        "Crowds mourned Dana Whitfield, who died as a police officer held her down, on Sunday.",
    ],
)
def test_a_relative_clause_gives_only_the_title_it_says_the_person_holds(nlp, text):
    assert of(facts(nlp, text), "Dana Whitfield", "title") == set()


def test_a_relative_clause_gives_the_title_it_says_the_person_holds(nlp):
    got = facts(nlp, "Dana Whitfield, who served as mayor of Springfield, said so.")
    assert of(got, "Dana Whitfield", "title") == {"mayor"}
    assert of(got, "Dana Whitfield", "heads") == {"Springfield"}


def test_a_regional_director_is_a_member_of_the_body(nlp):
    got = facts(nlp, "Dana Whitfield, the Southeast Regional Director of the Harbor Coalition, said so.")
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Coalition"}


def test_a_department_named_by_its_subject_in_an_apposition_is_the_department(nlp):
    got = facts(nlp, "Dana Whitfield, the acting secretary of Homeland Security, said the ruling was wrong.")
    assert of(got, "Dana Whitfield", "heads") == {"U.S. Department of Homeland Security"}


def test_a_body_whose_name_begins_with_a_place_and_and_is_not_its_last_words(nlp):
    got = facts(nlp, "Dana Whitfield, a law professor at Washington and Lee University in Virginia, said so.")
    assert "Lee University" not in of(got, "Dana Whitfield", "memberOf")


def test_an_agencys_union_president_does_not_head_the_agency(nlp):
    got = facts(nlp, "Immigration and Customs Enforcement union President Dana Whitfield said the bill ignores officers.")
    assert "U.S. Immigration and Customs Enforcement" not in of(got, "Dana Whitfield", "heads")


def test_a_council_president_named_after_an_agency_does_not_head_the_agency(nlp):
    got = facts(nlp, "Immigration and Customs Enforcement Council President Dana Whitfield testified on Tuesday.")
    assert "U.S. Immigration and Customs Enforcement" not in of(got, "Dana Whitfield", "heads")


def test_an_agency_director_named_before_the_title_still_heads_it(nlp):
    got = facts(nlp, "Immigration and Customs Enforcement Director Dana Whitfield testified on Tuesday.")
    assert of(got, "Dana Whitfield", "heads") == {"U.S. Immigration and Customs Enforcement"}


def test_a_departments_inspector_general_serves_in_it_and_does_not_head_it(nlp):
    got = facts(nlp, "Justice Department Inspector General Dana Whitfield released the report on Thursday.")
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"U.S. Department of Justice"}


def test_an_ambassador_to_a_body_is_no_member_of_it(nlp):
    got = facts(nlp, "Dana Whitfield, the U.S. ambassador to the United Nations, defended the vote on Friday.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
    assert {t.lower() for t in of(got, "Dana Whitfield", "title")} == {"ambassador"}


@pytest.mark.parametrize(
    "text",
    [
        "Senators wrote to Dana Holt, director of the federal government’s Bureau of Harbor Safety, on Monday.",
        "Senators wrote to Dana Holt, director of the federal Bureau of Harbor Safety, on Monday.",
    ],
)
def test_the_owner_or_an_adjective_before_a_body_makes_no_part_of_it(nlp, text):
    # "co-chair of the litigation group at X" holds a part of X; a government owning the bureau does not
    assert of(facts(nlp, text), "Dana Holt", "heads") == {"Bureau of Harbor Safety"}


def test_a_place_before_a_federal_officers_title_is_no_government_they_serve_in(nlp):
    got = facts(nlp, "Harbor City US Attorney Tom Berman agreed on Monday. Gov. Ann Reyes of Ohio disagreed.")
    assert of(got, "Tom Berman", "title") in ({"U.S. Attorney"}, {"US Attorney"})
    assert of(got, "Tom Berman", "memberOf") == set()
    assert of(got, "Ann Reyes", "heads") == {"Ohio"}


def test_the_bureaus_title_set_off_before_a_name_is_of_the_one_bureau_named_before(nlp):
    text = (
        "Critics attacked the Federal Bureau of Harbor Safety after the firing of the bureau’s former deputy "
        "director, Dana Whitcombe, on Friday."
    )
    got = facts(nlp, text)
    assert of(got, "Dana Whitcombe", "memberOf") == {"Federal Bureau of Harbor Safety"}


def test_a_us_city_the_model_leaves_untagged_before_mayor_is_the_place_the_mayor_heads(nlp):
    got = facts(nlp, "“We never imagined such a thing would happen here,” Gilroy Mayor Dana Velasko said on Monday.")
    assert of(got, "Dana Velasko", "heads") == {"Gilroy"}
