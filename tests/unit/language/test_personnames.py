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


def test_a_listed_item_may_carry_its_place():
    words = "newcomers Ona Pell of Ohio , Lyle Lorne of Utah and Debra Falco of Idaho".split()
    spans = [(1, 3, "Person"), (4, 5, "Place"), (6, 8, "Person"), (9, 10, "Place"), (11, 13, "Organization"), (14, 15, "Place")]
    assert labels(words, spans)["Debra Falco"] == "Person"


def test_a_name_given_a_persons_title_by_an_apposition_is_a_person():
    words = "said Tamsin Marquette , a campaign senior adviser , on Monday".split()
    assert labels(words, [(1, 3, "Organization")])["Tamsin Marquette"] == "Person"
    words = "said Kestrel Vantor , director of the Harbor Institute".split()
    assert labels(words, [(1, 3, "Organization"), (7, 9, "Organization")])["Kestrel Vantor"] == "Person"


def test_an_apposition_an_organization_may_hold_keeps_a_name_without_a_first_name():
    words = "Quarlex Vantor , owner of the Harbor Gazette , sold it".split()
    assert labels(words, [(0, 2, "Organization"), (6, 8, "Organization")])["Quarlex Vantor"] == "Organization"
    words = "Quarlex Vantor , a maker of steel , sold it".split()
    assert labels(words, [(0, 2, "Organization")])["Quarlex Vantor"] == "Organization"


def test_the_end_of_a_longer_persons_name_is_that_persons():
    words = "Sen. Ana Lina Varga spoke . Lina Varga said so".split()
    got = labels(words, [(1, 4, "Person"), (6, 8, "Organization")])
    assert got["Lina Varga"] == "Person"


def test_person_cut_without_the_model():
    from kg.language.personspans import person_cut

    d = Doc(spacy.blank("en").vocab, words="after Harlow ’s niece Brenna spoke ; Democrat Lia Moss and Dana de Vries".split())
    assert person_cut(Span(d, 1, 4, label="Person")).text == "Harlow"
    assert person_cut(Span(d, 7, 10, label="Person")).text == "Lia Moss"
    assert person_cut(Span(d, 11, 14, label="Person")).text == "Dana de Vries"


def test_person_cut_keeps_a_business_name_and_drops_a_dangling_hyphen():
    from kg.language.personspans import person_cut

    d = Doc(spacy.blank("en").vocab, words="at Dana ’s Pawn Shop , Lia Moss - backed".split())
    assert person_cut(Span(d, 1, 5, label="Person")).text == "Dana ’s Pawn Shop"
    assert person_cut(Span(d, 6, 10, label="Person")).text == "Lia Moss"
