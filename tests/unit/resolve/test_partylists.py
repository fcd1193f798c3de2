"""kg.resolve.partylists without the model: the persons a counted party group lists."""

from __future__ import annotations

from kg.resolve.partylists import counted_members


def _mentions(text: str, names: list[str], label: str = "Person") -> list[tuple]:
    return [(text.index(n), text.index(n) + len(n), n, label) for n in names]


def test_names_as_many_as_the_count_are_members():
    text = "Only three Republicans voted no: Reps. Ann Lee, Bo Diaz and Cy Park."
    got = counted_members(_mentions(text, ["Ann Lee", "Bo Diaz", "Cy Park"]), text, [(0, len(text))])
    assert got == {0: "Republican", 1: "Republican", 2: "Republican"}
    text = "two Democratic senators — Ann Lee and Bo Diaz — sold stock."
    assert counted_members(_mentions(text, ["Ann Lee", "Bo Diaz"]), text, [(0, len(text))]) == {0: "Democrat", 1: "Democrat"}


def test_another_count_or_other_words_give_none():
    text = "Two Republicans voted no: Ann Lee, Bo Diaz and Cy Park."
    assert counted_members(_mentions(text, ["Ann Lee", "Bo Diaz", "Cy Park"]), text, [(0, len(text))]) == {}
    text = "Two Democrats eye the seat: Lee's son, Bo, and Cy Park."
    assert counted_members(_mentions(text, ["Lee", "Bo", "Cy Park"]), text, [(0, len(text))]) == {}
    text = "Two years later: Ann Lee and Bo Diaz."
    assert counted_members(_mentions(text, ["Ann Lee", "Bo Diaz"]), text, [(0, len(text))]) == {}


def test_a_listed_name_may_carry_its_state():
    text = "Three Republicans voted no: Sens. Ann Lee of Maine, Bo Diaz (R-Ky.) and Cy Park of West Virginia."
    got = counted_members(_mentions(text, ["Ann Lee", "Bo Diaz", "Cy Park"]), text, [(0, len(text))])
    assert got == {0: "Republican", 1: "Republican", 2: "Republican"}
    text = "The eight that Democrats are targeting: Ann Lee and Bo Diaz."
    assert counted_members(_mentions(text, ["Ann Lee", "Bo Diaz"]), text, [(0, len(text))]) == {}
