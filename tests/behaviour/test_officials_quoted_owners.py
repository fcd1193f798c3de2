"""A head title after a quote's attribution comma is the office of the group named before it
('"...," Acme President X said': kg.language.titleowners), not a head of state's; a bare "President X"
there, or after a quote ended by a full stop, still is."""

from __future__ import annotations

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_a_group_president_after_a_quote_comma_is_no_official(nlp):
    text = '"We will appeal the ruling," FRW President Dana Whitfield said in a statement.'
    assert classes(nlp, text).get("Dana Whitfield") == "Person"


def test_a_bare_president_after_a_quote_is_still_a_head_of_state(nlp):
    text = '"We will appeal the ruling," President Dana Whitfield said in a statement.'
    assert classes(nlp, text).get("Dana Whitfield") == "Official"
    text = '"We will appeal the ruling." President Dana Whitfield said the country would not bend.'
    assert classes(nlp, text).get("Dana Whitfield") == "Official"


def test_a_country_ending_a_groups_name_is_not_what_its_president_heads(nlp):
    from test_behaviour import facts

    for text in (
        "Pro-Family America President Dana Whitfield criticized the bill on Monday.",
        "Concerned Parents for America President Dana Whitfield criticized the bill on Monday.",
    ):
        got = facts(nlp, text)
        assert not {f for f in got if f[0] == "Dana Whitfield" and f[2] == "United States"}, text
    got = facts(nlp, "Former U.S. President Dana Whitfield criticized the bill on Monday.")
    assert ("Dana Whitfield", "heads", "United States") in got
