"""A spokesperson of the federal executive holds a post in it (titles.tsv kind "voice",
kg.resolve.voices): "HHS spokesman X" and "X, a spokeswoman for the State Department" are Officials; the
spokesman of a police department, a company, a senator or a chamber of Congress stays a Person."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


@pytest.mark.parametrize(
    "text",
    [
        "The rule will stand, said HHS spokesman Dana Whitfield on Tuesday.",
        "White House spokeswoman Dana Whitfield declined to comment on the talks.",
        "Dana Whitfield, a spokesman for the State Department, said the talks had ended.",
    ],
)
def test_a_spokesperson_of_a_federal_department_is_an_official(nlp, text):
    assert classes(nlp, text).get("Dana Whitfield") == "Official"


@pytest.mark.parametrize(
    "text",
    [
        "Police spokesman Dana Whitfield said the road was closed.",
        "Acme Corp. spokesman Dana Whitfield said sales fell.",
        "Dana Whitfield, a spokesman for Sen. Ada Brill, said she would vote no.",
        "Senate spokesman Dana Whitfield said the vote was delayed.",
    ],
)
def test_a_spokesperson_of_a_local_body_a_company_or_congress_is_no_official(nlp, text):
    assert classes(nlp, text).get("Dana Whitfield") == "Person"
