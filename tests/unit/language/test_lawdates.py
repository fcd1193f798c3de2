"""The date phrases and brackets that kg.language.lawdates reads after a law's or ruling's name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.language.lawdates import after_brackets, year_phrase

VOCAB = spacy.blank("en").vocab
QUALIFIERS = frozenset({"early", "late", "mid"})


def doc(text: str) -> Doc:
    return Doc(VOCAB, words=text.split())


@pytest.mark.parametrize(
    "text, year",
    [
        ("in 2014 ,", "2014"),
        ("in March 2014", "2014"),
        ("in Dec. 1996 .", "1996"),
        ("in early 2013", "2013"),
        ("in mid - 2011", "2011"),
        ("in 2009 and 2010", None),
        ("in March", None),
        ("on 2014", None),
        ("in the 1990s", None),
    ],
)
def test_one_year_of_a_date_phrase(text, year):
    assert year_phrase(doc(text), 0, QUALIFIERS) == year


def test_a_year_before_a_noun_is_no_date():
    d = Doc(VOCAB, words=["in", "2010", "dollars"], pos=["ADP", "NUM", "NOUN"])
    assert year_phrase(d, 0, QUALIFIERS) is None


def test_a_short_bracketed_acronym_and_closing_quotes_are_skipped():
    d = doc("Harbor Act ( “ HA ” ) in 2014")
    assert after_brackets(d, 2) == 7
    d = doc("Harbor Act ” , a law")
    assert after_brackets(d, 2) == 3
    d = doc("Harbor Act ( which the council passed after a long debate ) in 2014")
    assert after_brackets(d, 2) == 2  # a long bracket is a clause, not an acronym
