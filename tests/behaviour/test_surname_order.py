"""Behaviour tests: a surname the article writes before the person's full names ("Halvorsen Jr." in the
headline, then "Tobias Halvorsen Jr." and "Tobias Halvorsen, Jr.") is that person's, as it is when it comes
after them: the full names that are one person are joined before any surname looks for the only person
named in full. Invented text only."""

from __future__ import annotations

from kg.resolve.article import extract


def _persons(nlp, text):
    x = extract(nlp(text), "d")
    return {e.name: set(e.names) for e in x.entities if e.cls in ("Person", "Official")}


def test_a_suffixed_surname_in_the_headline_is_the_person_named_in_full_below(nlp):
    got = _persons(
        nlp,
        "Voters weigh Halvorsen Jr.'s old seat\n\nThe race to replace former Rep. Tobias Halvorsen Jr. drew six "
        "candidates on Monday. (Also: Tobias Halvorsen, Jr. resigns from Congress.) Halvorsen left office in June.",
    )
    assert set(got) == {"Tobias Halvorsen Jr."}
    assert "Halvorsen Jr." in got["Tobias Halvorsen Jr."]


def test_a_surname_before_two_persons_of_that_name_stays_undecided(nlp):
    got = _persons(
        nlp,
        "Halvorsen wins the seat\n\nTobias Halvorsen won the race on Monday, beating Marta Halvorsen, a lawyer who "
        "is no relation. Tobias G. Halvorsen thanked his staff. Halvorsen spoke for ten minutes.",
    )
    assert "Halvorsen" not in got.get("Tobias G. Halvorsen", got.get("Tobias Halvorsen", set()))
    assert "Halvorsen" not in got["Marta Halvorsen"]
