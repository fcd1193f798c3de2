"""Towns in a list of places (kg.resolve.listedplaces), on hand-built mentions."""

from __future__ import annotations

from kg.resolve.listedplaces import listed_places


def mentions(text: str, labelled: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out, at = [], 0
    for name, label in labelled:
        start = text.index(name, at)
        out.append((start, start + len(name), name, label))
        at = start + len(name)
    return out


def test_a_town_in_a_list_of_places_is_a_place_whatever_the_model_said():
    text = "Families in Glendale, Pasadena, Burbank, Oakmere Vale, Altadena and Glendora got letters."
    got = mentions(
        text,
        [
            ("Glendale", "Place"),
            ("Pasadena", "Place"),
            ("Burbank", "Organization"),
            ("Oakmere Vale", "Person"),
            ("Altadena", "Place"),
            ("Glendora", "Person"),
        ],
    )
    assert listed_places(text, got) == {2, 3, 5}


def test_a_list_of_people_or_a_short_list_relabels_nothing():
    text = "Dana Reyes, Sam Okafor and Lee Burbank met in Pasadena. Reno and Warren spoke."
    got = mentions(
        text,
        [
            ("Dana Reyes", "Person"),
            ("Sam Okafor", "Person"),
            ("Lee Burbank", "Person"),
            ("Pasadena", "Place"),
            ("Reno", "Place"),
            ("Warren", "Person"),
        ],
    )
    assert listed_places(text, got) == set()


def test_a_titled_name_or_a_persons_surname_in_a_list_of_places_stays_a_person():
    text = "Ms. Warren toured Boston, Denver, Warren and Austin. Dana Glendora, Denver, Glendora and Austin."
    got = mentions(
        text,
        [
            ("Warren", "Person"),
            ("Boston", "Place"),
            ("Denver", "Place"),
            ("Warren", "Person"),
            ("Austin", "Place"),
            ("Dana Glendora", "Person"),
            ("Denver", "Place"),
            ("Glendora", "Person"),
            ("Austin", "Place"),
        ],
    )
    assert listed_places(text, got) == set()
