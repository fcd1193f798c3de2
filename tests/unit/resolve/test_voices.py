"""kg.resolve.voices: a "voice" title (titles.tsv kind) held in a federal executive agency."""

from __future__ import annotations

from kg.resolve.voices import federal_voice


def test_a_spokesman_of_a_federal_department_or_the_white_house_is_a_federal_voice():
    assert federal_voice({"title": "spokesman"}, "HHS")
    assert federal_voice({"title": "White House Spokeswoman"}, "White House")
    assert federal_voice({"title": "spokesperson"}, "Transportation Security Administration")


def test_congress_a_committee_an_unknown_body_or_another_title_is_no_federal_voice():
    assert not federal_voice({"title": "spokesman"}, "United States Senate")
    assert not federal_voice({"title": "spokesman"}, "U.S. House Committee on the Judiciary")
    assert not federal_voice({"title": "spokesman"}, "Oakdale Police Department")
    assert not federal_voice({"title": "spokesman"}, None)
    assert not federal_voice({"title": "director"}, "HHS")
    assert not federal_voice({"title": None}, "HHS")
