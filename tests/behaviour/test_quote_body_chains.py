"""A group's statements with no person speaking (issue 15, blind27): "the group said" far from the group's
name means what the last "the group" before it meant; a "More:" line of related links is page furniture,
not a sentence to count."""

from __future__ import annotations

from test_quotes_stances import speakers

QUOTE = "\u201cAlthough we are at a stalemate, we will keep working with the leader on new rules,\u201d "


def test_the_group_means_what_the_last_the_group_meant(nlp):
    text = (
        "Nine members of the Fair Rules Caucus threatened on Friday to withhold their votes.\n\n"
        "The group, in a statement, said it would back only a reformer.\n\n"
        "The group met with the leader last week.\n\n"
        "The leader is expected to win the vote. Her allies are confident.\n\n" + QUOTE + "the group said."
    )
    assert speakers(nlp, text).get("Although we are") == "Fair Rules Caucus"


def test_no_group_named_near_and_no_earlier_the_group_is_nobody(nlp):
    filler = "The leader is expected to win the vote. She will need 218 votes. Her allies are confident. "
    text = "The Fair Rules Caucus met on Friday.\n\n" + filler + "\n\n" + QUOTE + "the group said."
    assert speakers(nlp, text).get("Although we are") is None


def test_more_lines_are_not_sentences_of_the_article(nlp):
    text = (
        "The Fair Rules Caucus met with the leader last week after sending her a letter.\n\n"
        "More:What we know about the leader's bid and why some members oppose her\n\n"
        "More:The leader fights for support in her bid to return\n\n"
        "More:Members pledge to oppose the leader's return\n\n" + QUOTE + "a statement from the group reads."
    )
    assert speakers(nlp, text).get("Although we are") == "Fair Rules Caucus"
