"""A title taken by a passive of a verb of taking office with "as" (session 24): "X was sworn in as mayor of Y",
"X was confirmed as head of the Z"; not an office only sought or foreseen ("named as a candidate for attorney
general", "could be named as chief", "was nominated as director", "if X is confirmed as"). Invented names."""

from __future__ import annotations

import pytest
from test_behaviour import facts, of


def test_sworn_in_as_a_title_of_a_place(nlp):
    got = facts(nlp, "Dana Whitfield was sworn in as mayor of Springfield on Monday.")
    assert of(got, "Dana Whitfield", "title") == {"mayor"}
    assert of(got, "Dana Whitfield", "heads") == {"Springfield"}


def test_confirmed_as_head_of_a_body_on_a_weekday(nlp):
    got = facts(nlp, "Dana Whitfield was confirmed as head of the Environmental Protection Agency on Friday.")
    assert of(got, "Dana Whitfield", "heads") == {"Environmental Protection Agency"}


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield could be named as the new police chief of Springfield.",
        "Dana Whitfield was named as a candidate for attorney general of Ohio.",
        "Dana Whitfield was nominated as director of the Federal Bureau of Investigation.",
        "If Dana Whitfield is confirmed as director of the Federal Bureau of Investigation, he will act.",
        "Dana Whitfield was not confirmed as director of the Federal Bureau of Investigation.",
        "Dana Whitfield was named as a defendant in the lawsuit.",
    ],
)
def test_an_office_sought_or_foreseen_is_not_taken(nlp, text):
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "heads") == set()
    assert not {t.lower() for t in of(got, "Dana Whitfield", "title")} & {"chief", "police chief", "attorney general", "director"}
