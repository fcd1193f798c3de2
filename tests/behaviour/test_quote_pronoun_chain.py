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


DESCRIBED = (
    "Rep. Dana Whitfield, D-Calif., has announced her resignation from Congress.\n\n"
    "The California Democrat, who has denied the claim, said she was stepping down.\n\n"
    '"I believe it is the best thing for my constituents and our country," she wrote on Twitter.'
)


def test_a_pronoun_after_a_descriptor_subject_is_the_person_it_describes(nlp):
    """ "The California Democrat said ... “...,” she wrote": the one person the descriptor fits."""
    assert speakers(nlp, DESCRIBED).get("I believe it is the ") == "Dana Whitfield"


def test_a_descriptor_that_fits_nobody_still_stops_the_pronoun(nlp):
    text = DESCRIBED.replace("Rep. Dana Whitfield, D-Calif.,", "Dana Whitfield").replace("Glen", "")
    text = "Glen Ashby, R-Texas, spoke first.\n\n" + text  # the descriptor fits neither: she is unknown
    assert speakers(nlp, text).get("I believe it is the ") not in ("Dana Whitfield", "Glen Ashby")


def test_the_subject_of_a_that_clause_someone_holds_is_not_the_next_he(nlp):
    """ "He was convinced, he said, that Trent just could not go unanswered. “...,” he said.": he is the one convinced."""
    text = (
        "John Lopez defended his decision on Saturday. Lopez appeared to tear up. He was convinced, he said, that Glen "
        'Trent just could not go unanswered.\n\n"Seeing this just breaks your heart," he said.'
    )
    assert speakers(nlp, text).get("Seeing this just bre") == "John Lopez"


def test_the_subject_of_an_it_that_clause_is_still_the_next_he(nlp):
    """ "It is not that X is for the riots ...": "it" holds nothing; X is what the sentence is about."""
    text = (
        "It is not that Dana Stewart is completely for the riots that erupted Monday after the funeral of Glen Gray. "
        'But his experiences will not let him be against them.\n\n"At the end of the day I do not condone them setting '
        'stores on fire," he said.'
    )
    assert speakers(nlp, text).get("At the end of the da") == "Dana Stewart"
