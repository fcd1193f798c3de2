"""Body names and types (issue 15) on invented sentences: a name cut at "and" or at a word with capitals
inside, a body of an international organization typed as a government's, and a bare surname two
persons of one article share."""

from __future__ import annotations

from test_behaviour import facts, of

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def entities(nlp, *texts: str) -> dict[str, tuple[str, list[str]]]:
    res = resolve([extract(nlp(t), f"d{i}") for i, t in enumerate(texts)])
    return {e.label: (e.cls, e.aliases) for e in res.entities}


def test_a_name_with_and_the_model_reads_as_one_is_not_cut_at_and(nlp):
    got = entities(nlp, "The debate took place in the U.N.'s Economic and Social Council chamber on Thursday.")
    assert got.get("Economic and Social Council", ("",))[0] == "Organization"
    assert "Social Council" not in got
    two = entities(nlp, "The rules came from the Agriculture Department and Food and Drug Administration on Monday.")
    assert not any(" and Food" in n for n in two)


def test_a_capitalized_word_with_capitals_inside_opens_the_name(nlp):
    got = entities(nlp, "Workers at the QuilTech Plasma Services center in Dayton walked out on Monday.")
    assert any(n.startswith("QuilTech") for n in got)
    assert "Plasma Services" not in got


def test_a_body_of_the_united_nations_is_an_organization(nlp):
    got = entities(nlp, "The U.N. General Assembly elected new members on Friday. The U.N. Human Rights Council met in Geneva.")
    assert got["U.N. General Assembly"][0] == "Organization"
    assert got["U.N. Human Rights Council"][0] == "Organization"


def test_a_bare_surname_two_persons_share_joins_neither(nlp):
    got = entities(
        nlp,
        "Sen. Doreen Talbrook of Vermont criticized the plan on Monday. Press Secretary Wallace Talbrook "
        'defended it at the briefing. "We will not back down," Talbrook said.',
    )
    assert "Talbrook" not in got.get("Doreen Talbrook", ("", []))[1]
    assert "Talbrook" not in got.get("Wallace Talbrook", ("", []))[1]


def test_a_committee_named_without_its_chamber_is_the_one_committee_of_the_article_so_named(nlp):
    one = entities(
        nlp,
        "The House Intelligence Committee released a report on Friday. Rep. Dana Whitlock said the "
        "Intelligence Committee found no wrongdoing. The Intelligence Committee will meet again in March.",
    )
    assert [cls for cls, aliases in one.values() if "Intelligence Committee" in aliases] == ["Agency"]
    assert "Intelligence Committee" not in one


def test_a_committee_named_without_its_chamber_joins_neither_of_two_chambers_committees(nlp):
    two = entities(
        nlp,
        "The House Intelligence Committee and the Senate Intelligence Committee met on Friday. "
        "The Intelligence Committee said nothing.",
    )
    assert not any("Intelligence Committee" in aliases for _, aliases in two.values())


def test_a_state_name_before_city_is_the_city_the_two_words_name(nlp):
    got = entities(nlp, "Dana Whitlock moved to Kansas City last year. Protesters gathered in Oklahoma City on Sunday.")
    assert got["Kansas City"][0] == "Place" and got["Oklahoma City"][0] == "Place"
    assert "Kansas" not in got and "Oklahoma" not in got


def test_a_shared_state_name_before_a_legislators_title_is_the_state(nlp):
    got = entities(nlp, "On Wednesday, New York Rep. Dana Whitlock criticized the plan at a hearing in Boston.")
    assert "New York State" in got and "New York City" not in got


def test_a_legislators_title_says_the_state_of_that_mention_only(nlp):
    got = entities(
        nlp,
        "Conservatives met this weekend in Washington to plan the budget fight. They praised their good "
        "relationship with Washington Democratic Sen. Dana Whitlock, who chairs the budget panel.",
    )
    assert "Washington State" in got and "District of Columbia" in got


def test_a_law_the_lexicon_names_with_a_possessive_keeps_its_whole_name(nlp):
    got = entities(nlp, "Spending on Medicaid, the Children's Health Insurance Program and subsidies rose in 2015.")
    assert got["Children's Health Insurance Program"][0] == "Law"
    assert "Health Insurance Program" not in got


def test_an_ampersand_between_words_of_a_bodys_name_is_and(nlp):
    got = entities(
        nlp,
        "The Food and Drug Administration approved the drug on Monday.",
        "The U.S. Food & Drug Administration said on Friday that the drug was safe.",
    )
    assert len([n for n in got if "Drug Administration" in n]) == 1


def test_a_call_to_pass_or_repeal_a_law_is_not_its_name(nlp):
    got = entities(nlp, "Marchers outside the Capitol shouted “Repeal the Quillfeather Act now!” on Tuesday.")
    assert "Quillfeather Act" in got
    assert not any(n.startswith("Repeal") for n in got)


def test_a_school_named_after_a_person_is_no_person(nlp):
    got = entities(nlp, "Staff at Mark T. Pellworth Elementary School met. Students at Walter Quenby High School sang.")
    assert not any(cls in ("Person", "Official") and "School" in n for n, (cls, _) in got.items())


def test_words_the_model_runs_onto_a_chamber_are_cut_off(nlp):
    got = entities(nlp, "Perhaps Congress will act this year. Most Senate Republicans back the plan, aides said on Monday.")
    assert not any(n.startswith(("Perhaps", "Most")) for n in got)
    assert any(n.endswith("Congress") and c == "Agency" for n, (c, _) in got.items())
    party = entities(nlp, "If the Republican Congress blocks the funding, Democrats will not go along with it.")
    assert "Republican Congress" not in party and party.get("United States Congress", ("",))[0] == "Agency"


def test_a_place_before_a_chamber_and_another_bodys_name_stay_whole(nlp):
    got = entities(nlp, "The New Hampshire Senate and the Library of Congress both hold hearings on Monday.")
    assert "New Hampshire Senate" in got and "Library of Congress" in got
    pac = entities(nlp, "The complaint says the Brand New Congress PAC paid the consultant in 2017.")
    assert not any(n in ("Congress", "New Congress") for n in pac)  # a PAC's name, not the Congress


def test_a_school_district_is_an_agency_and_its_superintendent_an_official(nlp):
    got = entities(
        nlp,
        "Parents wrote to the Elmwood Valley School District on Monday. "
        "Superintendent Carla Pennington said the district would review the policy.",
    )
    assert got.get("Elmwood Valley School District", ("",))[0] == "Agency"
    assert got.get("Carla Pennington", ("",))[0] == "Official"


def test_district_alone_heads_no_agency_name(nlp):
    got = entities(nlp, "Voters in the Fifth Congressional District and the Central Business District met on Monday.")
    assert all(cls != "Agency" for n, (cls, _) in got.items() if n.endswith("District"))


def test_a_board_member_sits_on_the_one_school_board_the_article_names(nlp):
    got = facts(nlp, "Board member Dana Whitfield objected on Monday. The Elmwood Board of Education met on Tuesday.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Elmwood Board of Education"}
    other = facts(nlp, "Board member Dana Whitfield objected on Monday. Acme Corp. named a new chief on Tuesday.")
    assert of(other, "Dana Whitfield", "memberOf") == set()


def test_the_second_of_two_set_off_titles_joined_by_and_is_its_holders(nlp):
    text = "I'm glad Ohio has a governor, Jane Holt, and a lieutenant governor, Carl Dunmore, and lawmakers who care."
    got = entities(nlp, text)
    assert got.get("Carl Dunmore", ("",))[0] == "Official"
    assert of(facts(nlp, text), "Carl Dunmore", "title") == {"lieutenant governor"}
