"""A quote after a sentence that is only a short quote and its cue (issue 15, session 21): "“No doubt
about it,” the Utah Republican said. “I came here to ...”": the words too short to keep as a quotation
still say who speaks the quote after them. A descriptor ("the Alabama Republican") also fits a member
of Congress the text names with a middle initial the list leaves out. Invented sentences only."""

from __future__ import annotations

from test_quotes_stances import speakers

NEXT = "\u201cNo doubt about it,\u201d the {} said. \u201cI came here to get this done, and it did not happen this year.\u201d"


def test_a_short_quote_and_its_cue_name_the_speaker_of_the_next_quote(nlp):
    text = "Sen. Marla Quint, R-Utah, voted against the bill on Tuesday.\n\n" + NEXT.format("Utah Republican")
    assert speakers(nlp, text).get("I came here") == "Marla Quint"


def test_a_listed_member_named_with_a_middle_initial_fits_a_descriptor(nlp):
    text = "Rep. Robert B. Aderholt pointed to the failed repeal vote on Thursday.\n\n" + NEXT.format("Alabama Republican")
    assert speakers(nlp, text).get("I came here") == "Robert B. Aderholt"


def test_a_descriptor_that_fits_no_one_still_names_nobody(nlp):
    text = "Rep. Robert B. Aderholt pointed to the failed repeal vote on Thursday.\n\n" + NEXT.format("Ohio Democrat")
    assert speakers(nlp, text).get("I came here") is None


def test_a_one_or_two_word_quote_and_its_cue_name_the_speaker_of_the_next_quote(nlp):
    cheer = (
        "Sen. Marla Quint declared victory on Thursday.\n\n"
        "\u201cHooray!\u201d Quint responded when the letter was read to her during an interview. "
        "\u201cI came here to get this done, and it did not happen this year.\u201d"
    )
    huge = (
        "Sen. Marla Quint declared victory on Thursday.\n\n"
        "\u201cIt\u2019s huge,\u201d Quint said. \u201cI came here to get this done, and it did not happen this year.\u201d"
    )
    assert speakers(nlp, cheer).get("I came here") == "Marla Quint"
    assert speakers(nlp, huge).get("I came here") == "Marla Quint"


def test_a_short_quote_of_another_speaker_before_a_new_name_gives_nothing(nlp):
    text = (
        "Sen. Marla Quint declared victory on Thursday.\n\n"
        "\u201cHooray!\u201d Quint responded. Rep. Dale Ortiz disagreed. "
        "\u201cI came here to get this done, and it did not happen this year.\u201d"
    )
    assert speakers(nlp, text).get("I came here") != "Marla Quint"


def test_a_scare_quote_inside_a_sentence_names_no_speaker_for_the_next_quote(nlp):
    text = (
        "Sen. Marla Quint faces a revolt.\n\n"
        "Quint foresees the end of her reign and is working on the \u201ctransition\u201d she has promised, "
        "a former aide added. \u201cI came here to get this done, and it did not happen this year.\u201d"
    )
    assert speakers(nlp, text).get("I came here") != "Marla Quint"
