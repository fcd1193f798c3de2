"""A bare "House" or "Senate" in an article on a state legislature (issue 15), on invented sentences: an
article about one state that names no part of Congress but speaks of the state's legislature (a state
bill by number, "state lawmakers", "the Statehouse", "Oregon's House") reads them as the state's chambers;
one that also speaks of Congress leaves them as they were; and a state's chamber is part of the state's
legislature when the article names that legislature."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_state_bill_number_makes_a_bare_chamber_the_states(nlp):
    text = (
        "Oregon Gov. Dana Whitfield vetoed HB 312 on Friday. The House voted to override the veto, "
        "but the Senate fell two votes short. Oregon farmers had opposed the bill."
    )
    got = facts(nlp, text)
    assert ("Oregon House", "jurisdiction", "Oregon") in got
    assert ("Oregon Senate", "jurisdiction", "Oregon") in got


def test_state_lawmakers_make_a_bare_chamber_the_states(nlp):
    text = (
        "Oregon teachers rallied on Monday as state lawmakers debated the pay raise. The Senate approved it "
        "late in the evening. Oregon schools stayed closed."
    )
    assert ("Oregon Senate", "jurisdiction", "Oregon") in facts(nlp, text)


def test_an_article_that_also_speaks_of_congress_leaves_a_bare_chamber_as_it_was(nlp):
    text = (
        "Oregon Gov. Dana Whitfield vetoed HB 312 on Friday, and Congress debated a similar bill. "
        "The Senate fell two votes short. Oregon farmers had opposed the bill."
    )
    assert not any(s.startswith("Oregon Senate") for s, _, _ in facts(nlp, text))


def test_a_state_chamber_is_part_of_its_states_legislature_when_named(nlp):
    text = (
        "The Oregon Legislature failed on Thursday to override the veto of HB 312 by Oregon Gov. Dana Whitfield. "
        "Although the House had enough votes, the Senate came up one vote short. Oregon farmers had opposed the bill."
    )
    got = facts(nlp, text)
    # both carry the state's names for them (legislatures.json) and keep the name the article gives them
    assert of(got, "Oregon House", "partOf") == {"Oregon Legislature"}
    assert of(got, "Oregon Senate", "partOf") == {"Oregon Legislature"}
    # no legislature named: no partOf added
    alone = "Oregon Gov. Dana Whitfield vetoed HB 312 in Oregon. The Senate came up one vote short."
    assert not {f for f in facts(nlp, alone) if f[1] == "partOf"}


def test_a_chamber_word_modifying_another_noun_is_no_part_of_the_legislature(nlp):
    text = (
        "Oregon voters will decide the measure in the Aug. 19 primary. Signatures must come from at least 7 percent "
        "of voters in at least 30 House districts. In 2006, the Oregon Legislature passed a law on it. "
        "Oregon farmers had opposed it."
    )
    assert not {f for f in facts(nlp, text) if f[1] == "partOf"}


def _oregon_chambers(got) -> set[str]:
    return {x for s, _, o in got for x in (s, o) if isinstance(x, str) and x.startswith("Oregon ") and x != "Oregon"}


def test_a_listed_member_of_congress_from_another_state_leaves_a_bare_chamber_as_it_was(nlp):
    # a column about one state's voting laws that turns to Congress without saying "Congress": the
    # chambers' leader is a listed senator of another state, under a leader's title
    base = (
        "Oregon lawmakers passed a strict voter ID law in May. When the state legislature voted, Oregon "
        "clerks warned of long lines. After winning the House, Democrats passed a voting bill, which "
    )
    got = facts(nlp, base + "sits on the desk of Senate Majority Leader Slade Gorton.")
    assert _oregon_chambers(got) == set()
    assert "Oregon House" in _oregon_chambers(facts(nlp, base + "sits on a desk in Salem."))


def test_a_bare_chamber_in_a_sentence_naming_another_state_or_before_a_race_stays_bare(nlp):
    text = (
        "Oregon lawmakers passed HB 312 in May, and Oregon clerks rejoiced. Idaho Gov. Dana Whitfield shook "
        "hands with Senate President Carlos Mendez after signing a similar bill. The tight Senate race in "
        "Oregon drew national money."
    )
    got = facts(nlp, text)
    assert not any(o.startswith("Oregon Senate") for s, _, o in got if s in ("Carlos Mendez", "Oregon Senate"))
    assert of(got, "Carlos Mendez", "heads") != {"Oregon Senate"}
    assert "Oregon Senate" not in _oregon_chambers(got)
