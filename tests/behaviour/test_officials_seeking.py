"""A listed member of Congress whom an apposition's relative clause names as seeking an office
("X, a former teacher who is running for the seat") held no office then (kg.resolve.listed); the same
apposition saying something else leaves the list's Official. The names are real members' names from
legislators.tsv, the sentences invented."""

from __future__ import annotations

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_an_apposition_saying_who_is_running_makes_no_official(nlp):
    text = "Democrat Jamaal Bowman, a former middle school principal who is running for the seat, spoke to voters."
    assert classes(nlp, text).get("Jamaal Bowman") == "Person"


def test_an_apposition_saying_something_else_keeps_the_listed_official(nlp):
    text = "Democrat Jamaal Bowman, a former middle school principal who voted for the bill, spoke in the House."
    assert classes(nlp, text).get("Jamaal Bowman") == "Official"
