"""One-word "person" names that are ordinary English words (issue 15), on invented sentences: a capitalized
common noun the model reads as a person ("Republican Lesson", "Democratic Breakdown")
is no person and gets no party when the article writes the word in lower case elsewhere or the language
has it and no one's name does (kg.language.commonwords); a surname stays a person."""

from __future__ import annotations

from test_behaviour import facts

from kg.language.commonwords import _a_name, _in_language, word_index
from kg.resolve.article import extract


def _people(nlp, text: str) -> set[str]:
    return {e.name for e in extract(nlp(text), "d1").entities if e.cls in ("Person", "Official")}


def test_a_word_the_article_writes_in_lower_case_is_no_person_and_no_partys_member(nlp):
    text = "Republican Lesson learned, the Republican Party said. The lesson was clear."
    assert not any(s == "Lesson" for s, _, _ in facts(nlp, text))
    assert "Lesson" not in _people(nlp, text)


def test_a_word_the_language_has_is_no_partys_member(nlp):
    text = "The Democratic Party met. Democratic Breakdown looms, said Dana Whitfield."
    assert not any(s == "Breakdown" for s, _, _ in facts(nlp, text))
    assert "Breakdown" not in _people(nlp, text)


def test_a_word_the_language_has_and_no_name_has_is_no_person_but_a_surname_is_one(nlp):
    words = word_index(nlp)
    tok = nlp("Premiums rose.")[0]
    assert _in_language(tok, words) and not _a_name("Premiums")
    assert _a_name("Brown") and _a_name("Cotton") and _a_name("Trump")  # surnames of the Census or of holders


def test_a_word_that_is_a_persons_surname_in_the_article_stays_a_person(nlp):
    text = "Dana Layoffs, a city councilor, said the vote was fair. Layoffs added that more polls would open."
    assert "Dana Layoffs" in _people(nlp, text)


def test_a_proper_name_the_article_capitalizes_inside_a_sentence_stays_a_person(nlp):
    # WordNet holds some proper names too: capitalized after a lower-case word, the word is a name here
    text = "Historians compared the regime to one led by Hitler in the 1930s. Hitler rose to power in 1933."
    assert "Hitler" in _people(nlp, text)
