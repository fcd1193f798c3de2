"""Quotes left without a speaker, given to the wrong one, or missed on the reference sets, one test per
class, on invented sentences: a weekday the parser glued to the speaker's name, a person named before
"according to" an outlet, a clause of someone else's between a speech verb and the quote, a quote
nested in a quote with the same marks, words in title case that are speech, a name the parser hung
on an earlier phrase, a quote that opens a sentence another quote of which is attributed, and a
descriptor ("the Georgia Democrat") of a listed member of Congress whose party the text does not give."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_a_weekday_after_the_name_is_not_part_of_the_speaker(nlp):
    text = (
        "Sen. Dave Orrin spoke about the report on a talk show.\n\n"
        'Orrin pointed to an email from this year."When the adviser was on television after the attack, she said '
        'three times the building was secure," said Orrin Sunday. "She gave the public an impression that the '
        'staff were safe."'
    )
    got = speakers(nlp, text)
    assert got.get("When the adviser") == "Dave Orrin"
    assert got.get("She gave the") == "Dave Orrin"


def test_the_person_named_before_according_to_an_outlet_is_the_speaker(nlp):
    text = (
        "The House passed the elections bill on Friday along party lines.\n\n"
        "\u201cIt is a victory for every voter in this country,\u201d U.S. Rep. Dana Holt, D-Ore., who leads the "
        "panel that drafted the bill, according to the Daily Ledger.\n\n"
        "\u201cThis bill is a takeover of our elections,\u201d said Rep. Marla Quint, according to the Daily Ledger."
    )
    got = speakers(nlp, text)
    assert got.get("It is a") == "Dana Holt"
    assert got.get("This bill is") == "Marla Quint"


def test_a_quote_in_another_persons_clause_after_the_cue_is_not_the_cues(nlp):
    text = (
        "Radio host Jane Roe said that during a 2006 tour the senator kissed her. He \u201cgrabbed my arm and pulled "
        "me close,\u201d Roe said, and Tom Quill offered no account of his own, only a weak reply that \u201cI do not "
        "recall the rehearsal the way Jane does.\u201d"
    )
    got = speakers(nlp, text)
    assert got.get("grabbed my arm") == "Jane Roe"
    assert got.get("I do not", "missed") in (None, "missed", "Tom Quill")


def test_a_quote_nested_in_a_quote_with_the_same_marks_keeps_the_outer_one(nlp):
    text = (
        "Gov. Greg Quint spoke in Austin on Monday.\n\n"
        '"For years, even as a "civilian," I listened as my party promised to fix the roads. Now they finally '
        'have their chance!," Quint said in a tweet.\n\n'
        "\u201cThe hard part of this law is what some call the \u201cshow your papers\u201d rule,\u201d Quint said."
    )
    got = speakers(nlp, text)
    assert got.get("For years, even") == "Greg Quint"
    assert got.get("The hard part") == "Greg Quint"


def test_words_in_title_case_with_a_lower_case_pronoun_are_speech(nlp):
    text = (
        "The Senate vote on the plan is set for Friday.\n\n"
        "\u201cCome on Republican Senators, you can do it on Roads,\u201d President Dana Holt tweeted on Thursday."
    )
    assert speakers(nlp, text).get("Come on Republican") == "Dana Holt"


def test_a_name_set_off_by_commas_before_a_subjectless_cue_is_the_speaker(nlp):
    text = (
        "After the judge ruled, members of the family addressed the court. According to Channel 9 reporter Tom "
        "Quill, who has been live-tweeting the trial, the victim\u2019s mother, Jane Roe, told the court \u201cI "
        "forgive Michael Doe.\u201d She then looked at him."
    )
    assert speakers(nlp, text).get("I forgive Michael") == "Jane Roe"


def test_a_quote_opening_a_sentence_shares_the_speaker_of_its_later_quote(nlp):
    text = (
        "The state appealed the ruling on Monday.\n\n"
        "\u201cAs we have said before, the state\u2019s goal is to take our case to the high court\u201d where the "
        "state means to show the old rulings were \u201cwrongly decided and should be overturned,\u201d Attorney "
        "General Dana Holt said in a statement."
    )
    got = speakers(nlp, text)
    assert got.get("As we have") == "Dana Holt"
    assert got.get("wrongly decided and") == "Dana Holt"


def test_a_descriptor_fits_a_listed_member_of_congress_whose_party_the_text_does_not_give(nlp):
    # Charles Hatcher, a Georgia Democrat, is a row of legislators.tsv; the text names neither party nor state
    text = (
        "Chairman Charles Hatcher opened the hearing on the farm bill on Tuesday, as protesters chanted.\n\n"
        '"If the hearing is to become a circus, there is no reason for us to be here," the Georgia Democrat said '
        'when he was finally able to begin. "It has not gotten there yet, but it is close."'
    )
    got = speakers(nlp, text)
    assert got.get("If the hearing") == "Charles Hatcher"
    assert got.get("It has not") == "Charles Hatcher"


def test_a_descriptor_does_not_fit_a_listed_member_of_another_state(nlp):
    text = (
        "Chairman Charles Hatcher opened the hearing on the farm bill on Tuesday, as protesters chanted.\n\n"
        '"If the hearing is to become a circus, there is no reason for us to be here," the Utah Republican said.'
    )
    assert speakers(nlp, text).get("If the hearing", "missed") in (None, "missed")


def test_a_descriptor_the_list_fits_is_nobody_when_a_surname_named_before_may_be_another_member(nlp):
    # Hal Rogers and Thomas Massie are both Kentucky Republicans in legislators.tsv; "Massie" alone may be meant
    text = (
        "Chairman Hal Rogers opened the hearing on the coal bill on Tuesday. Massie voted against the rule.\n\n"
        '"If the hearing is to become a circus, there is no reason for us to be here," the Kentucky Republican said.'
    )
    assert speakers(nlp, text).get("If the hearing", "missed") in (None, "missed")


def test_a_descriptor_with_a_chamber_title_fits_a_listed_member_of_that_chamber_the_text_does_not_title(nlp):
    # Charles Hatcher, a Georgia Democrat, sat in the House (legislators.tsv); the text gives him no title
    text = (
        "Charles Hatcher registered his objections in a newspaper piece on Tuesday.\n\n"
        "\u201cThe farm bill has been at the heart of the problem,\u201d the Georgia congressman says. \u201cIt "
        "hands the money to the wrong people.\u201d"
    )
    got = speakers(nlp, text)
    assert got.get("The farm bill") == "Charles Hatcher"
    assert got.get("It hands the") == "Charles Hatcher"


def test_a_descriptor_with_the_other_chambers_title_does_not_fit_a_listed_member(nlp):
    text = (
        "Charles Hatcher registered his objections in a newspaper piece on Tuesday.\n\n"
        "\u201cThe farm bill has been at the heart of the problem,\u201d the Georgia senator says."
    )
    assert speakers(nlp, text).get("The farm bill", "missed") in (None, "missed")


def test_a_surname_that_is_a_countrys_name_speaks_as_the_person_named_in_full(nlp):
    text = (
        "Harbor County Sheriff Dale Israel rejected the idea on Monday.\n\n"
        "\u201cIt is an excellent program and it keeps children out of jail,\u201d Israel told a reporter on Feb. 25."
    )
    assert speakers(nlp, text).get("It is an") == "Dale Israel"


def test_a_descriptor_with_a_chamber_title_titles_the_listed_member_it_names(nlp):
    from test_behaviour import facts, of

    text = (
        "Charles Hatcher registered his objections in a newspaper piece on Tuesday.\n\n"
        "\u201cThe farm bill has been at the heart of the problem,\u201d the Georgia congressman says."
    )
    got = facts(nlp, text)
    assert of(got, "Charles Hatcher", "title") == {"Congressman"}
    assert of(got, "Charles Hatcher", "memberOf") == {"United States House of Representatives"}


def test_reacted_before_a_quote_attributes_it(nlp):
    text = (
        "The secretary told host Dana Whitby that the rule was under review.\n\n"
        "Whitby reacted, \u201cYeah but let\u2019s say there\u2019s a disruption in the classroom and the kids get punished.\u201d"
    )
    assert speakers(nlp, text).get("Yeah but let\u2019s") == "Dana Whitby"


def test_an_owners_possessive_before_a_surname_of_a_person_named_in_full_is_that_person(nlp):
    text = (
        "When the order was signed, Stephen Vennor-Lake, an immigration law professor at Cornell University, thought "
        "it was odd.\n\nCornell\u2019s Vennor-Lake agrees that the administration is trying to shut the door on more "
        "immigrants: \u201cThey\u2019re claiming that they want merit-based immigration, but it does not seem so.\u201d"
    )
    assert speakers(nlp, text).get("They\u2019re claiming that") == "Stephen Vennor-Lake"
