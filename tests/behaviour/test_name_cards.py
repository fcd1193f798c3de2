"""Behaviour tests on names and offices the corpus audits found wrong: a web page's name card spliced
after a name (the full name with a nickname in parentheses, glued to the card's headlines, up to
"MORE") is page furniture and the name before it stays whole; an editor's brackets are no part of a
name; a state's office takes no federal department as its body; an envoy is no member of the place or body
named before the title; two agencies listed side by side are no part of each other.
Invented text only."""

from __future__ import annotations

import pytest
from test_behaviour import facts, of

CARD = (
    "The spending deal stalled on Tuesday. Senate Minority Leader Dana Whitfield Dana (Dee) Marie "
    "WhitfieldBudget talks collapse | House panel advances port security bill Lawmakers eye recess MORE "
    "(D-Ore.) said the vote would fail. Sen. Tomas Novak Tomas (Tom) Andrew NovakSenate passes stopgap "
    "bill, sending it to the president MORE (R-Ky.) agreed."
)


def test_a_name_card_after_a_name_leaves_the_name_whole(nlp):
    found = facts(nlp, CARD)
    names = {s for s, _, _ in found}
    assert "Dana Whitfield" in names and "Tomas Novak" in names
    assert not {n for n in names if "Dee" in n or n.endswith((" Dana", " Tomas"))}
    assert of(found, "Dana Whitfield", "title") == {"Minority Leader"}
    assert of(found, "Tomas Novak", "title") == {"Senator"}


def test_a_name_card_without_headlines_is_furniture_too(nlp):
    found = facts(nlp, "The deal stalled. Sen. Tomas Novak Tomas Andrew NovakMORE (R-Ky.) said the vote would fail.")
    assert of(found, "Tomas Novak", "title") == {"Senator"}


def test_a_name_card_of_a_surname_with_a_particle_is_furniture(nlp):
    """ "Mayor Lena van Dorn Lena van DornCouncil delays ... MORE": the lowercase particle is a word of the card too."""
    text = (
        "Crowds gathered downtown on Tuesday. Riverton Mayor Lena van Dorn Lena van DornCouncil delays budget vote "
        "| Transit strike ends MORE (D) appealed for calm as the night wore on."
    )
    found = facts(nlp, text)
    names = {s for s, _, _ in found}
    assert "Lena van Dorn" in names
    assert not {n for n in names if "Council" in n or "DornCouncil" in n}
    assert of(found, "Lena van Dorn", "title") == {"Mayor"}


def test_an_editors_parentheses_inside_a_name_are_not_part_of_it(nlp):
    """ "(Senate Majority Leader Harold) Rees": the name is Harold Rees, no ")" in it."""
    text = (
        "The vote failed. \u201cClearly (Senate Majority Leader Harold) Rees did not care about the 40,000 jobs that "
        "the bill would create,\u201d he said on Monday."
    )
    names = {s for s, _, _ in facts(nlp, text)}
    assert "Harold Rees" in names and not any(")" in n for n in names)


def test_an_editors_brackets_inside_a_name_are_not_part_of_it(nlp):
    found = facts(
        nlp, "The vote failed. “We will not give up,” said [Senate Minority Leader Dana] Whitfield, who spoke on Tuesday."
    )
    assert of(found, "Dana Whitfield", "title") == {"Minority Leader"}


def test_a_state_office_takes_no_federal_department_as_its_body(nlp):
    text = "{t} Dana Whitfield pointed to a memo released in 2013 in which the DOJ said it would defer to state efforts."
    assert ("Dana Whitfield", "heads", "U.S. Department of Justice") in facts(nlp, text.format(t="Attorney General"))
    state = facts(nlp, text.format(t="State Attorney General"))
    assert of(state, "Dana Whitfield", "title") == {"Attorney General"} and not of(state, "Dana Whitfield", "heads")


@pytest.mark.parametrize("before", ["Former Ukraine Ambassador", "U.N. Ambassador"])
def test_what_is_named_before_an_envoys_title_is_not_theirs(nlp, before):
    found = facts(nlp, f"{before} Dana Whitfield testified on Friday before the committee.")
    assert of(found, "Dana Whitfield", "title") == {"Ambassador"}
    assert not of(found, "Dana Whitfield", "memberOf") and not of(found, "Dana Whitfield", "heads")


def test_two_agencies_side_by_side_in_a_list_are_no_part_of_each_other(nlp):
    listed = facts(nlp, "Agents of the Federal Bureau of Prisons and the Department of Justice met on Monday.")
    assert not {f for f in listed if f[1] == "partOf"}
    said = facts(nlp, "The Federal Bureau of Prisons, part of the Department of Justice, released the report.")
    assert ("Federal Bureau of Prisons", "partOf", "U.S. Department of Justice") in said
