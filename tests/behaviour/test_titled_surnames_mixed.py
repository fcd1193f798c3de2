"""A bare surname titled President joins the listed president of that name only when no article titles
that single name otherwise: "Justice Kennedy" and "President Kennedy" are one name to the corpus's
single-name key, and the justice is not John F. Kennedy (found reading the 1,000-article build).
Invented sentences only."""

from __future__ import annotations

from kg.resolve.article import extract
from kg.resolve.corpus import resolve

JFK = "President John F. Kennedy spoke to the nation about the crisis in Cuba on Monday."
PRESIDENT = "The library marks the anniversary of the speech President Kennedy gave on civil rights."
JUSTICE = "Justice Kennedy wrote the opinion for the court, and the dissent called it reckless."
SENATOR = "Sen. Ted Kennedy of Massachusetts spoke against the bill in the Senate on Tuesday."  # a second Kennedy


def _iri_of(nlp, texts, doc, name):
    xs = [extract(nlp(t), f"d{i}") for i, t in enumerate(texts)]
    res = resolve(xs)
    key = next(e.key for e in xs[doc].entities if e.name == name)
    return res.local_to_iri[(f"d{doc}", key)], {e.iri: e.label for e in res.entities}


def test_a_justice_of_the_bare_name_keeps_it_from_the_president(nlp):
    iri, labels = _iri_of(nlp, [JFK, PRESIDENT, JUSTICE, SENATOR], 2, "Kennedy")
    assert labels[iri] != "John F. Kennedy"


def test_a_president_alone_joins_the_listed_president(nlp):
    iri, labels = _iri_of(nlp, [JFK, PRESIDENT, SENATOR], 1, "Kennedy")
    assert labels[iri] == "John F. Kennedy"
