"""A pronoun subject of a sentence continues its person: "he" of "“...,” he said" after "In the book he
wrote with Mark Salter, he praised ..." is whoever that sentence's "he" is, not the last man named
(Salter, the object of "with")."""

from __future__ import annotations

from test_behaviour import resolved_speakers as speakers


def test_a_main_clause_pronoun_carries_its_person_to_the_next_he_said(nlp):
    text = (
        "Lopez remembered\n\nJohn Lopez spoke often about losing, and friends said it shaped him. "
        "In the book he co-authored with Mark Salter, he praised those who pursued the hardest causes. "
        "“They don’t despair,” he said."
    )
    assert speakers(nlp, text).get("They don’t despair") != "Mark Salter"


def test_a_speech_verb_after_a_named_subject_is_unchanged(nlp):
    text = "Lopez remembered\n\nMark Salter met John Lopez on Tuesday. Salter praised the plan. “It is a good start,” he said."
    assert speakers(nlp, text).get("It is a good start") == "Mark Salter"


def test_the_chain_reaches_the_person_the_subject_pronoun_stands_for(nlp):
    text = (
        "Lopez remembered\n\nI interviewed John Lopez on Tuesday. He praised the plan and thanked Mark Salter for it. "
        "“It is a good start,” he said."
    )
    assert speakers(nlp, text).get("It is a good start") == "John Lopez"
