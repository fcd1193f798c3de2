"""Organization names the model misses after a private title (issue 15): "editor in chief of The X",
"Rabbi X of Y"; a run of ordinary words after the title is no name ("the Morning Crier")."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_name_opened_by_a_capital_the_after_a_private_title_is_an_organization(nlp):
    got = facts(nlp, "Tom Baker, the editor in chief of The Morning Crier, called the plan a mess.")
    assert of(got, "Tom Baker", "heads") == {"Morning Crier"}


def test_ordinary_words_after_a_private_title_name_no_organization(nlp):
    got = facts(nlp, "Tom Baker, the editor in chief of the Morning Crier, called the plan a mess.")
    assert not of(got, "Tom Baker", "heads") and not of(got, "Tom Baker", "memberOf")


def test_a_congregation_after_a_titled_name_is_the_clergyman_s(nlp):
    got = facts(nlp, "Kaye died while protecting Rabbi Moshe Levin of Congregation Ohr Chaim, who was evacuating children.")
    assert of(got, "Moshe Levin", "memberOf") == {"Congregation Ohr Chaim"}
    got = facts(nlp, "Kaye died while protecting Rabbi Moshe Levin of Kehilat Shemesh, who was evacuating children.")
    assert of(got, "Moshe Levin", "memberOf") == {"Kehilat Shemesh"}


def test_a_name_where_a_private_post_is_held_is_an_organization_whatever_the_model_says(nlp):
    got = facts(nlp, '"The deal is good," said Dana Whitfield, chief economist at Jonas Whitley.')
    assert of(got, "Dana Whitfield", "memberOf") == {"Jonas Whitley"}
    got = facts(nlp, '"This setback is not significant," said Omar Haddad, a law professor at UCSM.')
    assert of(got, "Omar Haddad", "memberOf") == {"UCSM"}
