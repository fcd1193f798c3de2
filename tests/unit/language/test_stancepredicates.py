"""The stance words stancepredicates reads from stance.tsv: adjectives with their preposition, and the
duties that state a stance only when refused (never as stance verbs of their own)."""

from __future__ import annotations

from kg.language.stancepredicates import adjectives, duties
from kg.language.stancewords import stance_words


def test_a_stance_adjective_takes_the_preposition_its_row_gives():
    got = adjectives()
    assert got["opposed"] == ("opposes", "to")
    assert got["critical"] == ("opposes", "of")
    assert got["supportive"] == ("supports", "of")
    assert "unconstitutional" not in got  # evaluative: kg_consequences and the evaluations read those


def test_a_refused_duty_is_no_stance_verb():
    verbs = stance_words()[0]
    assert {"implement", "enforce"} <= duties()
    assert not duties() & set(verbs)  # "the agency implemented Y" takes no side
