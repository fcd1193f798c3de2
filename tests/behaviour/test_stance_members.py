"""Named members of a group of opponents or supporters (issue 15), on invented sentences: "opponents of
Y, such as A", "opponents like A argue that Y strips away rights", "critics, including A and B, say Y
hurts farmers"; with the near-misses that state none (critics of another thing, a negated verb of
saying, a group naming no member)."""

from __future__ import annotations

import pytest
from test_stance_predicates import LAW, stances


@pytest.mark.parametrize(
    "sentence, prop",
    [
        ("Opponents of the Harbor Act, such as Dave Orrin, say it hurts farmers.", "opposes"),
        ("Opponents like Dave Orrin, a director of the Farm Project, argue that the Harbor Act strips away rights.", "opposes"),
        ("Supporters like Dave Orrin say the Harbor Act saved the port.", "supports"),
        ("Critics of the Harbor Act including Dave Orrin rallied on Monday.", "opposes"),
    ],
)
def test_a_named_member_of_a_group_of_opponents_or_supporters_holds_its_stance(nlp, sentence, prop):
    assert stances(nlp, LAW + sentence) == {("Dave Orrin", prop, "Harbor Act")}


def test_each_member_listed_holds_it(nlp):
    text = LAW + "Critics, including Dave Orrin and Mara Quill, say the Harbor Act hurts farmers."
    assert stances(nlp, text) == {("Dave Orrin", "opposes", "Harbor Act"), ("Mara Quill", "opposes", "Harbor Act")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics of the tax, like Dave Orrin, say the Harbor Act hurts farmers.",  # critics of another thing
        "Supporters like Dave Orrin do not say the Harbor Act helps farmers.",  # negated
        "Critics say the Harbor Act hurts farmers, Dave Orrin wrote.",  # no member named
        "Critics like Dave Orrin say the Harbor Act's repeal would hurt farmers.",  # the law is not the subject
    ],
)
def test_no_stance_of_a_member_without_the_group_holding_it(nlp, sentence):
    assert not {s for s in stances(nlp, LAW + sentence) if s[0] == "Dave Orrin"}
