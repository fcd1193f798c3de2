"""Behaviour tests: names the model types as places or cuts (issue 15): a city the article writes as a place
is never a person's first name; a surname opening with a particle is its person's; a one-word organization
after "and" and a person's name is the organization's short name. Invented text only."""

from __future__ import annotations

from kg.resolve.article import extract


def _names(x) -> dict[str, tuple[str, set[str]]]:
    return {e.name: (e.cls, set(e.names)) for e in x.entities}


def test_a_city_written_as_a_place_is_not_the_first_name_of_a_person(nlp):
    text = (
        "Mourners gathered in Tucson, Arizona, on Friday after the shooting at a Tucson bar.\n\n"
        "“He loved to dance,” said his cousin, Tucson Ramirez. Tucson braced for more funerals."
    )
    names = _names(extract(nlp(text), "d1"))
    assert "Tucson" not in names.get("Tucson Ramirez", ("", set()))[1]


def test_a_particle_surname_standing_alone_is_the_persons(nlp):
    text = (
        "According to Marcel St. Aubert, director of the Farmers Alliance, most growers have quit. "
        "Twelve counties have changed their rules, St. Aubert said."
    )
    names = _names(extract(nlp(text), "d1"))
    assert "St. Aubert" not in names or names["St. Aubert"][0] in ("Person", "Official")
    assert not any(cls == "Place" and "Aubert" in n for n, (cls, _) in names.items())


def test_an_organizations_first_word_after_a_persons_name_and_and_is_its_short_name(nlp):
    text = (
        "Senator Tom Hadley will lead the Brakewell Foundation next year. "
        "He spoke to reporters at Brakewell on Thursday. "
        "“I wish Tom and Brakewell all the best,” the governor said."
    )
    names = _names(extract(nlp(text), "d1"))
    assert "Brakewell" not in names
