"""named_law on hand-built docs: a bill noun named right after it by a naming phrase or in parentheses;
not one followed by a law's name in a list, nor a noun that is no bill word."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.language.stanceantecedents import named_law


def _doc(words: list[str], ents: list[str], noun: str = "bill") -> Doc:
    tags = ["NN" if w == noun else "XX" for w in words]
    lemmas = [w.lower() for w in words]
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, lemmas=lemmas, ents=ents)


def test_a_naming_phrase_after_the_bill_noun_names_it():
    words = ["Orrin", "introduced", "the", "bill", ",", "known", "as", "the", "Harbor", "Act", "."]
    doc = _doc(words, ["B-Person"] + ["O"] * 7 + ["B-Law", "I-Law", "O"])
    assert named_law(doc[3]).text == "Harbor Act"


def test_a_name_in_parentheses_after_the_bill_noun_names_it():
    words = ["Orrin", "introduced", "a", "bill", "(", "the", "Harbor", "Act", ")", "."]
    doc = _doc(words, ["B-Person"] + ["O"] * 5 + ["B-Law", "I-Law", "O", "O"])
    assert named_law(doc[3]).text == "Harbor Act"
    unclosed = _doc(words[:8] + ["and", "more"], ["B-Person"] + ["O"] * 5 + ["B-Law", "I-Law", "O", "O"])
    assert named_law(unclosed[3]) is None


def test_a_name_set_off_by_a_comma_alone_or_after_another_noun_names_nothing():
    words = ["Orrin", "opposed", "the", "bill", ",", "the", "Harbor", "Act", "and", "the", "Port", "Act", "."]
    ents = ["B-Person"] + ["O"] * 5 + ["B-Law", "I-Law", "O", "O", "B-Law", "I-Law", "O"]
    assert named_law(_doc(words, ents)[3]) is None  # a list, perhaps
    words = ["Orrin", "opposed", "the", "report", ",", "known", "as", "the", "Harbor", "Act", "."]
    doc = _doc(words, ["B-Person"] + ["O"] * 7 + ["B-Law", "I-Law", "O"], noun="report")
    assert named_law(doc[3]) is None  # no bill word
