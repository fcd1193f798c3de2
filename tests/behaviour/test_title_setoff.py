"""Behaviour tests: a title set off by commas before a name, after an indefinite article ("another
city police officer, X,"), and the type of a patrol officer (a Person: a police force's officers hold
no public office; the references and the scoring rules' "holds a public office" agree). Invented
sentences only."""

from __future__ import annotations

import pytest
from test_behaviour import facts

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def types(nlp, text):
    return {e.label: e.cls for e in resolve([extract(nlp(text), "d0")]).entities}


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("The pair had helped another Dayton police officer, Carl Brenner, make the arrest.", "Carl Brenner", "police officer"),
        ("A Toledo police officer, Carl Brenner, was injured in the crash.", "Carl Brenner", "police officer"),
        ("It was a state senator, Rosa Vance, who wrote the bill.", "Rosa Vance", "state senator"),
    ],
)
def test_an_indefinite_title_set_off_before_a_name_is_its_title(nlp, text, name, title):
    assert (name, "title", title) in facts(nlp, text)


def test_a_title_set_off_inside_a_prepositional_phrase_is_not_the_names(nlp):
    found = facts(nlp, "She is a friend of a Toledo police officer, Carl Brenner, who was injured.")
    assert not {f for f in found if f[0] == "Carl Brenner" and f[1] == "title"}


@pytest.mark.parametrize(
    "text",
    [
        "Officer Carl Brenner shot the man during the stop.",
        "Toledo police officer Carl Brenner was charged on Friday.",
        "State trooper Carl Brenner stopped the car.",
    ],
)
def test_a_patrol_officer_is_a_person(nlp, text):
    assert types(nlp, text).get("Carl Brenner") == "Person"


def test_a_police_chief_stays_an_official(nlp):
    assert types(nlp, "Toledo Police Chief Carl Brenner said the officers acted lawfully.").get("Carl Brenner") == "Official"
