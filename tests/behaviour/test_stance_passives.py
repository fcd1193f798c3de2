"""A stance verb in the passive with an agent, on invented sentences: "Y was signed into law by X",
"Y, co-sponsored by X and Z": the agent holds the stance on Y when Y is named; no agent, or a law
named only by a common noun, gives none. And a holder written "he" at the start of a sentence after
one naming several persons: the main subject of that sentence, unless two share it or others speak;
"his support for Y" when Y is named and one person is named before."""

from __future__ import annotations

import pytest
from test_stance_marks import stances


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "The Harbor Safety Act was signed into law by Governor Dana Price in 2014.",
            ("Dana Price", "supports", "Harbor Safety Act"),
        ),
        (
            "The Harbor Safety Act, sponsored by Senator Dana Price, bars dredging.",
            ("Dana Price", "supports", "Harbor Safety Act"),
        ),
        ("The Harbor Safety Act was opposed by Senator Dana Price.", ("Dana Price", "opposes", "Harbor Safety Act")),
        (
            "The Harbor Safety Act, co-sponsored by Rep. Dana Price and Rep. Lee Orrin, passed.",
            ("Lee Orrin", "supports", "Harbor Safety Act"),
        ),
    ],
)
def test_the_agent_of_a_passive_stance_verb_holds_the_stance(nlp, text, fact):
    assert fact in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Safety Act was signed into law in 2014.",
        "The Harbor Safety Act passed. Critics sued over the port law championed by Governor Dana Price.",
        "Governor Dana Price said the Harbor Safety Act was opposed by many dockworkers.",
    ],
)
def test_no_agent_or_an_unnamed_law_gives_no_passive_stance(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Dana Price"}


def test_he_opening_a_sentence_continues_the_main_subject_of_the_sentence_before(nlp):
    text = (
        "Dana Price, the governor of Oregon, is one of the possible running mates for Senator Lee Orrin. "
        "He said he would not implement the Harbor Safety Act."
    )
    assert ("Dana Price", "opposes", "Harbor Safety Act") in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dana Price and Lee Orrin met on Monday. He said he opposes the Harbor Safety Act.",
        "Governor Dana Price praised Senator Lee Orrin. Critics said that he opposes the Harbor Safety Act.",
    ],
)
def test_two_subjects_or_what_others_say_of_him_give_no_antecedent(nlp, text):
    assert stances(nlp, text) == set()


def test_a_law_read_as_the_last_words_of_a_listed_name_holds_no_stance(nlp):
    text = "A bipartisan bill, the Safe, Accountable, Fair, and Effective (SAFE) Harbor Act authored by Rep. Dana Price of Oregon, passed."
    assert stances(nlp, text) == set()  # "Effective (SAFE) Harbor Act" is a fragment of the bill's name


def test_his_or_her_stance_noun_on_a_named_law_is_the_one_person_named_before(nlp):
    assert ("Dana Price", "supports", "Harbor Safety Act") in stances(
        nlp, "Senator Dana Price is popular because of her support for the Harbor Safety Act."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Lee Orrin criticized Gov. Dana Price for her support of the Harbor Safety Act.",
        "The Harbor Safety Act passed. Senator Dana Price is popular because of her support for the measure.",
    ],
)
def test_two_persons_before_or_a_common_noun_target_give_no_possessive_holder(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] in ("Dana Price", "Lee Orrin")}
