"""Members of a party a counted group lists ("three Republicans ...: Reps. A, B and C"): each listed name
is a member when the names are exactly as many as the number says; not otherwise."""

from __future__ import annotations

from test_behaviour import facts, of

STORY = (
    "House passes budget plan\n\n"
    "The House on Friday passed the budget plan 227-198. Leaders of the Republican Party said the vote was a signal.\n\n"
    "{sentence} No Democrats voted for the resolution.\n\n"
    "The Senate will take up the plan next week."
)


def test_a_counted_party_group_lists_its_members(nlp):
    got = facts(
        nlp,
        STORY.format(
            sentence="Only three Republicans crossed the aisle to side with Democrats against the measure: "
            "Reps. Dana Whitfield, Carlos Mendez and Priya Raman."
        ),
    )
    for who in ("Dana Whitfield", "Carlos Mendez", "Priya Raman"):
        assert of(got, who, "memberOf") == {"Republican Party"}, who


def test_a_list_of_another_count_gives_no_party(nlp):
    got = facts(
        nlp, STORY.format(sentence="Two Republicans said they would vote no: Reps. Henry Stone, Maria Lopez and Gina Tran.")
    )
    for who in ("Henry Stone", "Maria Lopez", "Gina Tran"):
        assert "Republican Party" not in of(got, who, "memberOf"), who
