"""Sign-off lines and split names (kg.language.signoffs) on hand-built docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.signoffs import dash_signed, only_quotes, whole_name

PERSON = {"Person"}


def _doc(words, ents, pos=None, deps=None, heads=None):
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_dash_then_a_title_then_a_person_signs():
    doc = _doc(["--", "Rep.", "Jo", "Roe", "at", "a", "forum"], [(2, 4, "Person")])
    assert dash_signed(doc, doc.text, 0, len(doc.text), PERSON) == (doc[2].idx, doc[3].idx + 3)


def test_a_dash_then_an_outlet_or_a_common_word_signs_nothing():
    doc = _doc(["--", "CNN", "'s", "Jo", "Roe", "contributed"], [(1, 2, "Organization"), (3, 5, "Person")])
    assert dash_signed(doc, doc.text, 0, len(doc.text), PERSON) is None
    doc = _doc(["--", "a", "reader", ",", "Jo", "Roe"], [(4, 6, "Person")])
    assert dash_signed(doc, doc.text, 0, len(doc.text), PERSON) is None


def test_a_line_without_a_dash_signs_nothing():
    doc = _doc(["Jo", "Roe", "at", "a", "forum"], [(0, 2, "Person")])
    assert dash_signed(doc, doc.text, 0, len(doc.text), PERSON) is None


WORDS = ["his", "wife", ",", "Dr", "Ellen", "Quill", "Harrow", ",", "said"]
POS = ["PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
DEPS = ["poss", "nsubj", "punct", "compound", "compound", "compound", "appos", "punct", "ROOT"]
HEADS = [1, 8, 1, 6, 6, 6, 1, 1, 8]


def test_a_surname_split_from_its_given_names_is_widened_from_the_first_name():
    doc = _doc(WORDS, [(6, 7, "Person")], POS, DEPS, HEADS)
    got = whole_name(doc, (doc[6].idx, doc[6].idx + len("Harrow")), PERSON)
    assert doc.text[got[0] : got[1]] == "Ellen Quill Harrow"


def test_a_title_before_a_surname_is_not_a_given_name():
    words = ["Commissioner", "Cox", "declared"]
    doc = _doc(words, [(1, 2, "Person")], ["PROPN", "PROPN", "VERB"], ["compound", "nsubj", "ROOT"], [1, 2, 2])
    span = (doc[1].idx, doc[1].idx + 3)
    assert whole_name(doc, span, PERSON) == span


def test_a_paragraph_filled_by_quotes_split_at_a_lost_break_is_only_quotes():
    text = "“We will win this. We always do.\u200d “The rest is noise.”"
    split = [{"open": 0, "close": 31}, {"open": 34, "close": len(text)}]
    assert only_quotes(text, (0, len(text)), split)
    framed = "“We will win this,” Roe said. “The rest is noise.”"
    assert not only_quotes(framed, (0, len(framed)), [{"open": 0, "close": 19}, {"open": 30, "close": len(framed)}])
