"""A body written after "the state" operates in the state the article is about (kg.resolve.stateagencies,
issue 15); none when the article names a bare "New York" or the sentence another state's name. Invented
sentences."""

from __future__ import annotations

from test_behaviour import facts, of

OREGON = "Oregon lawmakers passed the gun bill on Friday. Oregon has no such law yet. "


def test_a_state_body_is_the_articles_states(nlp):
    got = facts(nlp, OREGON + "The bill lets the state Department of Public Safety keep a list of permits.")
    assert of(got, "Department of Public Safety", "jurisdiction") == {"Oregon"}


def test_no_state_when_the_sentence_names_another_states_body(nlp):
    got = facts(nlp, OREGON + "The Idaho State Police and the state Department of Public Safety share a list of permits.")
    assert "Oregon" not in of(got, "Department of Public Safety", "jurisdiction")


def test_no_state_when_the_article_names_new_york(nlp):
    got = facts(nlp, OREGON + "In New York, the state Department of Public Safety keeps a list of permits.")
    assert of(got, "Department of Public Safety", "jurisdiction") == set()
