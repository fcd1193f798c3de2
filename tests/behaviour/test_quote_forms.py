"""Quotes missed or left without a speaker on the blind sets, one test per class, on invented
sentences: text that lost its spaces, a speech verb the lexicon lacked, a participle hanging from a
preposition, a name word shared only with a person named later, a surname whose full name the article
gives only as a possessor."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_a_quote_glued_to_the_sentence_before_is_found_and_attributed(nlp):
    text = (
        'A report released Friday is "full of holes," Sen. Marla Quint told reporters Sunday.The findings '
        'come from a two-year inquiry by the ethics panel."I am saying the ethics panel is doing a poor job '
        'with its own members," Quint told the host.'
        '"Who told the mayor that the old bridge was safe for heavy trucks?" Quint said.'
    )
    got = speakers(nlp, text)
    assert got.get("I am saying") == "Marla Quint"
    assert got.get("Who told the") == "Marla Quint"


def test_a_quote_glued_to_a_comma_is_found(nlp):
    text = (
        "Attorney General Dana Holt wrote to the states on Monday. She also addressed states that have changed "
        'the rules by saying,"States that have built systems for the trade must enforce their own laws with care."'
    )
    assert speakers(nlp, text).get("States that have", "missed") in (
        "Dana Holt",
        None,
    )  # the tokenizer keeps 'saying,"States' one token


def test_charged_after_a_quote_names_its_speaker(nlp):
    text = (
        "\u201cThe majority is writing this bill in secret because it is ashamed of it,\u201d Senate leader Dave Orrin charged."
    )
    assert speakers(nlp, text) == {"The majority is": "Dave Orrin"}


def test_a_closing_mark_glued_to_the_next_sentence_still_closes(nlp):
    text = 'Quint said the plan "will not pass this year."The vote is set for Monday, and "the whips are counting," Orrin said.'
    assert all(not k.startswith("The vote") for k in speakers(nlp, text))


def test_mused_is_a_speech_verb(nlp):
    text = (
        "Sen. Dave Orrin, R-Ohio, spoke after the vote.\n\n"
        "\u201cThe biggest question is the vote on the floor next week,\u201d mused Sen. Dave Orrin, R-Ohio. "
        "\u201cWe will look pretty foolish if we fail.\u201d"
    )
    got = speakers(nlp, text)
    assert got.get("The biggest question") == "Dave Orrin"
    assert got.get("We will look") == "Dave Orrin"


def test_a_participle_after_a_quoted_description_is_said_by_the_main_subject(nlp):
    text = (
        'During the last campaign, Marla Quint mocked the mayor as "not a real leader" '
        'saying "I like mayors who finish their roads".'
    )
    assert speakers(nlp, text) == {"I like mayors": "Marla Quint"}


def test_a_name_word_shared_only_with_a_person_named_later_is_the_earlier_person(nlp):
    for first, surname, later in (("Mark Owen", "Owen", "Owen Kirk"), ("Scott Glenn", "Glenn", "Glenn Kessler")):
        text = (
            f"Within an hour, GOP Sens. Susan Hartley, Maine, and {first}, Kentucky, opposed the motion to proceed.\n\n"
            "The leaders wanted a vote this week. The count was close.\n\n"
            "Nobody expected the delay, and the schedule slipped again.\n\n"
            f"On Fox News, {surname} described the new plan as \u201ca weak copy\u201d and said, "
            "\u201cIt does not fix the basic flaws of the program.\u201d\n\n"
            f"The vote was then delayed, as {later}, a lobbyist, had predicted."
        )
        assert speakers(nlp, text).get("It does not") in (first, surname), text


def test_he_after_a_surname_whose_full_name_was_only_a_possessor_is_that_person(nlp):
    text = (
        "Three Republican senators appear to have doomed Senate Majority Leader Carl Hendricks's plan "
        "to repeal the health law.\n\n"
        "The president said he was disappointed by the collapse of the plan.\n\n"
        'Hendricks said that the votes "have shown that the party is not ready to do this alone."\n\n'
        '"My guess is there will be hearings on the crisis that we have," he said. '
        '"We will have to see what the way forward is."'
    )
    got = speakers(nlp, text)
    assert got.get("My guess is") in ("Carl Hendricks", "Hendricks")
    assert got.get("We will have") in ("Carl Hendricks", "Hendricks")


def test_a_closing_mark_after_a_space_closes_a_quote_ending_in_a_nested_quote(nlp):
    text = (
        "\"I am often asked, 'Must art be a part of the city budget?' \" Dana Holt, a museum director, once wrote. "
        "\"My answer is, 'Of course it must.' \""
    )
    got = speakers(nlp, text)
    assert got.get("I am often") == "Dana Holt"
    assert got.get("My answer is,") == "Dana Holt"
    curly = (
        "\u201cSome families might hear that and think, \u2018I no longer need to buy coverage,\u2019 \u201d "
        "said Dana Holt, whose group represents small insurers."
    )
    assert speakers(nlp, curly).get("Some families might") == "Dana Holt"


def test_a_person_named_in_what_the_speaker_says_is_not_the_next_she(nlp):
    text = (
        "Gov. Marla Quint defended the law on Sunday.\n\n"
        "Sen. Jane Roe said later in the show that the law is full of problems, regardless of what Quint might say.\n\n"
        "\u201cNo matter how hard the governor tries to spin this, the law is a mess,\u201d she said."
    )
    assert speakers(nlp, text).get("No matter how") == "Jane Roe"


def test_a_role_joined_to_the_name_after_the_verb_is_that_person(nlp):
    text = (
        "\u201cAfter the last two wars, how could anyone expect politics to stay out of the games?\u201d "
        "asks historian and journalist Dana Holt."
    )
    assert speakers(nlp, text) == {"After the last": "Dana Holt"}


def test_a_name_and_an_aside_after_a_quote_name_its_speaker(nlp):
    text = (
        "Justice Dana Holt spoke at the law school on Friday.\n\n"
        "\u201cYou cannot be a woman in any field, even today, without someone treating you differently "
        "because you are a woman,\u201d Holt, who graduated from the school in 1980, said."
    )
    assert speakers(nlp, text).get("You cannot be") in ("Dana Holt", "Holt")


def test_quoted_by_a_paper_as_saying_is_the_person_not_the_paper(nlp):
    text = (
        "Sen. Dana Holt, D-N.J., spoke on Sunday.\n\n"
        "\u201cMy prayers are with the judge and her family tonight,\u201d Holt was quoted by the Daily Ledger as saying."
    )
    assert "Daily Ledger" not in speakers(nlp, text).values()


def test_what_others_say_in_a_clause_reported_by_someone_is_not_the_reporters(nlp):
    text = (
        "Kenneth Marlow, a consultant who trains physicians, says wealthy doctors will often try to bond with "
        "their patients by telling them, \u201cI know what it is like not to have time to cook.\u201d"
    )
    assert "Kenneth Marlow" not in speakers(nlp, text).values()


def test_a_name_after_a_quote_that_starts_a_statement_of_its_own_is_not_its_speaker(nlp):
    text = (
        "A teacher said she has an illness and wrote: \u201cI have real anxiety entering classrooms that I had not "
        "noticed before.\u201d Steve Marlow, Dean of the college, responded by recommending counseling for her."
    )
    assert "Steve Marlow" not in speakers(nlp, text).values()


def test_a_quote_does_not_continue_a_speaker_when_another_person_is_named_between(nlp):
    text = (
        'Justice Tom Reyes wrote that "the ruling has no basis in the law at all." Senator Dana Holt '
        'introduced her bill on Monday. "Ten states have already passed this law, and it is our top priority this year."'
    )
    assert speakers(nlp, text).get("Ten states have") != "Tom Reyes"


def test_a_person_named_as_an_object_between_two_quotes_does_not_stop_the_continuation(nlp):
    text = (
        "\u201cThe college clearly cannot take a joke,\u201d Dana Holt wrote in naming Mark Owen to her list. "
        "\u201cAt a school that promises free expression, a joke like this should be met with more speech.\u201d"
    )
    assert speakers(nlp, text).get("At a school") == "Dana Holt"


def test_a_quote_continues_its_speaker_when_the_last_subject_before_it_is_that_speaker(nlp):
    text = (
        '"It is a generational divide," says Dana Holt, a teacher from a nearby town. Her grandfather lives near '
        'the street where Mark Owen was killed. Holt says her grandfather is scared. "Old people do not understand '
        'younger people, and younger people do not understand older people."'
    )
    assert speakers(nlp, text).get("Old people do") in ("Dana Holt", "Holt")


def test_a_participle_after_for_is_the_objects_words_not_the_subjects(nlp):
    text = (
        "Senator Dana Holt publicly rebuked President Mark Owen for saying at the convention that the plan "
        "\u201cwas not particularly fair, and it sure was not cheap.\u201d"
    )
    assert "Dana Holt" not in speakers(nlp, text).values()


def test_a_newsletter_line_inside_a_multi_paragraph_quote_does_not_end_it(nlp):
    text = (
        "In a blog post Sunday, Marla Quint said this:\n\n"
        "\u201cOur team is bringing in the best engineers from inside and outside government.\n\n"
        "Sign up for our newsletter and get the stories you care about delivered to your inbox.\n\n"
        "\u201cWe are also fixing the site during off-peak hours on a regular basis.\u201d"
    )
    assert speakers(nlp, text) == {"Our team is": "Marla Quint", "We are also": "Marla Quint"}
