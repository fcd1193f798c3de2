"""The copula rule reads past an apposition or a relative clause of its subject set off by commas: "X, the
senator's father, is a former mayor of Y" heads Y as "X is a former mayor of Y" does (kg.language.titlecopulas)."""

from __future__ import annotations

from test_behaviour import facts


def test_a_copula_after_an_apposition_gives_the_title(nlp):
    found = facts(
        nlp,
        "Dana Roe, the senator's father, is a popular former mayor of Springfield. "
        "Lee Fox, who joined in 2010, is director of the Harbor Institute.",
    )
    assert ("Dana Roe", "heads", "Springfield") in found
    assert ("Lee Fox", "heads", "Harbor Institute") in found


def test_a_title_inside_the_apposition_is_not_the_copulas(nlp):
    found = facts(nlp, "Ann Cole, the mayor's sister, is a friend of the director of the Harbor Institute.")
    assert not {f for f in found if f[0] == "Ann Cole" and f[1] in ("heads", "memberOf")}
