"""Quotes whose marks were mistyped or lost, and speakers named in ways the frames missed (issue 15, round 3),
on invented sentences: a paragraph break lost inside a quote, an opening mark written for the closing one, a
quote opened with a single mark and closed with a double one (and the reverse), a name followed by a
description before a subjectless speech verb, and "questioned" after a quote."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_a_quote_whose_paragraph_break_was_lost_is_kept_and_attributed(nlp):
    text = (
        "Speaking before a vote on the budget, Gov. Dana Holt, the state's first woman governor, told a crowd in Salem:\n\n"
        '"Tonight is a time to mourn the victims and to help their families in every way we can. Each of us will '
        'hold our children closer tonight. "We will all spend less time on the worries of our day. The answer is '
        'that we stand together."\n\n'
        "The governor canceled two other events."
    )
    got = speakers(nlp, text)
    assert got.get("Tonight is a") == "Dana Holt"
    assert got.get("We will all") == "Dana Holt"


def test_an_opening_mark_written_for_the_closing_one_ends_the_quote(nlp):
    text = (
        "\u201cRural families can finally see a doctor near home,\u201d said Jo Marsh, president of the Valley Clinic "
        'Network. "This is a victory for every nurse who spoke out against the closures. We will keep pushing '
        "until every county has a clinic again.\u201c\n\nThe state approved the plan on Monday."
    )
    assert speakers(nlp, text).get("This is a") == "Jo Marsh"


def test_a_quote_opened_by_a_single_mark_and_closed_by_a_double_one_is_found(nlp):
    text = (
        '"The new plan is a giveaway to the insurers and nothing else," Kay Brandt said. \'We will not put our '
        'names on a plan that cuts care for the families who need it most."\n\nThe vote is set for Friday.'
    )
    assert speakers(nlp, text).get("We will not") == "Kay Brandt"


def test_a_double_quote_closed_by_a_single_mark_before_its_attribution_is_found(nlp):
    text = (
        "\u201cMake no mistake, this bill is a step toward closing every clinic in the state. It is unfair to the "
        "women who depend on them for care,\u2019 said Lena Ortiz, director of the Women's Health Project.\n\n"
        "The bill passed the House in June."
    )
    assert speakers(nlp, text).get("Make no mistake,") == "Lena Ortiz"


def test_questioned_after_a_quote_names_its_speaker(nlp):
    text = '"Why would your answer to all of this be fewer rules for the dealers?" Mara Quill questioned.'
    assert speakers(nlp, text) == {"Why would your": "Mara Quill"}


def test_that_is_what_a_person_said_after_a_quote_paragraph_names_its_speaker(nlp):
    text = (
        "Agency Apologizes for Its Website\n\n"
        '"You deserve better than this website. I am sorry. I am accountable to you."\n\n'
        "That's what Labor Secretary Dana Pike told the Senate panel on Tuesday during a hearing on the launch."
    )
    assert speakers(nlp, text).get("You deserve better") == "Dana Pike"
    nameless = text.replace("Labor Secretary Dana Pike", "the secretary")
    assert speakers(nlp, nameless).get("You deserve better") is None


def test_an_attribution_left_inside_a_quote_by_a_lost_closing_mark_is_kept_out(nlp):
    text = (
        'Sen. Marla Quint took the floor on Wednesday.\n\n"I rise today to speak against this nominee for the agency, Quint '
        'declared at noon. "I will speak until I can no longer speak, and as long as it takes to be heard."'
    )
    got = speakers(nlp, text)
    assert got.get("I rise today") == "Marla Quint"
    assert got.get("I will speak") == "Marla Quint"


def test_a_signed_quote_paragraph_split_by_a_lost_break_is_signed_whole(nlp):
    text = (
        "What the columnists wrote this week\n\n"
        "\u201cCritics will say the evidence in the report is thin. But thin evidence is still evidence. \u201cThere "
        "is enough here for the committee to act on the report now.\u201d\n\nDana Kerr, Valley Ledger"
    )
    got = speakers(nlp, text)
    assert got.get("Critics will say") == "Dana Kerr"
    assert got.get("There is enough") == "Dana Kerr"
