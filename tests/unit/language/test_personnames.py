"""``surnames_as_persons`` on hand-built spans: a name the model took for an organization is a person's
when it opens with a first name and is listed next to a person, or written elsewhere as a person's;
a body's name never is."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.personnames import surnames_as_persons


def labels(words: list[str], spans: list[tuple[int, int, str]]) -> dict[str, str]:
    d = Doc(spacy.blank("en").vocab, words=words)
    out = surnames_as_persons([Span(d, s, e, label=lb) for s, e, lb in spans])
    return {s.text: s.label_ for s in out}


def test_a_first_named_organization_listed_with_persons_is_a_person():
    words = "the deaths of Dorian Pell , Marcus Hale and Lionel Fenwright".split()
    got = labels(words, [(3, 5, "Organization"), (6, 8, "Person"), (9, 11, "Person")])
    assert got["Dorian Pell"] == "Person"


def test_a_first_named_organization_the_article_writes_as_a_person_is_that_person():
    words = "officers shot Marcus Hale . Later Marcus Hale died".split()
    d = Doc(spacy.blank("en").vocab, words=words)
    got = surnames_as_persons([Span(d, 2, 4, label="Organization"), Span(d, 6, 8, label="Person")])
    assert [s.label_ for s in got] == ["Person", "Person"]


def test_an_organization_listed_with_a_person_keeps_its_label_without_a_first_name():
    words = "Quarlex Brands , Marcus Hale and Vintry Holdings sued".split()
    got = labels(words, [(0, 2, "Organization"), (3, 5, "Person"), (6, 8, "Organization")])
    assert got["Quarlex Brands"] == "Organization" and got["Vintry Holdings"] == "Organization"


def test_a_bodys_name_is_no_persons_name_for_a_word_used_alone():
    words = "White House Press Secretary Dana Whitlock spoke . House voted".split()
    got = labels(words, [(0, 2, "Organization"), (4, 6, "Person"), (8, 9, "Person")])
    assert got["White House"] == "Organization"
