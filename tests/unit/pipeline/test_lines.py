"""``kg_lines`` (no model): a line break ends a sentence; a title's first word after a capitalized word
("Ohio Secretary of State X" opening a paragraph) does not start one."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.pipeline.lines import LineBreaks


def _doc(words, spaces):
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_a_line_break_starts_a_sentence_and_a_title_after_a_place_does_not():
    words = ["Results", "are", "in", "\n\n", "Ohio", "Secretary", "of", "State", "Ann", "Lee", "spoke", "."]
    doc = _doc(words, [True, True, False, False, True, True, True, True, True, False, False, False])
    LineBreaks(set(), set(), {"Secretary", "Mayor"})(doc)
    assert doc[4].is_sent_start  # "Ohio": after the line break
    assert doc[5].is_sent_start is False  # "Secretary": the parser may not cut "Ohio" off


def test_a_title_after_punctuation_or_a_line_break_is_left_to_the_parser():
    words = ["He", "left", ".", "Mayor", "Ann", "Lee", "spoke", "\n", "Mayor", "Bo", "Li", "too"]
    doc = _doc(words, [True, False, True, True, True, True, False, False, True, True, True, False])
    LineBreaks(set(), set(), {"Mayor"})(doc)
    assert doc[3].is_sent_start is None  # after a full stop: the parser decides
    assert doc[8].is_sent_start  # after a line break: always a sentence
