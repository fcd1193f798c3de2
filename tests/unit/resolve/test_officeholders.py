"""The lists the default place of titles reads (ontology/lexicon/officeholders.json), complete for their class."""

from __future__ import annotations

from kg.lexicon.load import load_lexicon
from kg.lexicon.resources import load_json
from kg.resolve.roles import _country_of_holder, _demonym_before


def test_every_country_of_the_lexicon_has_a_demonym():
    countries = {p.name for p in load_lexicon().places if p.kind == "country"}
    assert countries == set(load_json("officeholders.json")["demonyms"])


def test_every_us_president_is_listed():
    presidents = load_json("officeholders.json")["holders"]["United States"]["president"]
    assert len({n.split()[-1] for n in presidents}) >= 40  # 45 persons, a few surnames shared
    assert _country_of_holder("George Washington", "president") == "United States"


def test_holders_match_full_names_or_a_bare_surname_only():
    assert _country_of_holder("Abraham Lincoln", "president") == "United States"
    assert _country_of_holder("Lincoln", "president") == "United States"
    assert _country_of_holder("Mary Lincoln", "president") is None  # another person with a president's surname
    assert _country_of_holder("George H W Bush", "president") == "United States"
    assert _country_of_holder("Abraham Lincoln", "vice president") is None


def test_a_demonym_must_be_written_right_before_the_title():
    text = "Mexican President X; Mexican officials. President Y"
    assert _demonym_before(text, text.index("President X")) == "Mexico"
    assert _demonym_before(text, text.index("President Y")) is None
