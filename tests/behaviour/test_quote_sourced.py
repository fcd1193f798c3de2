"""A quote its speech verb introduces, then "according to" (issue 15, session 21): "Roe said: “...,”
according to Doe" reports Roe's words and names where the report comes from; Doe did not say them.
A quote with no cue before it still goes to the source after it. Invented sentences only."""

from __future__ import annotations

import pytest
from test_quotes_stances import speakers


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (
            "Governor Tina Marsh said: \u201cWe have to take care of the families first,\u201d according to "
            "Ron Jameson, a lawmaker in the room.",
            "We have to",
            "Tina Marsh",
        ),
        (
            "Gary Doe\u2019s message during the standoff said: \u201cYou will never take me alive,\u201d according to "
            "Senate committee chairman Ron Jameson, who asked the company for the messages.",
            "You will never",
            "Gary Doe",
        ),
    ],
)
def test_the_verb_before_the_quote_speaks_not_the_source_after_it(nlp, text, opening, speaker):
    assert speakers(nlp, text).get(opening) == speaker


def test_a_quote_with_no_cue_before_it_is_the_source_s(nlp):
    text = (
        "The county board met on Monday to vote on the plan. \u201cWe will fight this plan in every court,\u201d "
        "according to Ron Jameson, a lawmaker."
    )
    assert speakers(nlp, text).get("We will fight") == "Ron Jameson"
