"""kg.language.courtspans on hand-built docs: which bare "Court" an article keeps."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.language.courtspans import lone_courts


def _spans(words, courts):
    doc = Doc(Vocab(), words=words)
    return [Span(doc, s, e, label="Court") for s, e in courts]


def test_a_bare_court_is_kept_only_beside_one_court_named_in_words():
    words = ["The", "Supreme", "Court", "ruled", ".", "The", "Court", "agreed", "."]
    spans = _spans(words, [(1, 3), (6, 7)])
    assert [s.text for s in lone_courts(spans, lambda n: n)] == ["Supreme Court", "Court"]
    words = ["SCOTUS", "ruled", ".", "The", "Court", "agreed", "."]  # an acronym alone: nothing to join
    assert [s.text for s in lone_courts(_spans(words, [(0, 1), (4, 5)]), lambda n: n)] == ["SCOTUS"]
    words = ["The", "Ohio", "Supreme", "Court", "and", "the", "Ninth", "Circuit", ".", "The", "Court"]
    assert [s.text for s in lone_courts(_spans(words, [(1, 4), (6, 8), (10, 11)]), lambda n: n)] == [
        "Ohio Supreme Court",
        "Ninth Circuit",
    ]
