"""kg.language.titlenames.ent_at on hand-built entities (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.language.titlenames import ent_at


def doc_with_ents():
    doc = spacy.blank("en")("Mayor Jane Doe of Boston spoke .")
    doc.ents = [Span(doc, 1, 3, label="Person"), Span(doc, 4, 5, label="Place")]
    return doc


def test_the_entity_holding_a_token_is_found_from_its_tags():
    doc = doc_with_ents()
    assert (ent_at(doc, 2).text, ent_at(doc, 2).label_) == ("Jane Doe", "Person")
    assert ent_at(doc, 4).text == "Boston" and ent_at(doc, 3) is None


def test_an_index_outside_the_text_holds_no_entity():
    doc = spacy.blank("en")("Boston spoke .")
    doc.ents = [Span(doc, 0, 1, label="Place")]
    assert ent_at(doc, -1) is None and ent_at(doc, -2) is None and ent_at(doc, 3) is None
