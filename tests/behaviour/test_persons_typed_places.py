"""Behaviour tests: a full name the model types as a place is a person's when it is written as one (issue 15,
kg.language.placedpersons): a Census first name and surname that no gazetteer knows as a place and the article
does not write as one. Invented text only."""

from __future__ import annotations

from kg.resolve.article import extract


def _classes(nlp, text: str) -> dict[str, str]:
    return {n: e.cls for e in extract(nlp(text), "d1").entities for n in e.names}


def test_a_panelist_the_model_took_for_a_place_is_a_person(nlp):
    text = "During the broadcast, one of the guests, Pia Tremont, sang a song. Tremont, for her part, tweeted her defiance."
    assert _classes(nlp, text).get("Pia Tremont") == "Person"


def test_a_partner_the_model_took_for_a_place_is_a_person(nlp):
    text = "Ana Morales was a plaintiff in the court challenge with Beverly Tremont, her partner of 30 years."
    assert _classes(nlp, text).get("Beverly Tremont") == "Person"


def test_a_name_written_as_a_place_stays_a_place(nlp):
    text = "The families moved to a house in Beverly Tremont last spring, and the schools there are full."
    assert _classes(nlp, text).get("Beverly Tremont") in (None, "Place")


def test_a_place_whose_last_word_is_an_ordinary_noun_stays_a_place(nlp):
    text = "Crowds gathered at Liberty Park on Sunday, and the police closed Liberty Park at dusk."
    assert _classes(nlp, text).get("Liberty Park") in (None, "Place", "Organization")


def test_a_name_cut_from_a_longer_place_name_stays_a_place(nlp):
    text = "Choose a country: Slovenia Solomon Islands Somalia Svalbard and Beverly Tremont Islands Swaziland Sweden Switzerland"
    assert _classes(nlp, text).get("Beverly Tremont") in (None, "Place")
