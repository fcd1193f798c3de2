"""kg.language.text.trim_span on hand-built docs (no model): the model's name spans cleaned at their ends."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.text import trim_span


def _span(words: list[str], start: int, end: int, label: str = "Organization") -> Span:
    return Span(Doc(spacy.blank("en").vocab, words=words), start, end, label=label)


def test_a_name_ends_before_a_bracket_it_does_not_close():
    # the model's "Black Lives Matter (BLM": the acronym the text defines is no part of the long name
    s = _span(["voters", "back", "Harbor", "Lights", "Matter", "(", "HLM", ")", "."], 2, 7)
    assert trim_span(s, set()).text == "Harbor Lights Matter"


def test_a_bracket_closed_inside_the_name_stays():
    s = _span(["the", "Harbor", "(", "North", ")", "Council", "met"], 0, 6)
    assert trim_span(s, set()).text == "Harbor ( North ) Council"
