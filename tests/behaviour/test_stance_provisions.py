"""Stances on a law whose common noun ("the amendment") follows a numbered section of it, and on a law
whose holder is "he"/"she" after an attribution listing what the speaker is (invented sentences)."""

from __future__ import annotations

import pytest
from test_behaviour import facts


def stances(nlp, text):
    return {f for f in facts(nlp, text) if f[1] in ("supports", "opposes")}


SECTIONS = (
    "The Harbor Access Amendment would let Congress cap campaign spending. "
    "Section 2 of the amendment lets legislators treat corporations differently. "
    '"Every voter deserves an equal voice," says Sen. Dana Whitfield (D-Del.), a lead co-sponsor of the amendment.'
)


def test_a_numbered_section_is_not_what_the_amendment_means(nlp):
    got = stances(nlp, SECTIONS)
    assert ("Dana Whitfield", "supports", "Harbor Access Amendment") in got
    assert not {f for f in got if f[2] == "Section 2"}


QUOTE = '"I predict that [Obama is] the one who can do it," says Dana Whitfield, '
AUTHORED = ". She co-authored the 2014 Whitfield-Lane Amendment, which bars federal raids."


@pytest.mark.parametrize(
    "what",
    [
        "a former U.S. congresswoman, a rent control advocate, and an Obama supporter",
        "a former state senator, a school choice advocate, and a Bush supporter",
    ],
)
def test_a_list_of_what_the_speaker_is_leaves_her_the_antecedent(nlp, what):
    assert ("Dana Whitfield", "supports", "Whitfield-Lane Amendment") in stances(nlp, QUOTE + what + AUTHORED)


def test_two_speakers_joined_leave_the_pronoun_unresolved(nlp):
    assert not stances(nlp, QUOTE + "a former congresswoman, and Carl Lane, an Obama supporter" + AUTHORED)
