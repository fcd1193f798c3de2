"""Quote speakers named by a common noun (kg.language.textowners): a text speaks for its owner ("an
email from the agency stated", "the letter says" after who sent it), "the committee said" is the one
committee the article names; and where the noun fits no one, or several, the speaker stays unknown."""

from __future__ import annotations

from test_quotes_stances import speakers

QUOTE = "\u201cThe families of this county deserve clear answers from their officials,\u201d "
SENTENCE = "\u201cThe families of this county deserve clear answers from their officials.\u201d"


def test_the_committee_is_the_one_committee_the_article_names(nlp):
    text = (
        "The Senate Rules and Oversight Committee met on Tuesday to review the plan.\n\n"
        + QUOTE
        + "the committee said in a statement Friday."
    )
    assert speakers(nlp, text) == {"The families of": "Senate Rules and Oversight Committee"}


def test_the_committee_is_nobody_when_the_article_names_two(nlp):
    text = (
        "The Senate Rules Committee and the House Ethics Committee met on Tuesday to review the plan.\n\n"
        + QUOTE
        + "the committee said in a statement Friday."
    )
    assert speakers(nlp, text).get("The families of") is None


def test_an_email_from_a_body_speaks_for_it(nlp):
    text = (
        "The Bureau of Land Records updated its rules this week.\n\n"
        "An email from the Bureau of Land Records also stated: " + SENTENCE
    )
    assert speakers(nlp, text) == {"The families of": "Bureau of Land Records"}


def test_the_letter_is_the_words_of_who_sent_it(nlp):
    text = (
        "In a letter to Governor Paul Brandt, sent Friday, Marla Quint said the delay was unacceptable.\n\n"
        + QUOTE
        + "the letter says. \u201cI ask you to act before the end of the month and to publish the records.\u201d"
    )
    got = speakers(nlp, text)
    assert got["The families of"] == "Marla Quint"
    assert got["I ask you"] == "Marla Quint"


def test_a_letter_two_people_wrote_speaks_for_the_first(nlp):
    text = (
        "On Wednesday, Rep. Marla Quint and Rep. Tomas Novak penned a letter to the agency.\n\n"
        "The letter reads, in part: " + SENTENCE
    )
    assert speakers(nlp, text) == {"The families of": "Marla Quint"}


def test_a_letter_someone_only_obtained_has_no_speaker(nlp):
    text = "The Daily Ledger obtained a letter about the delay on Friday, Marla Quint said.\n\nThe letter says: " + SENTENCE
    got = speakers(nlp, text)
    assert got.get("The families of") is None


def test_typewriter_closing_marks_are_not_the_subject_of_said(nlp):
    text = (
        "Marla Quint, a plaintiff, married her companion in 2011.\n\n"
        "\u2018\u2018Everyone is just thrilled,\u2019\u2019 said Quint, 53, of Dover."
    )
    assert speakers(nlp, text) == {"Everyone is just": "Marla Quint"}


def test_a_name_before_statement_owns_it_but_not_a_date(nlp):
    text = (
        "The Ridgeway Institute met the mayor on Monday.\n\n"
        + QUOTE
        + "the Ridgeway Institute statement says.\n\n"
        + "\u201cThe port will stay open through the whole winter season this year,\u201d the March statement says."
    )
    got = speakers(nlp, text)
    assert got["The families of"] == "Ridgeway Institute"
    assert got.get("The port will") is None


def test_a_statement_is_nobodys_when_another_body_speaks_in_between(nlp):
    text = (
        "Police Chief Marla Quint and Mayor Tomas Novak said in a joint statement that they were appalled.\n\n"
        "The Dover Department of Corrections confirmed Tuesday that one of its officers was in the video.\n\n"
        + SENTENCE
        + " the statement said."
    )
    assert speakers(nlp, text).get("The families of") is None


def test_the_state_is_not_a_body_whose_name_only_holds_the_word(nlp):
    text = (
        "The Ohio State Employees Association backed the pension plan on Monday.\n\n"
        "The state could offer the benefits at no cost, the state said: " + SENTENCE
    )
    assert speakers(nlp, text).get("The families of") is None


def test_the_group_is_nobody_once_the_article_names_an_unnamed_group(nlp):
    text = (
        "Shares of Ridgeway Group fell on Monday.\n\n"
        "The trade group for the hospital plans spelled out its concerns this week.\n\n" + QUOTE + "the group wrote."
    )
    assert speakers(nlp, text).get("The families of") is None


def test_the_platform_an_earlier_text_ran_on_is_not_its_owner(nlp):
    text = (
        "Marla Quint ran a number of Facebook ads that promoted her plan to cut the toll.\n\n"
        + QUOTE
        + "the ads read.\n\n"
        + "His death was announced in a Facebook statement from his family.\n\n"
        + "\u201cThe port will stay open through the whole winter season this year,\u201d the statement said."
    )
    got = speakers(nlp, text)
    assert got.get("The families of") is None
    assert got.get("The port will") is None


def test_a_text_that_read_is_the_words_of_who_sent_or_issued_it(nlp):
    sent = "Attorney General Dana Holt sent a terse letter to Sen. Carl Brenner that read: " + SENTENCE
    issued = "Gov. Dana Holt issued a statement on Monday that said: " + SENTENCE
    owned = "Sen. Carl Brenner answered at once. Gov. Dana Holt's letter, which read: " + SENTENCE + " came later."
    assert speakers(nlp, sent) == {"The families of": "Dana Holt"}
    assert speakers(nlp, issued) == {"The families of": "Dana Holt"}
    assert speakers(nlp, owned) == {"The families of": "Dana Holt"}


def test_a_law_that_says_speaks_for_nobody(nlp):
    text = "Gov. Dana Holt signed the bill, which says: " + SENTENCE
    assert speakers(nlp, text).get("The families of") is None


def test_a_text_posted_by_no_name_speaks_for_nobody_named_in_its_title(nlp):
    text = 'One web page, "Friends of Officer Dale Wilson," posted a statement Tuesday that said: ' + SENTENCE
    assert speakers(nlp, text).get("The families of") is None


def test_it_read_after_a_post_by_someone_is_that_persons_words(nlp):
    text = "Dana Pell also shared a post by Corinne Vasko, who was likewise upset by the comments. It read:\n\n" + SENTENCE
    assert speakers(nlp, text) == {"The families of": "Corinne Vasko"}


def test_it_said_after_a_letter_someone_wrote_is_that_persons_words(nlp):
    text = "Councilwoman Marla Quint wrote a letter to the board on Friday. It said: " + SENTENCE
    assert speakers(nlp, text) == {"The families of": "Marla Quint"}
    text = "Councilwoman Marla Quint wrote a letter to Mayor Paul Brandt. It said: " + SENTENCE  # not the one sent it
    assert speakers(nlp, text) == {"The families of": "Marla Quint"}
    text = "Councilwoman Marla Quint wrote a letter and Mayor Paul Brandt answered it. It said: " + SENTENCE
    assert speakers(nlp, text).get("The families of") is None  # either's letter


def test_it_read_after_a_post_by_someone_upset_by_anothers_comments(nlp):
    text = "Dana Pell also shared a post by Corinne Vasko, who was upset by Paul Brandt's comments. It read:\n\n" + SENTENCE
    assert speakers(nlp, text) == {"The families of": "Corinne Vasko"}


def test_it_said_after_a_sentence_with_no_text_is_nobody(nlp):
    text = "Councilwoman Marla Quint voted against the budget on Friday. The city passed it anyway. It said: " + SENTENCE
    assert speakers(nlp, text).get("The families of") is None


def test_words_someone_says_named_before_a_colon_are_theirs(nlp):
    """ "X repeated this line: “...”", "X had a suggestion: “...”" (spoken_nouns of relation_cues.json), as
    "X issued a statement: “...”" is."""
    got = speakers(nlp, "Councilwoman Marla Quint repeated this line at every stop of the campaign: " + SENTENCE)
    assert got == {"The families of": "Marla Quint"}
    got = speakers(nlp, "Councilwoman Marla Quint also had a suggestion for the board: " + SENTENCE)
    assert got == {"The families of": "Marla Quint"}


def test_a_voice_of_a_named_body_speaks_for_it(nlp):
    """ "a Harbor Bank spokesman said", "a spokeswoman for the Bureau of Land Records said": the body
    (the ``voice`` titles of titles.tsv); an unnamed one's voice ("a company spokesman") is nobody."""
    text = "The Bureau of Land Records updated its rules.\n\n" + QUOTE + "a spokeswoman for the Bureau of Land Records said."
    assert speakers(nlp, text) == {"The families of": "Bureau of Land Records"}
    text = "The company updated its rules.\n\n" + QUOTE + "a company spokesman said."
    assert speakers(nlp, text).get("The families of") is None


def test_his_attorney_is_the_one_attorney_the_article_names(nlp):
    text = "Marla Quint, an attorney for the family, filed the motion on Monday.\n\n" + QUOTE + "his attorney said."
    assert speakers(nlp, text) == {"The families of": "Marla Quint"}


def test_the_title_of_a_former_holder_who_shares_the_surname_is_not_the_current_holders(nlp):
    """ "the prime minister said" after "Prime Minister Dana Pell" and her father "former Westland Prime Minister
    Corin Pell": the current one (until session 23: the father, named last)."""
    text = (
        "Prime Minister Dana Pell apologized on Thursday.\n\n"
        "The party leader and daughter of former Westland Prime Minister Corin Pell also blamed her upbringing.\n\n"
        "Pell had apologized on Wednesday. The prime minister said, " + SENTENCE
    )
    assert speakers(nlp, text) == {"The families of": "Dana Pell"}


def test_he_said_after_a_subject_described_as_someones_son_is_not_the_parent(nlp):
    text = (
        "Prime Minister Dana Pell apologized on Thursday.\n\n"
        "The party leader and son of former Prime Minister Corin Pell also blamed his upbringing.\n\n" + QUOTE + "he said."
    )
    assert speakers(nlp, text).get("The families of") != "Corin Pell"
