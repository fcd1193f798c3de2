"""Quote speakers on invented sentences (issue 15, blind24's misses): a clause "<speaker> went on:" right
before a quote names its speaker as a speech verb would, and a pronoun after a quote goes past a news
outlet that asked the question ("after the Daily Ledger asked if he ...") to the person named before it."""

from __future__ import annotations

from test_quotes_stances import speakers


def test_a_speaker_who_went_on_before_a_colon_said_the_quote_after_it(nlp):
    text = (
        "Tomas Novak spoke to the farmers of the valley on Friday.\n\n"
        "The first remarks were about the drought. But Novak went on: "
        "\u201cWhen you think about why the river ran dry this year, I think it is important to look at the dams.\u201d"
    )
    assert speakers(nlp, text)["When you think"] == "Tomas Novak"


def test_going_on_with_no_subject_of_its_own_names_nobody(nlp):
    text = (
        "Governor Dana Holt spoke to the farmers of the valley on Friday.\n\n"
        "The memo goes on: \u201cWhen you think about why the river ran dry this year, it is important to look at the dams.\u201d"
    )
    assert speakers(nlp, text).get("When you think") != "Dana Holt"


def test_a_pronoun_after_a_quote_goes_past_the_outlet_that_asked_the_question(nlp):
    text = (
        "Sen. Marla Quint, R-Utah, hesitated Tuesday after the Daily Ledger asked if she backed the House bill. "
        "\u201cI am actually very much for the farmers,\u201d she said, but she would not say how she would vote."
    )
    assert speakers(nlp, text)["I am actually"] == "Marla Quint"
