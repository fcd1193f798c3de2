"""A long name right after a quote's speech verb that the parser broke up is who spoke (issue 15).

"“...,” said the Committee to Protect Reporters.": the parser makes "Committee" the subject of "Protect", so the
verb has no subject and no object; the name the model labeled right after it is the speaker. Not a possessor
after it ("said the Committee's director": someone unnamed), not someone told.
"""

from __future__ import annotations

from test_quotes_stances import speakers

QUOTE = "\u201cWe will keep working with the leader on the rules for the new session,\u201d"


def test_a_broken_up_name_after_said_is_the_speaker(nlp):
    found = speakers(nlp, f"{QUOTE} said the Committee to Protect Reporters.")
    assert found.get("We will keep") == "Committee to Protect Reporters"


def test_the_name_may_be_followed_by_a_preposition(nlp):
    found = speakers(nlp, f"{QUOTE} claims the Committee to Protect Reporters in a statement.")
    assert found.get("We will keep") == "Committee to Protect Reporters"


def test_a_possessor_after_the_verb_is_not_the_speaker(nlp):
    found = speakers(nlp, f"{QUOTE} said the Committee to Protect Reporters\u2019 director.")
    assert found.get("We will keep") is None


def test_a_name_after_a_participle_is_who_the_quote_is_about(nlp):
    """ "compared it to “bargaining for stolen goods,” saying Roe “created the problem”": Roe is spoken about."""
    text = (
        "Senator Jo Whitlock spoke on Monday. Whitlock compared the offer to \u201cbargaining for stolen goods,\u201d "
        "saying Dana Roe \u201ccreated the problem on her own\u201d when she ended the program."
    )
    assert speakers(nlp, text).get("bargaining for stolen") != "Dana Roe"


def test_a_name_card_after_the_speakers_name_is_passed_over(nlp):
    """ "“...,” said Rep. X X (Y) Z XHeadline ... MORE (R-Tenn.)": a site's card the parser ran into; X spoke,
    and the "he" of the next paragraph is X, not the whip named before."""
    text = (
        "Officers on detail for House Majority Whip Tomas Novak (R-La.) saved lives.\n\n"
        "\u201cCapitol Police saved a lot of lives today,\u201d said Rep. Dana Roemer Daniel (Dan) Joseph "
        "RoemerTrump roasts Republicans at private fundraising event MORE (R-Tenn.), who recounted running for his life.\n\n"
        "\u201cI was running from where I was to get to that dugout as quickly as possible,\u201d he said."
    )
    found = speakers(nlp, text)
    assert found.get("Capitol Police saved") == "Dana Roemer"
    assert found.get("I was running") == "Dana Roemer"


def test_a_description_right_before_the_speakers_name_is_not_a_subject_of_its_own(nlp):
    """ "As the famous jurist Dana Whitfield once said, “...”": the parser gave "said" two subjects, "jurist" and
    "Whitfield"; the noun describes the name."""
    text = (
        "As the famous jurist Dana Whitfield once said, \u201cLiberty lies in the hearts of men and women; when it dies "
        "there, no court can save it.\u201d"
    )
    assert speakers(nlp, text).get("Liberty lies in") == "Dana Whitfield"


def test_a_speech_verb_opening_the_sentence_before_the_name_gives_the_speaker(nlp):
    """ "Tweeted Dana Roe, president of the union: “...”": the model reads the verb as a word of the name."""
    text = 'Tweeted Brenna Marsh, president of the Harbor Teachers Union: "You should walk this back, it is not right."'
    assert speakers(nlp, text).get("You should walk") == "Brenna Marsh"
    text = 'Wrote Brenna Marsh in a letter to the board: "We cannot accept these terms, and we will not."'
    assert speakers(nlp, text).get("We cannot accept") == "Brenna Marsh"


def test_a_speaker_set_off_by_an_apposition_before_told_whom_and_when(nlp):
    """ "“...!” another of the captives, X, told an officer as she leaped into his arms": to whom and when it was
    said is no statement of its own, so the long lead before "told" is still the speaker's."""
    text = '"You saved us! You saved us!" another of the captives, Brenna Marsh, told an officer as she leaped into his arms.'
    assert speakers(nlp, text).get("You saved us!") == "Brenna Marsh"
    text = 'Police arrived. "Get out of the car now!" Officer Brenna Marsh, a ten-year veteran, told reporters on Monday.'
    assert speakers(nlp, text).get("Get out of") == "Brenna Marsh"


def test_a_name_and_a_colon_opening_the_sentence_give_the_speaker(nlp):
    """A roundup's "Dana Roe: “...”"; a body's name and a colon is no person ("The report: “...”")."""
    text = (
        "Commentators were ecstatic.\n\nLaura Benson: \u201cI don't remember a pick that has so energized a campaign as "
        "this one.\u201d\n\nGlen Ashby: \u201cThe governor has made a great choice for the ticket.\u201d"
    )
    found = speakers(nlp, text)
    assert found.get("I don't remember") == "Laura Benson"
    assert found.get("The governor has") == "Glen Ashby"


def test_a_speech_verb_the_tagger_read_as_a_noun_still_frames_the_quote(nlp):
    text = 'Brenna Marsh hit back on Twitter, writing, "The report is false and everyone knows it."'
    assert speakers(nlp, text).get("The report is") == "Brenna Marsh"
