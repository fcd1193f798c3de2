"""An acronym spells a name's capitalized words or all its words (kg.language.names.spells)."""

from __future__ import annotations

from kg.language.names import spells


def test_an_acronym_spells_the_capitals_or_every_word_of_a_name():
    assert spells("BPD", "Boston Police Department")
    assert spells("SFFA", "Students for Fair Admissions")
    assert spells("OFA", "Organizing for America")


def test_an_acronym_that_skips_or_adds_a_word_spells_nothing():
    assert not spells("SFA", "Students for Fair Admissions and Justice")
    assert not spells("TFA", "The Fair")  # all the words of a name of two: too short to tell


def test_a_police_departments_acronym_spells_the_city_and_police():
    assert spells("NYPD", "New York police")  # "police" is the department, as name keys read it
    assert not spells("NYPD", "New York politics")
