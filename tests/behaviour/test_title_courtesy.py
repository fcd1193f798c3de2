"""A set-off title with a hyphenated status word ("the then-mayor, X,") titles X: the hyphen is inside a word.

A title noun right before a courtesy honorific and a name does not title that name (issue 15): "Mr.", "Mrs.",
"Ms." stand in for a title and never follow one, so "the very same detective Mr. Roe is suing" is someone Roe
sues. An honorific without a sex still may ("FDA Commissioner Dr. Jane Roe")."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_title_before_mr_and_a_name_is_not_the_names(nlp):
    got = facts(nlp, "One of the two witnesses is the very same detective Mr. Roe is currently suing for his role.")
    assert of(got, "Roe", "title") == set()


def test_a_title_before_dr_still_is(nlp):
    got = facts(nlp, "FDA Commissioner Dr. Jane Roe spoke on Monday.")
    assert of(got, "Jane Roe", "title") == {"Commissioner"}


def test_a_set_off_title_with_then_hyphen_titles_the_name(nlp):
    got = facts(nlp, "Roe alleges that in 2011 the then-mayor, John Pomeroy, demanded a bribe to let him operate.")
    assert of(got, "John Pomeroy", "title") == {"mayor"}
    got = facts(nlp, "Roe alleges that the mayor - John Pomeroy - demanded a bribe.")
    assert of(got, "John Pomeroy", "title") == set()
