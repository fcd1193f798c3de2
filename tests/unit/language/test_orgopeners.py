"""kg.language.orgopeners on hand-built entities (no model): which one-word names become organizations."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.language.orgopeners import openers_as_organizations


def labels(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    doc = spacy.blank("en")(text)
    ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    return {e.text: e.label_ for e in openers_as_organizations(ents, {"in", "at"})}


def test_a_word_opening_an_organizations_name_is_that_organization():
    got = labels("Halvorsen Health raised rates . Halvorsen said so .", [(0, 2, "Organization"), (5, 6, "Person")])
    assert got["Halvorsen"] == "Organization"


def test_two_names_joined_by_a_hyphen_make_no_organization_of_the_first():
    got = labels("The Halvorsen - Brandt deal failed . Halvorsen said so .", [(1, 4, "Organization"), (7, 8, "Person")])
    assert got["Halvorsen"] == "Person"


def test_a_name_after_a_persons_title_stays_a_person():
    got = labels("Halvorsen Health raised rates . President Halvorsen said so .", [(0, 2, "Organization"), (6, 7, "Person")])
    assert got["Halvorsen"] == "Person"


def test_the_surname_of_a_listed_office_holder_stays_a_person():
    got = labels("The Biden PAC raised money . Biden said so .", [(1, 3, "Organization"), (6, 7, "Person")])
    assert got["Biden"] == "Person"  # the politician the PAC is named for
