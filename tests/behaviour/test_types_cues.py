"""Entity types from the name's own last word and from what the article says around a name (issue 15):
an organization the model read as a person or a place, a person it read as an organization."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d0").entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The campaign received endorsements from the Liberty Caucus and the donor-backed Harwick Partners.", "Harwick Partners"),
        (
            "According to Pemberton Elementary school counselor Dana Ruiz, twelve students joined the program.",
            "Pemberton Elementary",
        ),
    ],
)
def test_a_name_ending_on_a_word_only_organizations_end_on_is_an_organization(nlp, text, name):
    assert classes(nlp, text)[name] == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # listed with persons, each with the place after the name
            "The disparities drew notice after the deaths of Ronnie Gable in Toledo, Curtis Vane in Akron, and Dwayne Pryor in Dayton.",
            "Curtis Vane",
        ),
        ("Tamsin Marquette, a campaign senior adviser, spoke to reporters.", "Tamsin Marquette"),  # a person's title
    ],
)
def test_a_short_organization_the_article_writes_as_a_person_is_a_person(nlp, text, name):
    assert classes(nlp, text)[name] == "Person"


def test_people_keep_their_class(nlp):
    # surnames that also end organizations' names ("Church", "Temple") are no organization's name end
    got = classes(nlp, "Sen. Dana Church met Harlan Temple on Monday, and Temple said the talks went well.")
    assert got.get("Dana Church") == "Official" and got.get("Harlan Temple") == "Person"


def test_a_verb_after_the_comma_is_no_title_apposition(nlp):
    # "to host a speaker": "host" is a title word, here a verb; the group stays an organization
    text = (
        "The mayor wants the college to halt plans by a conservative campus group, the Lakeshore Patriot, to host a "
        "speaker during its free speech week. There have been reports that the Lakeshore Patriot is also trying to "
        "lure a former aide. The university is working with the Lakeshore Patriot to find a time."
    )
    assert classes(nlp, text) == {"Lakeshore Patriot": "Organization"}


@pytest.mark.parametrize(
    "text",
    [
        "The shooting shook his community of Hazelwood, which borders the county seat.",
        "Marchers filled the streets of Hazelwood for days. But Hazelwood is not over, because Hazelwood never really began.",
        "Marchers filled the streets of Kirkwood for days. But Kirkwood is not over, because Kirkwood never really began.",
    ],
)
def test_a_known_city_after_a_settlement_noun_and_of_is_a_place(nlp, text):
    assert set(classes(nlp, text).values()) == {"Place"}
