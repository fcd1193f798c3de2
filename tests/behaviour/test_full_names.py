"""Behaviour tests: a person the article names by the surname alone is the person it also names in
full where the model saw no name (a first name the Census tables know, right before the surname),
so a quote of "Ms. X" is hers, not another X's of the corpus. Invented text only."""

from __future__ import annotations

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def test_a_full_name_after_a_dateline_names_the_bare_surname(nlp):
    other = extract(nlp("Columnist Peter French wrote that the plan would fail. French said so again."), "d0")
    text = (
        "TAMPA—Kendall French used to pitch drugs to doctors. Ms. French said no.\n\n"
        "“You have to be there when they decide,” Ms. French says."
    )
    x = extract(nlp(text), "d1")
    assert {e.name for e in x.entities if e.cls in ("Person", "Official")} >= {"Kendall French"}
    res = resolve([other, x])
    speaker = {q.speaker for q in x.quotes}
    assert len(speaker) == 1
    label = {e.iri: e.label for e in res.entities}
    assert label[res.local_to_iri[("d1", speaker.pop())]] == "Kendall French"


def test_a_short_first_name_and_a_formal_name_with_a_numeral_are_one_person(nlp):
    """ "Donald F. Whitcomb II" then "Don Whitcomb" and "Whitcomb": one person (until session 23 the numeral
    kept the two full names apart, so the bare surname named two people and joined neither)."""
    from kg.resolve.article import extract

    text = "City counsel Donald F. Whitcomb II said no. Later, Don Whitcomb met the mayor. Whitcomb left early."
    people = [e for e in extract(nlp(text), "d").entities if e.cls in ("Person", "Official")]
    assert len(people) == 1 and {"Don Whitcomb", "Whitcomb"} <= set(people[0].names) | {people[0].name}
