"""Quote speakers outside the sentence frames (issue 15, round 2 of session 17): a dash sign-off line
after a quote paragraph, a copy of a text that speaks for its owner, and a one-word name the model split
from the given names before it (the speaker is not another person of the same surname)."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_a_dash_line_after_a_quote_paragraph_signs_it(nlp):
    text = (
        "Remarks of the week\n\n"
        "\u201cNobody in this town has ever needed a tank to protect a garden.\u201d\n\n"
        "-- Rep. Carla Dunmore at a budget forum hosted by the Tribune in Springfield."
    )
    assert speakers(nlp, text).get("Nobody in this") == "Carla Dunmore"


def test_a_dash_line_that_names_nobody_signs_nothing(nlp):
    text = (
        "Remarks of the week\n\n"
        "\u201cNobody in this town has ever needed a tank to protect a garden.\u201d\n\n"
        "-- a reader in Springfield, writing to the Tribune about Carla Dunmore."
    )
    assert speakers(nlp, text).get("Nobody in this") is None


def test_a_text_of_someones_prepared_comments_speaks_for_them(nlp):
    text = (
        "Party chairman Walter Brisco spoke to donors on Friday.\n\n"
        "\u201cI never asked the singer to perform at our dinner tonight,\u201d according to a text of "
        "Brisco\u2019s prepared comments. \u201cShe will not be writing our platform either.\u201d"
    )
    found = speakers(nlp, text)
    assert found.get("I never asked") == "Walter Brisco"
    assert found.get("She will not") == "Walter Brisco"


def test_a_wife_named_by_a_split_name_is_not_her_husband(nlp):
    text = (
        "A teacher, Dale Harrow, of Oak Ridge, has been named as one of the victims.\n\n"
        'In a Facebook post, his wife, Dr Ellen Quill Harrow, said she "lost my best friend and my '
        'partner in everything. I need some time alone now."'
    )
    assert speakers(nlp, text).get("lost my best") == "Ellen Quill Harrow"


def test_a_dash_line_that_is_a_sentence_signs_nothing(nlp):
    text = (
        "The mayor spoke on Tuesday.\n\n"
        "\u201cNobody in this town has ever needed a tank to protect a garden.\u201d\n\n"
        "-- Carla Dunmore contributed reporting to this story from Springfield."
    )
    assert speakers(nlp, text).get("Nobody in this") is None


def test_a_colon_intro_with_an_infinitive_speech_verb_names_who_speaks(nlp):
    text = (
        "Colleagues in both parties wished Senator Hal Norwood a speedy recovery on Friday, prompting Mr Norwood "
        "to tweet his thanks and a warning:\n\n"
        "\u201cI greatly appreciate all the support, and I will be back at my desk very soon!\u201d"
    )
    assert speakers(nlp, text).get("I greatly appreciate") == "Hal Norwood"


def test_a_colon_intro_with_a_wish_to_speak_names_nobody(nlp):
    text = (
        "Colleagues in both parties wished Senator Hal Norwood a speedy recovery on Friday, and urged Mr Norwood "
        "to tweet his thanks and a warning:\n\n"
        "\u201cI greatly appreciate all the support, and I will be back at my desk very soon!\u201d"
    )
    assert speakers(nlp, text).get("I greatly appreciate") != "Hal Norwood"


def test_a_fragment_closed_by_a_comma_is_spoken_by_the_name_after_it(nlp):
    text = (
        "Ammunition must be packed apart from the gun, said Tom Harlan, a professor of aviation safety.\n\n"
        "If the screening finds a gun that hasn't been declared, \u201cthat gun will be set aside. It will not get "
        "on the plane, and an officer will find you,\u201d Harlan said."
    )
    assert speakers(nlp, text).get("that gun will") == "Tom Harlan"


def test_a_title_before_a_surname_is_not_made_part_of_the_speakers_name(nlp):
    text = (
        "Police Commissioner Ray Dolan spoke to reporters on Monday.\n\n"
        "In an interview on the radio, Commissioner Dolan declared, \u201cwe do not hold people for the agency.\u201d"
    )
    assert speakers(nlp, text).get("we do not") == "Ray Dolan"
