"""Two-word "person" names whose first words are no name (issue 15), on invented sentences: a verb opening a
sentence ("Notice X isn't talking ...") or a pronoun and a verb ("if I'm X") before a surname the article
uses for a person named in full is cut to the surname, which joins that person (kg.language.commonfirst);
a given name that is also a word ("Hope", "Rand", "Newt") stays a name, and so does a word the article
capitalizes inside a sentence."""

from __future__ import annotations

from kg.language.commonfirst import _a_name
from kg.resolve.article import extract


def _people(nlp, text: str) -> set[str]:
    return {e.name for e in extract(nlp(text), "d1").entities if e.cls in ("Person", "Official")}


def test_a_verb_opening_a_sentence_before_a_surname_is_no_first_name(nlp):
    text = (
        "Dana Whitfield, a sociologist, surveyed 900 voters. Whitfield wrote that trust had collapsed.\n\n"
        "Notice Whitfield isn't talking merely about the left but about everyone."
    )
    people = _people(nlp, text)
    assert "Notice Whitfield" not in people and "Dana Whitfield" in people


def test_a_pronoun_and_a_verb_before_a_surname_are_no_first_name(nlp):
    text = (
        "Senators met Dana Whitfield, the nominee, on Monday. So we will see. Personally, if I’m Whitfield, "
        "I’m not packing up my office at the appeals court."
    )
    people = _people(nlp, text)
    assert not any(p.endswith("Whitfield") and p != "Dana Whitfield" for p in people)


def test_given_names_that_are_words_stay_names():
    assert _a_name("Hope") and _a_name("Grace") and _a_name("Will") and _a_name("Rich")
    assert _a_name("Rand") and _a_name("Mitt") and _a_name("Newt")  # listed office holders' first names
    assert not _a_name("Notice") and not _a_name("Team")


def test_a_word_the_article_capitalizes_inside_a_sentence_stays_a_first_name(nlp):
    text = (
        "Dana Whitfield, the mayor, spoke first. The best chapter of the book is the one on Tipper Whitfield, "
        "her aunt. Tipper Whitfield later ran for the council."
    )
    assert "Tipper Whitfield" in _people(nlp, text)
