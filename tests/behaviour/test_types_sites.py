"""Classes of named sites, congressional committees and acronyms (issue 15), on invented sentences."""

from __future__ import annotations

from kg.resolve.article import extract


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_a_short_name_ending_on_a_site_noun_is_a_place(nlp):
    got = ents(nlp, "The rally began on the steps of the Jefferson Memorial and ended on Capitol Hill.")
    assert got.get("Jefferson Memorial") == "Place"
    assert got.get("Capitol Hill") == "Place"
    got = ents(nlp, "Marchers walked down Kingsley Avenue toward the National Mall on Saturday.")
    assert got.get("National Mall") == "Place"


def test_a_person_a_newspaper_or_a_hospital_named_like_a_site_stays_what_it_is(nlp):
    got = ents(nlp, "Anita Hill testified on Tuesday, and The Hill reported her remarks.")
    assert got.get("Anita Hill") == "Person"
    got = ents(nlp, "Mercyview Memorial said in a statement that it had enough masks for its nurses.")
    assert got.get("Mercyview Memorial") != "Place"
    got = ents(nlp, "Harbor Street Managing Director Dana Pruitt said the firm would advise insurers.")
    assert got.get("Harbor Street") != "Place"


def test_a_committee_of_congress_named_without_its_chamber_is_an_agency(nlp):
    got = ents(nlp, "The complaint was referred to the Committee on Ethics, which declined to act on it.")
    assert got.get("Committee on Ethics") == "Agency"


def test_a_body_named_in_full_keeps_the_class_of_its_name_over_its_acronym(nlp):
    text = (
        "The Office of Congressional Review was created in 2008 to review complaints. "
        "The OCR refers cases to lawmakers. Critics said the OCR was too weak. "
        "The OCR has reviewed hundreds of cases, and the OCR will keep doing so."
    )
    x = extract(nlp(text), "d1")
    body = next(e for e in x.entities if e.name == "Office of Congressional Review")
    assert body.cls == "Agency" and "OCR" in body.names


def test_a_word_that_opens_an_organizations_name_is_that_organization(nlp):
    got = ents(
        nlp, "The Halvorsen Health System raised its rates. So when Halvorsen requested a rate increase, regulators balked."
    )
    assert got.get("Halvorsen Health System") == "Organization" and got.get("Halvorsen") == "Organization"
    got = ents(nlp, "Ostrander Wood Specialties sued the government. Ostrander said the mandate violated its owners' faith.")
    assert got.get("Ostrander") == "Organization"


def test_a_town_a_surname_or_a_person_named_in_full_before_an_organizations_name_stays(nlp):
    got = ents(nlp, "Students at Milltown High School were moved to a church in Milltown on Monday.")
    assert got.get("Milltown") != "Organization"
    got = ents(nlp, "Dana Koch founded Koch Heating in 1990, and Koch said the firm would grow.")
    assert got.get("Koch") != "Organization"


def test_a_county_before_its_sheriff_is_a_place(nlp):
    got = ents(nlp, "Union leaders met with the Los Angeles County sheriff’s department on Friday.")
    assert got.get("Los Angeles County") == "Place"


def test_a_name_written_after_a_persons_title_stays_a_person_beside_an_organization_of_that_name(nlp):
    text = "The Halvorsen Organization owns three towers. President Halvorsen said on Monday that Halvorsen had sold none."
    assert ents(nlp, text).get("Halvorsen") != "Organization"
