"""Campaigning for a seat is no stance (issue 15): "X campaigns for the White House" seeks an office in that
body; "X campaigned for Proposition 12" takes a side on the measure."""

from __future__ import annotations

from test_behaviour import facts, of


def test_campaigning_for_a_body_is_no_stance(nlp):
    got = facts(nlp, "Dana Whitfield, a senator from Ohio, campaigned for the White House in 2016.")
    assert of(got, "Dana Whitfield", "supports") == set()
    got = facts(nlp, "Sen. Dana Whitfield is backing a new inquiry that could hurt her as she campaigns for the White House.")
    assert of(got, "Dana Whitfield", "supports") == set()


def test_campaigning_for_a_law_is_support(nlp):
    got = facts(nlp, "Gov. Dana Whitfield of Ohio campaigned for the Clean Water Restoration Act last fall.")
    assert of(got, "Dana Whitfield", "supports") == {"Clean Water Restoration Act"}
