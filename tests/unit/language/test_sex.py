from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.language.sex import ArticleSex, first_name_sex, word_sex


def test_first_names_of_one_sex_and_ambiguous_ones():
    assert first_name_sex("Elizabeth") == "f"
    assert first_name_sex("Steven") == "m"
    assert first_name_sex("Leslie") is None
    assert first_name_sex("Zzyzx") is None


def test_honorifics_and_sexed_titles():
    assert word_sex("Mrs.") == "f" and word_sex("Congresswoman") == "f"
    assert word_sex("Mr") == "m" and word_sex("Senator") is None


def _persons(text: str, spans: list[tuple[int, int]]) -> list[Span]:
    doc = spacy.blank("en")(text)
    return [doc[a:b] for a, b in spans]


def test_the_article_says_before_the_first_name():
    # "Ms. Warren" in an article naming "Warren Avery": the honorific wins over the first name
    persons = _persons("Warren Avery spoke . Ms. Avery left .", [(0, 2), (5, 6)])
    sex = ArticleSex(persons)
    assert sex.of("Avery") == "f"
    assert sex.disagrees("he", persons[1]) and not sex.disagrees("she", persons[1])


def test_conflicting_evidence_is_unknown():
    persons = _persons("Mr. Lowe and Mrs. Lowe came .", [(1, 2), (4, 5)])
    sex = ArticleSex(persons)
    assert sex.of("Lowe") is None and not sex.disagrees("he", "Lowe")


def test_a_surname_two_persons_share_has_no_sex():
    # "his sister Laura Blevins" and "her husband, Gaines Blevins": "sister" says nothing about Gaines
    persons = _persons("sister Laura Blevins called . Gaines Blevins spoke .", [(1, 3), (5, 7)])
    sex = ArticleSex(persons)
    assert sex.of(persons[1]) is None and not sex.disagrees("he", persons[1])
