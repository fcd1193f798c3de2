"""A speech verb said not to have happened is no cue of the quote before it: "(Neither X nor Y would
comment.)" after a quote does not make X its speaker (session 18's audit: a commentator's words were given to
the executive named in such a note). Invented sentences."""

from __future__ import annotations

from test_quotes_stances import speakers

NOTE = (
    "Donors meet in Park Hollow\n\n"
    "Mary Hallam, the chief executive of Pinecrest Labs, spoke first. At another session, Dana Roe, a party "
    "donor and television commentator, called the plan a “failure” and a “scheme that has misled voters for "
    "years.” (Neither Hallam nor Roe would comment.)\n\nThe meeting ended on Sunday."
)


def test_a_denied_comment_names_no_speaker(nlp):
    assert speakers(nlp, NOTE).get("scheme that has") != "Mary Hallam"


def test_a_stated_comment_still_does(nlp):
    text = NOTE.replace("(Neither Hallam nor Roe would comment.)", "“It is a scheme,” Hallam said.")
    assert speakers(nlp, text).get("It is a") == "Mary Hallam"
