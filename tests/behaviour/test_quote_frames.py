"""Quote speakers on invented sentences, one test per class of error of the session-9 quote audit
(bench/audits/civic-wide-1000-541db56.csv and a 60-quote sample of the 1,000-article build): the
speaker is the subject of the speech verb that frames the quote or the speaker of the block it
continues; never the listener, the asker of a quoted question, or a person a later sentence is about."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_a_rank_abbreviation_before_the_name_does_not_end_the_attribution(nlp):
    text = (
        "Two hikers were found near the river on Sunday.\n\n"
        "The advice from the police: \u201cWe certainly don't recommend lighting a fire to stay warm,\u201d "
        "Provincial Police Cpl. Dana Holt said. \u201cStay inside your vehicle and call for help if you can.\u201d"
    )
    got = speakers(nlp, text)
    assert got["We certainly don't"] == "Dana Holt"
    assert got["Stay inside your"] == "Dana Holt"


def test_a_name_with_its_age_before_the_speech_verb_is_who_spoke(nlp):
    text = (
        "Marla Quint had come home from church when her phone rang.\n\n"
        "\u201cMy first reaction was joy,\u201d Quint, 71, recalled Monday. "
        "\u201cI was so happy that I started singing in the kitchen.\u201d"
    )
    got = speakers(nlp, text)
    assert got["My first reaction"] == "Marla Quint"
    assert got["I was so"] == "Marla Quint"


def test_a_speech_verb_that_announces_what_follows_is_not_the_attribution_of_the_quote_before(nlp):
    text = (
        "\u201cAll I want to do is get justice for my son,\u201d said Tomas Novak, the boy\u2019s father. "
        "\u201cThis is terrible. It could happen to anybody\u2019s child.\u201d We would add: especially here."
    )
    got = speakers(nlp, text)
    assert got["All I want"] == "Tomas Novak"
    assert got["This is terrible."] == "Tomas Novak"


def test_a_quote_paragraph_after_page_furniture_continues_the_speaker_before_it(nlp):
    text = (
        "Jane Roe spoke to a radio show on Tuesday.\n\n"
        "\u201cWe have been negotiated off for twenty years and we are over it,\u201d Roe said Tuesday.\n\n"
        "CLICK HERE TO GET THE NEWS APP\n\n"
        "\u201cWe see it in these negotiations all the time. They are bargaining chips and the first ones reached for.\u201d"
    )
    assert speakers(nlp, text)["We see it"] == "Jane Roe"


def test_a_quoted_question_the_speaker_answered_is_not_the_speakers_words(nlp):
    text = (
        "Tomas Novak gave a long interview to a magazine.\n\n"
        "Being \u201chappy\u201d was not how Mr. Novak answered a magazine reporter\u2019s question about "
        "\u201cwhat, in your mind, is a crime?\u201d\n\n"
        "\u201cStart with theft and go on from there. Fraud, bribery and all the rest of it,\u201d Mr. Novak replied."
    )
    got = speakers(nlp, text)
    assert got.get("what, in your") is None
    assert got["Start with theft"] == "Tomas Novak"
    asked = "Jane Roe replied to the question \u201cWhat will you do about the budget next year?\u201d with a laugh."
    assert speakers(nlp, asked).get("What will you") is None


def test_a_new_sentence_reporting_its_own_clause_is_not_the_attribution_of_the_quote_before(nlp):
    text = (
        "Dana Holt and Tomas Novak debated guns on the show.\n\n"
        "\u201cMy answer to the problem is this,\u201d Novak said. \u201cFirst, the state decides which guns are allowed. "
        "It is fair for the state to ask, 'What rifles should people buy?'\u201d Holt clarified that the state would "
        "ban some rifles, then moved on."
    )
    got = speakers(nlp, text)
    assert got["First, the state"] == "Tomas Novak"


def test_the_teller_not_the_listener_speaks(nlp):
    after = "Jane Roe met Tomas Novak on Monday.\n\n\u201cThe budget is a disaster for every family in the state,\u201d Roe told Novak."
    assert speakers(nlp, after)["The budget is"] == "Jane Roe"
    before = "Jane Roe met Tomas Novak on Monday.\n\nRoe told Novak, \u201cThe budget is a disaster for every family in the state.\u201d"
    assert speakers(nlp, before)["The budget is"] == "Jane Roe"


def test_he_does_not_go_to_a_woman_the_article_names_by_her_first_name_only(nlp):
    text = (
        "Nate decided he had to take a stand before the semester ended.\n\n"
        "He texted Nicole and said he was sorry. She felt \u201creally bad,\u201d he said. "
        "\u201cShe stopped telling people, but it took me until the next semester to recover.\u201d"
    )
    assert "Nicole" not in speakers(nlp, text).values()


def test_a_former_holder_of_a_title_is_not_the_one_the_title_names(nlp):
    text = (
        "Rep. Carlos Ortega and Gov. Tom Kessler spoke on Sunday.\n\n"
        "Kessler, a former congressman, said the party must act.\n\n"
        "Ortega praised the students who marched after the shooting.\n\n"
        "\u201cWe have inherited a world of binary choices and younger people do not see it that way,\u201d the congressman said."
    )
    assert "Tom Kessler" not in speakers(nlp, text).values()


def test_a_first_name_a_speaker_is_introduced_by_is_the_speaker_of_the_quotes_after(nlp):
    text = (
        "Doctors often talk down to heavier patients, researchers say.\n\n"
        "\u201cIt borders on medical malpractice,\u201d says Andrew (not his real name), a consultant and musician. "
        "A few years ago his doctor told him to diet.\n\n"
        "\u201cShe didn't even ask me what I was already doing for exercise,\u201d he says."
    )
    got = speakers(nlp, text)
    assert got["It borders on"] == "Andrew"
    assert got["She didn't even"] == "Andrew"


def test_a_colon_after_issuing_a_text_announces_the_words_of_the_one_who_issued_it(nlp):
    ad = "In 2012, Mayor Jane Roe ran an ad against her rival: \u201cTom Novak. Not one of us.\u201d"
    assert speakers(nlp, ad) == {"Tom Novak. Not": "Jane Roe"}
    statement = "Senator Jane Roe issued a statement on Monday night: \u201cWe will not back down from this fight.\u201d"
    assert speakers(nlp, statement) == {"We will not": "Jane Roe"}


def test_a_speech_verb_followed_by_a_reporting_clause_or_a_colon_of_another_verb_still_attributes(nlp):
    adding = (
        "\u201cAt a time of turmoil, the minister has come here to divide the state,\u201d Jane Roe said on Twitter, "
        "adding: \u201cThese stunts may work in the capital, but they do not work here.\u201d"
    )
    assert speakers(nlp, adding)["At a time"] == "Jane Roe"
    reported = (
        "\u201cWe are not going to auction off our values as a city,\u201d Mayor Jane Roe said during an interview "
        "on Friday, the Daily Ledger reported."
    )
    assert speakers(nlp, reported) == {"We are not": "Jane Roe"}


def test_a_dash_signature_names_the_person_not_the_body_before_the_name(nlp):
    text = "\u201cThis bill is a massive takeover that would undermine our elections.\u201d \u2014 House Minority Leader Jane Roe"
    assert speakers(nlp, text) == {"This bill is": "Jane Roe"}


def test_the_interviewers_question_is_not_the_answer_of_the_person_asked(nlp):
    show = "Jane Roe spoke on a Sunday show.\n\n"
    passive = (
        show
        + "\u201cDo you regret the vote on the budget?\u201d Roe was asked. \u201cNot at all. I would do it again,\u201d she said."
    )
    got = speakers(nlp, passive)
    assert got["Do you regret"] is None
    assert got["Not at all."] in ("Jane Roe", "Roe")  # the woman asked, who answers
    for text in (
        show + "Asked \u201cdo you regret the vote on the budget?\u201d, Roe said she would do it again.",
        show + "When the host asked her, \u201cDo you regret the vote on the budget?\u201d Roe said no.",
    ):
        assert "Jane Roe" not in speakers(nlp, text).values(), text
    asker = "Jane Roe asked Tom Novak on Sunday: \u201cWhy did you vote against the budget?\u201d"
    assert speakers(nlp, asker) == {"Why did you": "Jane Roe"}


def test_he_after_a_reported_clause_is_the_reporter_not_the_subject_of_the_clause(nlp):
    said = "Mayor Tom Novak said on Monday that Governor Dan Orrin would sign the bill.\n\n"
    assert speakers(nlp, said + "\u201cWe have waited long enough for this day,\u201d he said.") == {
        "We have waited": "Tom Novak"
    }
    tweet = (
        "President Dan Orrin warned on Wednesday that a shutdown could happen.\n\n"
        "Senator Jane Roe, the top Democrat, replied in a tweet that Orrin is the only one talking about a shutdown.\n\n"
        "\u201cWe are hopeful the president will be open to an agreement to keep the government open,\u201d she said."
    )
    assert speakers(nlp, tweet) == {"We are hopeful": "Jane Roe"}


def test_a_question_the_speaker_asks_or_answers_with_is_the_speakers(nlp):
    replied = (
        "\u201cWe need to move the bill, and if there is no other path we will have to do it,\u201d Jane Roe said. "
        "When asked if she saw another path, Roe replied: \u201cI don\u2019t see one. Do you?\u201d"
    )
    assert speakers(nlp, replied)["I don\u2019t see"] in ("Jane Roe", "Roe")
    listed = (
        "Hours later, the governor\u2019s lawyer Tom Novak responded to the statement with a list of questions:\n\n"
        "\u201cIs it just the existence of such records that the rule keeps from disclosure?\u201d"
    )
    assert speakers(nlp, listed) == {"Is it just": "Tom Novak"}
    thorny = (
        "But Mr. Novak said that raised all sorts of thorny questions.\n\n"
        "\u201cWhy does a large media company enjoy greater rights than individual citizens?\u201d Mr. Novak said."
    )
    assert speakers(nlp, "Tom Novak spoke on Monday.\n\n" + thorny)["Why does a"] == "Tom Novak"
