"""kg_entities' span cleaning on hand-built docs whose sentence boundaries are set by hand."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def _doc(nlp, words, starts):
    return Doc(nlp.vocab, words=words, spaces=[True] * len(words), sent_starts=starts)


def test_a_name_cut_at_a_sentence_boundary_before_its_head_noun_loses_the_heads_class(nlp):
    rec = nlp.get_pipe("kg_entities")
    words = ["Nevada", "Supreme", "Court", "rules", "today"]
    doc = _doc(nlp, words, [True, True, False, False, False])  # "Nevada | Supreme Court rules today"
    assert rec._clean(doc, [Span(doc, 0, 3, label="Court")]) == []
    doc = _doc(nlp, words, [True, False, False, False, False])
    assert [s.text for s in rec._clean(doc, [Span(doc, 0, 3, label="Court")])] == ["Nevada Supreme Court"]
    doc = _doc(nlp, ["Nevada", "City", "voted"], [True, True, False])  # a name no head noun typed: cut, kept
    assert [s.text for s in rec._clean(doc, [Span(doc, 0, 2, label="Place")])] == ["Nevada"]
