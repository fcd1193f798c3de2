"""``possessed_persons`` on hand-built spans: a person's name after a possessive is cut out of the
model's longer span; a body's name ("Marion Metal Center"), a long name or a word that is no first name
after the possessive leaves the span as it is."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.fullnames import possessed_persons

HEADS = {"Center", "Department", "Party"}


def cut(words: list[str], label: str) -> list[tuple[str, str]]:
    tags = ["POS" if w in ("’s", "'s") else "NNP" for w in words]
    d = Doc(spacy.blank("en").vocab, words=words, tags=tags)
    return [(s.text, s.label_) for s in possessed_persons([Span(d, 0, len(words), label=label)], HEADS)]


def test_a_person_after_an_outlet_possessive_is_cut_out():
    assert cut(["Ledger", "’s", "Megan", "Dorsey"], "Organization") == [("Megan Dorsey", "Person")]
    assert cut(["Ledger", "’s", "Jason", "Del", "Ray"], "Person") == [("Jason Del Ray", "Person")]


def test_a_body_after_a_possessive_stays():
    assert cut(["Acme", "'s", "Marion", "Metal", "Center"], "Organization") == [("Acme 's Marion Metal Center", "Organization")]


def test_no_first_name_or_a_long_name_stays():
    assert cut(["Trump", "’s", "Republican", "Party"], "Organization")[0][0] == "Trump ’s Republican Party"
    assert cut(["Ohio", "’s", "Megan", "Dorsey", "Fund", "Group"], "Organization")[0][1] == "Organization"
