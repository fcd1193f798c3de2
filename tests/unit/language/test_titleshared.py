"""title_word_name on hand-built docs: a one-word person entity that ends the title before it is no name."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.language.titleshared import title_word_name

TITLES = {("secretary", "general"): object(), ("secretary",): object()}


def _doc(words, start, end):
    doc = spacy.blank("en").make_doc(" ".join(words))
    for i, t in enumerate(doc):
        t.is_sent_start = i == 0
    doc.ents = [Span(doc, start, end, label="Person")]
    return doc, doc.ents[0]


def test_a_word_that_ends_the_title_before_it_is_no_name():
    doc, ent = _doc(["the", "Secretary", "General", "office", "replied"], 2, 3)
    assert title_word_name(doc, ent, TITLES)


def test_a_name_after_a_title_is_a_name():
    doc, ent = _doc(["Secretary", "General", "Guterres", "replied"], 2, 3)
    assert not title_word_name(doc, ent, TITLES)
    doc, ent = _doc(["Secretary", "Dana", "Whitfield", "replied"], 1, 3)
    assert not title_word_name(doc, ent, TITLES)
