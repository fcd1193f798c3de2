"""kg.language.transcripts.turns on hand-built texts (no model): which paragraphs are a transcript's turns."""

from __future__ import annotations

from kg.language.quotemarks import paragraphs
from kg.language.transcripts import turns

SHOW = (
    "JANE ROWAN, HOST:\n\nThis is the morning news. I'm Jane Rowan.\n\n"
    "MARK ELLERY, BYLINE: Good morning.\n\n"
    "ROWAN: What are you hearing about the odds of the funding bill?\n\n"
    "SEN. TOM BAIRD: The odds are pretty good, and I will vote for it.\n\n"
    "ELLERY: Well, the odds are pretty good."
)


def labels(text):
    return [(name, text[s:e]) for s, e, name in turns(text, paragraphs(text))]


def test_the_turns_of_a_transcript_and_the_names_of_their_labels():
    found = labels(SHOW)
    assert found == [
        ("Mark Ellery", "Good morning."),
        ("Rowan", "What are you hearing about the odds of the funding bill?"),
        ("Tom Baird", "The odds are pretty good, and I will vote for it."),
        ("Ellery", "Well, the odds are pretty good."),
    ]


def test_two_labelled_lines_or_one_label_make_no_transcript():
    assert labels("UPDATE: The vote was moved.\n\nWATCH: The mayor speaks.\n\nThe council met on Monday.") == []
    assert labels("MYTH: One.\n\nMYTH: Two.\n\nMYTH: Three.") == []


def test_a_single_letter_or_lower_case_label_is_no_turn():
    assert labels("Q: Why?\n\nA: Because.\n\nQ: When?\n\nA: Now.") == []
    assert labels("Rowan: What now?\n\nEllery: Nothing.\n\nRowan: Why?") == []


def test_a_label_inside_a_turn_ends_it():
    text = SHOW + "\n\nROWAN: I want to go to that clip. TOM BAIRD: We will pass it this week."
    assert labels(text)[-1] == ("Rowan", "I want to go to that clip.")
