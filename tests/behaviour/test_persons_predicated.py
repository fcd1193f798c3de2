"""A full name the model took for an organization is a person's when the sentence gives it a person's title in
apposition, as a copula's attribute or after "served as" (an author's bio line), or an age set off by commas
(kg.language.personcues.predicated_person, aged)."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d0").entities}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Wendell Marsh Hargrove, a Riverton State University law professor and the author of The Open Ledger, "
            "is a member of the Daily Courier's Board of Contributors.",
            "Wendell Marsh Hargrove",
        ),
        (
            "The injured were identified as Lia Tamir, 8, and her uncle Harbor Koenig, 34, who rushed her outside.",
            "Harbor Koenig",
        ),
    ],
)
def test_a_bio_or_an_age_makes_a_person(nlp, text, name):
    assert classes(nlp, text).get(name) == "Person"


def test_an_organization_that_is_a_member_stays_one(nlp):
    found = classes(nlp, "Morgan Stanley is a member of the Harbor Bankers Association, the group said.")
    assert found.get("Morgan Stanley") != "Person"
