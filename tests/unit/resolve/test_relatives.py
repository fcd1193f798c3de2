"""A bare surname beside relatives of its bearer (kg.resolve.relatives), on hand-built mentions."""

from __future__ import annotations

from kg.resolve.relatives import introduced_as_relative, main_bearers


def _mentions(text, spans):
    """(start, end, name, label) for each (name, label, occurrence) in ``spans``."""
    out = []
    for name, label, nth in spans:
        at = -1
        for _ in range(nth + 1):
            at = text.index(name, at + 1)
        out.append((at, at + len(name), name, label))
    return out


def _pairs(text, spans):
    mentions = _mentions(text, spans)
    return {(mentions[i][2], mentions[j][2]) for i, j in main_bearers(text, mentions, lambda k: k)}


def test_a_kinship_noun_before_or_in_an_apposition_after_the_name_introduces_a_relative():
    text = "His younger brother, Tom Vale, spoke. Ann Vale, the victim's stepmother, wept. Bo Vale said so."
    assert introduced_as_relative(text, text.index("Tom Vale"), text.index("Tom Vale") + 8)
    assert introduced_as_relative(text, text.index("Ann Vale"), text.index("Ann Vale") + 8)
    assert not introduced_as_relative(text, text.index("Bo Vale"), text.index("Bo Vale") + 7)
    text = "A sonnet by Al Vale. Grandsons of the mayor met Cy Vale."
    assert not introduced_as_relative(text, text.index("Al Vale"), text.index("Al Vale") + 7)  # "son" inside a word
    assert introduced_as_relative(text, text.index("Cy Vale"), text.index("Cy Vale") + 7)  # a plural


def test_the_bare_surname_is_the_first_bearer_when_the_others_are_named_as_relatives():
    text = "Gus Marlow died in May. His younger brother, Tom Marlow, spoke. Marlow was 46."
    spans = [("Gus Marlow", "Person", 0), ("Tom Marlow", "Person", 0), ("Marlow", "Person", 2)]
    assert _pairs(text, spans) == {("Marlow", "Gus Marlow")}


def test_the_bare_surname_stays_undecided_when_another_bearer_is_not_a_relative_or_holds_office():
    text = "Gus Marlow died in May. Professor Tom Marlow spoke. Marlow was 46."
    spans = [("Gus Marlow", "Person", 0), ("Tom Marlow", "Person", 0), ("Marlow", "Person", 2)]
    assert _pairs(text, spans) == set()
    text = "Gus Marlow spoke in May. His wife, Ann Marlow, a senator, spoke too. Marlow said no."
    spans = [("Gus Marlow", "Person", 0), ("Ann Marlow", "Official", 0), ("Marlow", "Person", 2)]
    assert _pairs(text, spans) == set()  # a relative who holds office may be the one meant


def test_the_bare_surnames_honorific_must_fit_the_first_bearer():
    text = "Gus Marlow died in May. His mother, Ann Marlow, spoke. Ms. Marlow wept, and Marlow was 46."
    spans = [("Gus Marlow", "Person", 0), ("Ann Marlow", "Person", 0), ("Marlow", "Person", 2), ("Marlow", "Person", 3)]
    assert _pairs(text, spans) == set()
