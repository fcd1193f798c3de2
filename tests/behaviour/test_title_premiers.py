"""Heads of a provincial or national government titled "premier", and the "now-" prefix (issue 15).

"Manitoba Premier X", "Manitoba's current premier X", "X, the premier of Manitoba": X is an Official who
heads the province, as a governor heads a state; "premier" as an adjective ("the premier think tank") titles
no one. "now-Justice X" holds the office now (the title is "Justice", the prefix is a time, as "then-" is);
a sentence adverb "Now" before a title is not part of it."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_premier_heads_the_province(nlp):
    for text in (
        "Manitoba Premier Henry Stone passed legislation on Monday.",
        "In 2019, Manitoba's current premier Henry Stone passed legislation.",
        "Henry Stone, the premier of Manitoba, passed legislation.",
    ):
        got = facts(nlp, text)
        assert of(got, "Henry Stone", "heads") == {"Manitoba"}, text
        assert of(got, "Henry Stone", "title") & {"Premier", "current premier", "premier"}, text


def test_premier_as_an_adjective_titles_no_one(nlp):
    got = facts(nlp, "The Heritage Institute is the premier think tank in Riverton, said Dana Whitfield.")
    assert of(got, "Dana Whitfield", "title") == set()
    assert of(got, "Dana Whitfield", "heads") == set()


def test_now_hyphen_before_a_title_is_not_the_title(nlp):
    got = facts(nlp, "As now-Justice Priya Raman noted in a 2001 law review article, the rule is old.")
    assert of(got, "Priya Raman", "title") == {"Justice"}
    got = facts(nlp, "The now-Governor Dana Whitfield of Vermont said it in 2015.")
    assert of(got, "Dana Whitfield", "title") == {"Governor"}
    assert of(got, "Dana Whitfield", "heads") == {"Vermont"}


def test_a_sentence_adverb_now_stays_out_of_the_title(nlp):
    got = facts(nlp, "Now Mayor Carlos Mendez wants to end the program.")
    assert of(got, "Carlos Mendez", "title") == {"Mayor"}
