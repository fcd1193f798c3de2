"""A past holder of a one-holder public office written with "a"/"an" headed its place (issue 15): "X, a former
mayor of Oakdale", "X is an ex-governor of Ohio" head them, as "former Mayor X" does (kg:heads means holds or
held). "X, a director of Y" and "a former president of the Harbor Fund" (no public office) stay members."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_former_mayor_headed_the_city(nlp):
    assert of(facts(nlp, "Tomas Novak, a former mayor of Oakdale, spoke on Monday."), "Tomas Novak", "heads") == {"Oakdale"}
    assert of(facts(nlp, "Tomas Novak is an ex-governor of Ohio."), "Tomas Novak", "heads") == {"Ohio"}


def test_one_of_several_stays_a_member(nlp):
    got = facts(nlp, "Tomas Novak, a director of the Harbor Fund, spoke.")
    assert of(got, "Tomas Novak", "heads") == set() and of(got, "Tomas Novak", "memberOf") == {"Harbor Fund"}
    got = facts(nlp, "Tomas Novak, a former president of the Harbor Fund, spoke.")
    assert of(got, "Tomas Novak", "heads") == set()
