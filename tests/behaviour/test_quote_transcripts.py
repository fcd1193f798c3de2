"""A broadcast transcript's turns are quotations of the persons their labels name (kg.language.transcripts):
a label in capitals that names one person of the article gives its turn that speaker; a label that names
nobody ("MYTH:"), or a turn of a few words, gives nothing. Invented text only."""

from __future__ import annotations

from test_quotes_stances import speakers

SHOW = (
    "Funding Fight Heads To The Wire\n\n"
    "JANE ROWAN, HOST:\n\n"
    "This is the morning news. I'm Jane Rowan. We are joined by our correspondent Mark Ellery.\n\n"
    "MARK ELLERY, BYLINE: Good morning.\n\n"
    "ROWAN: What are you hearing about the odds of the funding bill passing this week in the Senate?\n\n"
    "ELLERY: Well, the odds are pretty good. I don't think we are heading toward a shutdown this time.\n\n"
    "MYTH: Nobody will vote for the bill in the end, whatever the leaders of both parties say.\n\n"
    "ROWAN: Mark Ellery, thank you so much for joining us this morning."
)


def test_turns_are_quotes_of_the_persons_their_labels_name(nlp):
    found = speakers(nlp, SHOW)
    assert found.get("What are you") == "Jane Rowan"
    assert found.get("Well, the odds") == "Mark Ellery"
    assert found.get("Nobody will vote") is None
    assert "Good morning." not in found


def test_labels_in_an_article_that_is_no_transcript_are_no_turns(nlp):
    text = "Council Votes On Budget\n\nUPDATE: The council voted on the budget on Monday after a long debate.\n\nMayor Jane Rowan said she was pleased."
    assert speakers(nlp, text).get("The council voted") is None
