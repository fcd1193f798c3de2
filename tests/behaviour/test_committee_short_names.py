"""A committee named without its chamber ("the Judiciary Committee") in an article that speaks of one
chamber of Congress only and of no state legislature is that chamber's committee (issue 15,
kg.resolve.committees.one_chamber_committees), on invented sentences, with near misses."""

from __future__ import annotations

from test_behaviour import facts, of

SENATE = "United States Senate"
JUDICIARY = "U.S. Senate Committee on the Judiciary"


def test_the_short_committee_of_an_article_on_the_senate_is_the_senates(nlp):
    text = (
        "The Senate left for its recess. Chairman Mara Quill wants to rewrite Judiciary Committee procedures. "
        "Sen. Carl Dunmore of Ohio, the senior Republican on the committee, called that a mistake."
    )
    got = facts(nlp, text)
    assert (JUDICIARY, "partOf", SENATE) in got
    assert JUDICIARY in of(got, "Carl Dunmore", "memberOf")


def test_an_article_on_both_chambers_or_another_bodys_committee_says_no_chamber(nlp):
    got = facts(nlp, "The Senate adjourned, Sen. Carl Dunmore said. The House voted too. The Judiciary Committee met on Monday.")
    assert not any(s == JUDICIARY for s, _, _ in got)
    got = facts(nlp, "The Senate adjourned, Sen. Carl Dunmore said. The city council's Judiciary Committee met on Monday.")
    assert not any(s == JUDICIARY for s, _, _ in got)
    got = facts(nlp, "The Legislature adjourned, state Sen. Carl Dunmore said. The Judiciary Committee met on Monday.")
    assert not any(s == JUDICIARY for s, _, _ in got)


def test_the_short_name_never_joins_the_two_chambers_committees_across_articles(nlp):
    got = facts(
        nlp,
        "The Senate adjourned on Friday, Sen. Carl Dunmore said. The Judiciary Committee met on Monday.",
        "The House voted on Friday, Rep. Dana Whitfield said. The House Judiciary Committee met on Monday. "
        "Chairman Mara Quill of the Judiciary Committee spoke.",
    )
    assert (JUDICIARY, "partOf", SENATE) in got
    assert (JUDICIARY, "partOf", "United States House of Representatives") not in got
