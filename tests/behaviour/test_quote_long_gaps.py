"""Speakers across long quotes and by a title that is part of the name (issue 15, blind27's quote misses).

- "she said" after a quote of many short sentences: those sentences are the quote's, not the article's,
  so they do not use up the sentences a pronoun looks back over for its antecedent.
- A pope or a monarch named by one name keeps the title the model leaves out ("Pope Francis", "Queen
  Elizabeth II"), and "the Pope" is that person; after other titles one word stays a surname.
"""

from __future__ import annotations

from test_quotes_stances import entity_names, speakers

LONG_QUOTE = (
    "Rep. Marisol Quintero, D-Nev., told reporters: \u201cThis is a dark day for the committee.\u201d\n\n"
    "She stopped short of calling for a vote but said: \u201cWe cannot sit back. The question is when.\u201d\n\n"
    "She listed the tools the committee still has.\n\n"
    "\u201cIt\u2019s hearings. It\u2019s letters. It\u2019s audits. It\u2019s subpoenas. It\u2019s fines. "
    "It\u2019s reports. It\u2019s all the same tools we have always had, but we must use them well,\u201d she said."
)


def test_a_long_quote_does_not_hide_the_pronoun_s_antecedent(nlp):
    assert speakers(nlp, LONG_QUOTE).get("It’s hearings. It’s") == "Marisol Quintero"


def test_a_pronoun_still_has_no_antecedent_past_the_window(nlp):
    """Nine plain sentences after the last person: the pronoun still looks back no farther than before."""
    filler = " ".join(f"The panel met on day {n} of the session." for n in range(1, 10))
    text = (
        "Rep. Marisol Quintero, D-Nev., spoke on Monday.\n\n"
        + filler
        + "\n\n\u201cWe must use every tool we have to finish this work,\u201d she said."
    )
    assert speakers(nlp, text).get("We must use") is None


POPE = (
    "Pope Gelasius spoke to reporters on the plane on Thursday.\n\n"
    "The Pope said the remarks were meant kindly.\n\n"
    "\u201cEvery faith has its dignity and deserves respect from all of us,\u201d he said.\n\n"
    "\u201cThere is a limit to what anyone may say,\u201d the Pope added."
)


def test_a_pope_is_named_with_his_title(nlp):
    assert "Pope Gelasius" in entity_names(nlp, POPE)
    found = speakers(nlp, POPE)
    assert found.get("Every faith has") == "Pope Gelasius"
    assert found.get("There is a") == "Pope Gelasius"


def test_a_queen_and_her_regnal_number(nlp):
    text = "Queen Adelheid III visited the capital on Monday. \u201cWe are proud of this nation and its people,\u201d the queen said."
    assert "Queen Adelheid III" in entity_names(nlp, text)


def test_other_titles_still_leave_a_surname(nlp):
    text = (
        "Mr Okonkwo and Cardinal Ferrante met on Monday. \u201cWe agreed to meet again next month in Rome,\u201d Mr Okonkwo said."
    )
    names = entity_names(nlp, text)
    assert "Okonkwo" in names and "Mr Okonkwo" not in names


FORMER = (
    "Former Gov. Harlan Wexby is running for the House seat again.\n\n"
    "He picked up endorsements this week from Gov. Nora Pell and from Sen. Tobias Crane.\n\n"
    "And the former governor kicked off TV ads that say electing him is a way to fix the state.\n\n"
    "\u201cI fought hard over the years to make this state a better place to call home,\u201d he says in one ad."
)


def test_the_former_governor_as_subject_is_the_former_governor(nlp):
    """ "the former governor" is the last subject before "he": the one former governor, not the senator named last."""
    assert speakers(nlp, FORMER).get("I fought hard") == "Harlan Wexby"


def test_a_title_of_a_woman_is_not_he(nlp):
    """ "the governor" is Nora Pell, the one current governor: not "he", and not the senator named before either."""
    text = FORMER.replace("the former governor", "the governor")
    assert speakers(nlp, text).get("I fought hard") is None


def test_a_title_two_persons_hold_names_nobody(nlp):
    text = FORMER.replace("Gov. Nora Pell", "Gov. Anton Pell and Gov. Dirk Hale").replace("the former governor", "the governor")
    assert speakers(nlp, text).get("I fought hard") is None


def test_a_title_in_a_clause_inside_the_sentence_is_no_subject_of_it(nlp):
    """ "Cicero said that the counsel had done his job": what Cicero said of the counsel; "he" is still Cicero."""
    text = (
        "Special counsel Rhett Muldane released his report on Monday.\n\n"
        "Rep. Tom Cicero said on the radio that the counsel had done his job well.\n\n"
        "\u201cWe do want to see all of the underlying evidence,\u201d he said."
    )
    assert speakers(nlp, text).get("We do want") == "Tom Cicero"


def test_a_description_no_one_is_titled_by_leaves_the_named_person(nlp):
    """ "The 25-year-old student" describes the man just named; the article titles no one "student"."""
    text = (
        "\u201cWe are targeted for nothing,\u201d said Amr Halabi, a young man who often visited the venue.\n\n"
        "The 25-year-old student said it was one of the few safe places left in the city.\n\n"
        "\u201cNobody is responsible for this but the police and the owners,\u201d he said."
    )
    assert speakers(nlp, text).get("Nobody is responsible") == "Amr Halabi"
