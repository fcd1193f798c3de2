"""Speakers the blind sets and the corpus showed missing, one test per class, on invented sentences: a
speech verb in a gerund after "by" (the means of a clause: its subject's words, wherever the parser hung
"by"), after "for" on a verb with no object (the subject's, not the object's), a relative clause set off
by commas between the quote and its speech verb, an unnamed descriptor ("another House Democrat") that
names nobody, and a surname whose full names are one person written two ways ("Bob" and "Robert J.",
"Owen Jr." and "Mark Owen Jr.")."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_by_saying_after_a_long_clause_is_the_subjects(nlp):
    text = (
        "Mayor Jane Roe spoke at the vigil on Friday.\n\n"
        "Roe underscored that it was not the time for partisan lines aimed at Mark Owen and the council by saying:\n\n"
        "\u201cIf there is anything to learn from this storm, it is that life is very fragile. Our time here is limited.\u201d"
    )
    assert speakers(nlp, text).get("If there is") in ("Jane Roe", "Roe")


def test_by_explaining_hung_on_a_gerund_is_the_subjects(nlp):
    text = (
        "Rep. Marla Quint, D-Ohio, drew criticism this week.\n\n"
        "Quint answered the outcry over her remarks about impeaching the governor by explaining, "
        "\u201cWhat I can tell you is that I am a person who speaks plainly. I am passionate about my district.\u201d"
    )
    assert speakers(nlp, text).get("What I can") == "Marla Quint"


def test_for_saying_on_a_verb_without_object_is_the_subjects(nlp):
    text = (
        "Rep. Marla Quint, D-Ohio, spoke in Toledo.\n\n"
        "Days later, Quint came under fire again for suggesting that the council members were more loyal to donors "
        "than to voters, saying, \u201cThey forgot who they work for.\u201d"
    )
    assert speakers(nlp, text).get("They forgot who") == "Marla Quint"


def test_for_saying_on_a_verb_with_an_object_is_not_the_subjects(nlp):
    text = (
        "Senator Dana Holt publicly rebuked Governor Mark Owen for saying at the fair that the new tax "
        "\u201cwas not particularly fair, and it sure was not cheap.\u201d"
    )
    assert "Dana Holt" not in speakers(nlp, text).values()


def test_a_who_clause_between_quote_and_verb_is_an_aside(nlp):
    text = (
        "\u201cI have never seen officials behave this way. How do the police behave?\u201d State Treasurer Dana Holt, "
        "who led the meeting and had to shout over the crowd to be heard, told reporters after the event."
    )
    assert speakers(nlp, text).get("I have never") == "Dana Holt"


def test_an_unnamed_descriptor_names_no_speaker(nlp):
    text = (
        "Rep. Marla Quint, D-Ohio, has angered her colleagues.\n\n"
        "Another House Democrat, given anonymity by the Daily Ledger, put it this way: \u201cShe needs to decide "
        "whether she wants to be an effective legislator or a television star.\u201d"
    )
    got = speakers(nlp, text)
    assert all(v is None for k, v in got.items() if k.startswith("She needs"))
    assert not any(v and "Democrat" in v for v in got.values())


def test_a_surname_shared_by_one_person_named_two_ways_and_his_wife_is_his_after_mr(nlp):
    text = (
        "Former Vice President Bob Quint spoke on Tuesday.\n\n"
        "Robert J. Quint has long owned a shotgun. He has advised his wife, Dr. Marla Quint, to keep one at home.\n\n"
        "The debate over rifles has grown louder this year in Congress.\n\n"
        "\u201cIf you want to protect yourself, get a double-barrel shotgun. You do not need a rifle,\u201d Mr. Quint said."
    )
    assert speakers(nlp, text).get("If you want") in ("Bob Quint", "Robert J. Quint")


def test_a_junior_named_with_and_without_his_first_name_is_one_person(nlp):
    text = (
        "Mark Owen Jr. met the council at the tower on Monday.\n\n"
        "Owen Jr. has run the family firm since 2017.\n\n"
        "The council had asked for a meeting in March.\n\n"
        "\u201cDana Holt has nothing to do with me or my company,\u201d Owen said in the statement. "
        "\u201cWhen she was fired, she lost her job.\u201d"
    )
    assert speakers(nlp, text).get("Dana Holt has") == "Mark Owen Jr."


def test_names_inside_a_phrase_describing_the_subject_are_not_its_speakers(nlp):
    text = (
        "\u201cThe Senate should also reject efforts to amend the bill, which is expected to raise premiums for "
        "every family,\u201d said a letter signed by ten mayors, including the Democrats Marla Quint of Ohio and Tomas Novak of Utah."
    )
    assert not any(v in ("Marla Quint", "Tomas Novak") for v in speakers(nlp, text).values())


def test_two_names_of_the_subject_are_a_joint_statement_of_the_first(nlp):
    text = (
        "\u201cThe Senate should also reject efforts to amend the bill, which is expected to raise premiums for "
        "every family,\u201d said the two mayors, Marla Quint of Ohio and Tomas Novak of Utah."
    )
    assert speakers(nlp, text).get("The Senate should") == "Marla Quint"
