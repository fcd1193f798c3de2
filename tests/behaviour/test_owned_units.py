"""A title's body written as another body's possession ("senior fellow at the Brookings Institution's X
Program") is the named unit, not its owner (language/titleunits.py); an unnamed part ("the NAACP's legal
team") leaves the owner."""

from __future__ import annotations

from test_behaviour import facts, of


def test_title_of_a_named_unit_of_a_body(nlp):
    got = facts(nlp, '"It is wrong," says Audrey Lim, senior fellow at the Brookings Institution\'s Harbor Water Program.')
    assert of(got, "Audrey Lim", "memberOf") == {"Harbor Water Program"}
    assert ("Harbor Water Program", "partOf", "Brookings Institution") in got


def test_title_of_an_unnamed_part_stays_with_the_owner(nlp):
    got = facts(nlp, "Nora Feld, director of the NAACP's legal team, said the ruling was wrong.")
    assert of(got, "Nora Feld", "memberOf") == {"National Association for the Advancement of Colored People"}
    assert not of(got, "Nora Feld", "heads")


def test_unit_cut_at_a_comma_is_no_body(nlp):
    for words in ("Speech, Harbor, and Water Project", "Speech, Privacy, and Harbor Project"):
        text = f"Here's what Nora Feld, a senior policy analyst with the American Civil Liberties Union's {words}, has to say."
        got = facts(nlp, text)
        assert of(got, "Nora Feld", "memberOf") == {"American Civil Liberties Union"}, words
