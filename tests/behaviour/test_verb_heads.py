"""A body's head said by a verb of heading in a clause of its own (language/headverbs.py): "X heads the Y",
"the Y is headed by X"; not a past act, a future or wished post, a negation, a quote, a ranking."""

from __future__ import annotations

from test_behaviour import facts, of


def test_present_verb_of_heading_gives_heads(nlp):
    for text in (
        "Nora Feld heads the Harbor Rights Fund.",
        "The Harbor Rights Fund is headed by Nora Feld, an activist involved in other cases.",
        "Nora Feld, an activist, leads the Harbor Rights Fund and its sister group.",
    ):
        assert of(facts(nlp, text), "Nora Feld", "heads") == {"Harbor Rights Fund"}, text


def test_no_heads_from_acts_wishes_denials_quotes_or_rankings(nlp):
    for text in (
        "Nora Feld led the Harbor Tigers to a win on Sunday.",
        "Nora Feld will head the Harbor Rights Fund next year.",
        "Nora Feld does not lead the Harbor Rights Fund.",
        "Nora Feld wants to lead the Harbor Rights Fund.",
        '"Nora Feld runs the Harbor Rights Fund," Tom Alder said.',
        "Nora Feld leads the Harbor Tigers in rushing yards.",
    ):
        got = facts(nlp, text)
        assert not of(got, "Nora Feld", "heads") and not of(got, "Nora Feld", "memberOf"), text
