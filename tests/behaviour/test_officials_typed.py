"""Which named persons hold a public office, and which words are no part of a person's name, on
invented sentences (issue 15): the sentence classes that say a person holds office without a title
written before their own name, and the name errors that split or glue a person's mentions."""

from __future__ import annotations

from kg.language.names import names_person
from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


# -- a party-and-state label is a legislator's ------------------------------------------------------


def test_a_party_and_state_label_in_parentheses_makes_an_official(nlp):
    text = "The bill was opposed by Carl Dunmore (R-Ky.) and by the county clerk."
    assert classes(nlp, text).get("Carl Dunmore") == "Official"


def test_a_party_and_state_label_between_commas_makes_an_official(nlp):
    text = "In a statement, Budget Committee Chairman Vance Orley, R-Ind., and the panel's top Democrat agreed."
    assert classes(nlp, text).get("Vance Orley") == "Official"


def test_a_comma_and_a_word_that_is_no_state_make_no_official(nlp):
    text = "The bill was opposed by Jane Ottaway, D-Day veteran, and by the county clerk."
    assert classes(nlp, text).get("Jane Ottaway") != "Official"


# -- a plural title reaches every name of its list --------------------------------------------------


def test_a_plural_title_reaches_names_with_a_party_label(nlp):
    text = "The panel is weighing a bill by Sens. Marla Quentin, R-Ohio, Dale Brisco, R-Utah, and Tom Harlan, R-Iowa."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Marla Quentin", "Dale Brisco", "Tom Harlan")] == ["Official"] * 3


def test_a_plural_title_reaches_names_with_their_state(nlp):
    text = "Sens. Alma Ruiz of Alaska, Dora Pike of Maine and Nell Ortega of Ohio have said they would vote no."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Alma Ruiz", "Dora Pike", "Nell Ortega")] == ["Official"] * 3


def test_a_plural_title_reaches_names_with_a_bare_state_between_commas(nlp):
    text = "GOP Sens. Alma Ruiz, Maine, and Dora Pike, Kentucky, opposed the motion to proceed."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Alma Ruiz", "Dora Pike")] == ["Official"] * 2


def test_a_plural_title_stops_at_a_name_no_list_joins(nlp):
    text = "Sens. Alma Ruiz of Alaska met Dora Pike of Maine, a nurse who runs a clinic."
    assert classes(nlp, text).get("Dora Pike") == "Person"


# -- a former head of state, and a surname only officials share --------------------------------------


def test_former_presidents_with_no_country_named_are_officials(nlp):
    text = "Tributes came from former Presidents Jimmy Carter, George W. Bush and Barack Obama on Saturday."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Jimmy Carter", "George W. Bush", "Barack Obama")] == ["Official"] * 3


def test_a_surname_shared_by_two_officials_is_an_official(nlp):
    text = "Tributes came from former President George W. Bush and from President George H.W. Bush. Bush recalled the march."
    assert classes(nlp, text).get("Bush") == "Official"


def test_a_surname_shared_by_an_official_and_a_private_person_is_not(nlp):
    text = "Tributes came from Mayor Ann Bush and from Ted Bush, a baker. Bush recalled the march."
    assert classes(nlp, text).get("Bush") != "Official"


# -- words that are no part of a name -----------------------------------------------------------------


def test_a_weekday_after_a_surname_is_not_part_of_the_name(nlp):
    text = 'Sen. Lindsey Graham of South Carolina spoke. "It was unfortunate," said Graham Sunday.'
    found = classes(nlp, text)
    assert "Graham Sunday" not in found and found.get("Lindsey Graham") == "Official"


def test_a_surname_written_in_capitals_names_the_person():
    assert names_person("GRIMM", "Michael Grimm")
    assert not names_person("GR", "Michael Gr")  # two capitals are an abbreviation, not a surname
    assert not names_person("NASA", "Michael Grimm")


def test_a_senior_vice_president_with_no_body_named_is_no_head_of_state(nlp):
    text = '"We would have loved to have months," said Senior Vice President Cheryl Campell on Monday.'
    assert classes(nlp, text).get("Cheryl Campell") != "Official"


def test_a_person_on_the_list_of_national_office_holders_is_an_official_without_a_title(nlp):
    text = 'Walter Mondale, speaking at the library on Monday, said: "I know of no finer public servant."'
    assert classes(nlp, text).get("Walter Mondale") == "Official"


def test_a_surname_glued_to_a_word_of_a_headline_joins_its_person(nlp):
    text = (
        "Congress Weighs Gun Bills But Asks, 'What Does Fenwick Want?'\n\n"
        "Congress met on Monday. President Arthur Fenwick said he would sign the bill."
    )
    found = classes(nlp, text)
    assert "Fenwick Want" not in found and found.get("Arthur Fenwick") == "Official"


def test_a_name_the_body_also_writes_stays_whole_in_a_headline(nlp):
    text = "Meet Kennedy Jones\n\nKennedy Jones, a nurse, met Sen. Ted Kennedy on Monday."
    assert classes(nlp, text).get("Kennedy Jones") == "Person"


def test_a_prime_minister_is_an_official(nlp):
    text = "The remarks earned rebukes from British Prime Minister Dave Camden and from the city's mayor."
    assert classes(nlp, text).get("Dave Camden") == "Official"


def test_the_chair_of_a_committee_of_a_chamber_is_an_official(nlp):
    text = "House Education Chairman Karl Vint's bill sets floating rates on new student loans."
    assert classes(nlp, text).get("Karl Vint") == "Official"


def test_a_head_of_a_white_house_office_is_no_chair_of_a_chamber(nlp):
    text = "In a letter, now-White House Outreach Director Karla Vintner disagreed with the plan."
    assert classes(nlp, text).get("Karla Vintner") != "Official"


def test_a_surname_glued_to_a_headline_word_joins_a_person_the_body_names_by_surname(nlp):
    text = (
        "Congress Weighs Gun Bills But Asks, 'What Does Fenwick Want?'\n\n"
        "Congress met on Monday. President Fenwick said he would sign the bill, and Fenwick left."
    )
    assert "Fenwick Want" not in classes(nlp, text)


def test_a_committee_of_a_chamber_is_an_agency_and_its_chair_an_official(nlp):
    text = '"It is wrong," Adam Schaff, the incoming chairman of the House intelligence committee, stated in a letter.'
    found = classes(nlp, text)
    assert (found.get("U.S. House Permanent Select Committee on Intelligence"), found.get("Adam Schaff")) == (
        "Agency",
        "Official",
    )


def test_a_committee_of_the_white_house_is_no_chambers():
    from kg.resolve.committees import chamber_committee

    assert chamber_committee("Senate Foreign Relations Committee")
    assert not chamber_committee("White House Committee on the Arts")
    assert not chamber_committee("Opera House Committee")


def test_a_first_name_and_its_short_form_with_one_surname_are_one_person(nlp):
    text = "Gabby Gordon spoke to reporters on Monday. In 2011 someone shot then-Rep. Gabrielle Gordon outside a store."
    found = classes(nlp, text)
    assert "Gabby Gordon" not in found and found.get("Gabrielle Gordon") == "Official"


def test_a_short_form_two_first_names_could_stand_for_stays_apart(nlp):
    text = "Chris Dunwell met Christopher Dunwell and Christine Dunwell at the county office on Monday."
    found = classes(nlp, text)
    assert {"Christopher Dunwell", "Christine Dunwell"} <= set(found)


def test_a_states_insurance_or_agriculture_commissioner_is_an_official_of_the_state(nlp):
    from test_behaviour import facts, of

    text = (
        "Kansas Insurance Commissioner Dana Mellor said the rates would rise. Ohio Agriculture Commissioner Tom Varga "
        "agreed on Monday."
    )
    got = facts(nlp, text)
    assert of(got, "Dana Mellor", "memberOf") == {"Kansas"} and of(got, "Dana Mellor", "title") == {"Insurance Commissioner"}
    assert of(got, "Tom Varga", "memberOf") == {"Ohio"}


def test_another_speaker_at_an_event_holds_no_chambers_office(nlp):
    from test_behaviour import facts, of

    text = "Hundreds came to the rally on Sunday. Another speaker, Tom Rellis, told the crowd to vote. House Speaker Ann Polk did not come."
    got = facts(nlp, text)
    assert of(got, "Tom Rellis", "title") == set()
    assert classes(nlp, text).get("Tom Rellis") != "Official"
    assert of(got, "Ann Polk", "title") == {"Speaker"}
