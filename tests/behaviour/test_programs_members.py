"""Programs, laws and the bodies people serve in, on invented sentences (issues 14 and 15): a federal
benefit program is a Law and no one is a member of it; a person's spokesman is no member of a body
named after the person; a body or newspaper whose name holds a law's word is no Law."""

from __future__ import annotations

from test_behaviour import facts, of


def types(nlp, text):
    return {e.text: e.label_ for e in nlp(text).ents}


def test_a_benefit_program_is_a_law(nlp):
    got = types(nlp, "The governor wants to expand Medicaid and protect Social Security for retirees in Ohio.")
    assert got.get("Medicaid") == "Law"
    assert got.get("Social Security") == "Law"


def test_a_programs_official_is_no_member_of_the_program(nlp):
    got = facts(nlp, "Dana Whitfield, the state's top Medicaid official, said enrollment rose in Ohio.")
    assert "Medicaid" not in of(got, "Dana Whitfield", "memberOf") | of(got, "Dana Whitfield", "heads")


def test_a_sentence_ending_in_a_name_is_no_law_with_the_next_sentences_act(nlp):
    got = types(nlp, "The bill now goes to Congress. Clean Water Act rules would change.")
    assert got.get("Congress") != "Law"


def test_a_spokesman_of_a_surname_is_no_member_of_it(nlp):
    got = facts(nlp, "Wexley's spokesman, Dana Whitfield, said in a statement that the vote would be delayed.")
    assert of(got, "Dana Whitfield", "memberOf") == set()


def test_a_spokesman_of_a_named_body_is_still_its_member(nlp):
    got = facts(nlp, "The Harbor Coalition's spokesman, Dana Whitfield, said in a statement that the vote would be delayed.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Coalition"}


def test_a_newspaper_named_constitution_is_no_law(nlp):
    got = types(nlp, "A poll by the Macon Journal Constitution found the measure trailing in Georgia.")
    assert "Law" not in {got.get(k) for k in got if "Constitution" in k}


def test_a_charity_named_with_a_laws_word_is_no_law(nlp):
    got = types(nlp, "Donors wrote checks to Act Forward Charities. Act Forward Charities then paid the group.")
    assert "Law" not in {v for k, v in got.items() if "Act" in k}


def test_a_commissioner_named_with_a_places_commission_sits_on_the_commission(nlp):
    got = facts(
        nlp,
        "The Dayton Commission was appointed by the governor after the riots. "
        "Later, Dayton Commissioner Dana Whitfield said Ohio needs a shift.",
    )
    assert of(got, "Dana Whitfield", "memberOf") == {"Dayton Commission"}
    assert of(got, "Dana Whitfield", "heads") == set()


def test_a_place_that_ends_a_longer_name_is_not_the_titles_body(nlp):
    got = facts(nlp, "Students attended 18 schools in the city, Diocese of Denver spokeswoman Dana Whitfield said.")
    assert "Denver" not in of(got, "Dana Whitfield", "memberOf") | of(got, "Dana Whitfield", "heads")


def test_a_race_between_two_named_candidates_is_no_ruling(nlp):
    got = types(nlp, "In the Fifth District, Ann McBride Ruiz vs. CARL OSTROW leans Democratic.")
    assert "CourtRuling" not in got.values()


def test_a_case_name_written_with_vs_is_still_a_ruling(nlp):
    got = types(nlp, "The justices cited Roe vs. Wade. They also cited New York vs. United States.")
    assert got.get("Roe vs. Wade") == "CourtRuling"
    assert got.get("New York vs. United States") == "CourtRuling"


def test_a_programs_identifier_is_not_the_program(nlp):
    got = facts(nlp, "A Social Security number is not needed. Gov. Dana Whitfield signed the bill on Monday.")
    assert "Social Security" not in of(got, "Dana Whitfield", "supports")


def test_a_states_share_of_a_federal_program_does_not_make_it_the_states_law(nlp):
    got = facts(nlp, "Any part of Ohio's Medicaid work rule could be struck down by a judge.")
    assert of(got, "Medicaid", "jurisdiction") - {"United States"} == set()


def test_a_states_own_law_is_still_the_states(nlp):
    got = facts(nlp, "Critics said Ohio's Harbor Safety Act would cost millions.")
    assert of(got, "Harbor Safety Act", "jurisdiction") == {"Ohio"}


def test_the_bill_is_not_a_program_the_article_names(nlp):
    got = facts(nlp, "The plan would cut Medicaid. Gov. Dana Whitfield signed the bill on Monday.")
    assert "Medicaid" not in of(got, "Dana Whitfield", "supports")


def test_the_acas_nickname_in_either_spelling_is_the_act():
    """ "ObamaCare" (The Hill, the Washington Times) and "Obamacare" name the Affordable Care Act: one
    Law, across articles as within one."""
    from kg.core.records import Document
    from kg.orchestrate.run import build_corpus

    docs = [
        Document(id="a", text="House Republicans voted again to repeal ObamaCare on Tuesday.\n"),
        Document(id="b", text="The Affordable Care Act survived another vote in the Senate.\n"),
    ]
    ents = build_corpus([], items=docs).resolution.entities
    acts = [e for e in ents if "ObamaCare" in [e.label, *e.aliases] or e.label == "Affordable Care Act"]
    assert [(e.cls, sorted(e.articles)) for e in acts] == [("Law", ["a", "b"])]
