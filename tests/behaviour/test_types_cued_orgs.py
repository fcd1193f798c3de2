"""A name the model takes for a person that the article calls an organization (kg.resolve.cuedorgs), on
invented sentences."""

from __future__ import annotations

from test_behaviour import classes


def test_a_name_set_off_as_a_retailer_is_an_organization(nlp):
    got = classes(nlp, "Maple Grove, a discount retailer based in Ohio, closed 40 stores. Maple Grove said sales fell.")
    assert got.get("Maple Grove") == "Organization"


def test_a_name_with_shareholders_or_owners_is_an_organization(nlp):
    got = classes(nlp, "Hobby Lobby sued over the mandate. Hobby Lobby's owners say the rule violates their faith.")
    assert got.get("Hobby Lobby") == "Organization"


def test_a_person_at_the_head_of_a_group_or_owning_restaurants_stays_a_person(nlp):
    got = classes(nlp, "Dana Whitfield, the head of the group, said the bill would pass. Dana Whitfield's restaurants closed.")
    assert got.get("Dana Whitfield") == "Person"


def test_a_titled_name_stays_a_person_whatever_follows_it(nlp):
    got = classes(nlp, "Sen. Dana Whitfield, a Democrat, spoke. Mr. Whitfield's owners were not named.")
    assert got.get("Dana Whitfield") == "Official"


def test_a_name_the_model_misses_is_an_organization_when_set_off_as_one(nlp):
    got = classes(nlp, "Bright Line, an advocacy group that backs the bill, sued the state.")
    assert got.get("Bright Line") == "Organization"


def test_the_organization_set_off_is_the_name_after_a_person_or_a_title(nlp):
    got = classes(nlp, "He rose to President of Northfield Pharma USA, a drug company, before he joined the agency.")
    assert got.get("Northfield Pharma USA") == "Organization"
    assert not any(n.startswith("President") for n in got)


def test_the_end_of_a_longer_name_or_a_companys_suffix_is_no_organization_of_its_own(nlp):
    got = classes(nlp, "Voters for Freedom to Marry, a nonpartisan group, met. Acme Widgets, Inc., a maker of tools, paid.")
    assert "Marry" not in got and "Inc." not in got


def test_a_name_right_after_an_organization_noun_is_an_organization(nlp):
    got = classes(nlp, "Dana Whitfield, then an editor at the conservative website Marlow Gate, resigned.")
    assert got.get("Marlow Gate") == "Organization"


def test_towns_in_a_list_of_places_are_places(nlp):
    got = classes(
        nlp,
        "Flyers reached homes in Glendale, Pasadena, Burbank, La Crescenta, Altadena, Arcadia, Tujunga, "
        "Monrovia, Glendora, Sylmar, Duarte and Azusa this month.",
    )
    assert all(got.get(n) == "Place" for n in ("Burbank", "La Crescenta", "Tujunga", "Glendora")), got
