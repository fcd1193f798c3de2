"""Titles a present copula gives the name it follows ("X is a senior fellow at Y"): the title and the
body it is of; not an office sought, another's office, a denied or a future one."""

from __future__ import annotations

from test_behaviour import facts, of

STORY = (
    "Council weighs new transit plan\n\n"
    "The city council on Tuesday debated a plan to expand bus service across the east side.\n\n"
    "{sentence} He said the plan would cost too much.\n\n"
    "Supporters said the plan would help commuters. The council will vote on the plan next month.\n\n"
    "Bus riders packed the hearing room, and several spoke in favor of the expansion."
)


def test_copula_gives_title_and_membership(nlp):
    got = facts(nlp, STORY.format(sentence="Greg Hallam is Western region director for the Pinecrest Institute."))
    assert any("director" in t.lower() for t in of(got, "Greg Hallam", "title"))
    assert "Pinecrest Institute" in of(got, "Greg Hallam", "memberOf")
    got = facts(nlp, STORY.format(sentence="Dana Whitcomb is a program director at the Northfield Policy Center."))
    assert any("director" in t.lower() for t in of(got, "Dana Whitcomb", "title"))
    assert "Northfield Policy Center" in of(got, "Dana Whitcomb", "memberOf")
    assert "Northfield Policy Center" not in of(got, "Dana Whitcomb", "heads")  # "a program director": one of several


def test_copula_near_misses_give_no_title(nlp):
    for sentence, who in (
        ("Mark Deleon is a candidate for mayor of Fairview.", "Mark Deleon"),
        ("Jorge Pena is the son of the director of the Harbor Policy Center.", "Jorge Pena"),
        ("Lisa Tranh is not the director of the Harbor Policy Center.", "Lisa Tranh"),
        ("Rosa Ibarra is expected to be named director of the Harbor Policy Center.", "Rosa Ibarra"),
    ):
        got = facts(nlp, STORY.format(sentence=sentence))
        assert not of(got, who, "title"), sentence
        assert not of(got, who, "memberOf") and not of(got, who, "heads"), sentence


def test_copula_in_a_condition_or_a_quote_gives_no_title(nlp):
    for sentence, who in (
        ("Residents will suffer if Mark Deleon is mayor of Fairview.", "Mark Deleon"),
        ("“Without the fraud, Jorge Pena is the governor of Oregon,” Ms. Tran said.", "Jorge Pena"),
    ):
        got = facts(nlp, STORY.format(sentence=sentence))
        assert not of(got, who, "title"), sentence
        assert not of(got, who, "heads") and not of(got, who, "memberOf"), sentence


def test_no_title_from_a_doubted_clause(nlp):
    """Found by session 18's audit of new facts (both readers: wrong): "I don't believe X is a master
    strategist" denies what the clause says."""
    for sentence, who in (
        ("I do not believe Greg Hallam is a master strategist.", "Greg Hallam"),
        ("Critics claim Dana Whitcomb is the real director of the Northfield Policy Center.", "Dana Whitcomb"),
    ):
        got = facts(nlp, STORY.format(sentence=sentence))
        assert not of(got, who, "title") and not of(got, who, "memberOf") and not of(got, who, "heads"), sentence
