"""Stances of a bill's sponsors written in the passive and of a holder's own decision, on invented
sentences (issue 15):
"the bill was sponsored by X", "the 2003 version of the bill was sponsored by X" (a definite bill noun
is the article's law for a verb of sponsoring, as in "X sponsored the bill"); "the House bill, known as
Y and co-sponsored by many Democrats, including X" (the name given right after the noun, whoever's
name qualifies it; a party's members named as a group); "X announced his decision to end Y", "X
criticized Z's decision to end Y" (the decision's owner holds the stance, not the one reporting it).
No stance from another bill ("a similar bill"), nor from an unowned decision."""

from __future__ import annotations

import pytest
from test_stance_marks import stances

LAW = "Congress debated the Harbor Safety Act last year. "


@pytest.mark.parametrize(
    "text",
    [
        LAW + "The bill was sponsored by Senator Dana Price, R-Maine.",
        LAW + "The 2009 version of the bill was sponsored by Senator Dana Price and had four co-sponsors.",
        LAW + "Senator Dana Price sponsored the bill.",
        LAW + "Senator Dana Price is a co-sponsor of the bill.",
    ],
)
def test_the_sponsor_of_the_articles_bill_supports_it_active_or_passive(nlp, text):
    assert ("Dana Price", "supports", "Harbor Safety Act") in stances(nlp, text)


def test_a_member_of_a_party_group_co_sponsoring_a_bill_named_after_it_supports_it(nlp):
    text = (
        "Lawmakers met on Monday. The Senate bill, known as the Harbor Safety Act and co-sponsored by more than "
        "40 Democrats, including Senator Dana Price, would fund ten ports."
    )
    assert ("Dana Price", "supports", "Harbor Safety Act") in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [LAW + "A similar bill was sponsored by Senator Dana Price.", LAW + "Several bills were sponsored by Senator Dana Price."],
)
def test_another_bill_sponsored_gives_no_stance_on_the_articles_law(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Dana Price"}


def test_the_owner_of_a_decision_to_end_a_law_opposes_it_not_who_reports_it(nlp):
    text = "Senate Republicans praised President Lee Orrin after he announced his decision to end the Harbor Safety Act."
    assert ("Lee Orrin", "opposes", "Harbor Safety Act") in stances(nlp, text)
    got = stances(nlp, "Governor Dana Price criticized President Lee Orrin's decision to end the Harbor Safety Act.")
    assert ("Lee Orrin", "opposes", "Harbor Safety Act") in got
    assert ("Dana Price", "opposes", "Harbor Safety Act") not in got


def test_an_unowned_decision_to_end_a_law_is_nobodys_stance(nlp):
    got = stances(nlp, "Governor Dana Price criticized the decision to end the Harbor Safety Act.")
    assert ("Dana Price", "opposes", "Harbor Safety Act") not in got


@pytest.mark.parametrize("sponsoring", ["The bill is sponsored by Senator Dana Price.", "Senator Dana Price sponsored the bill."])
def test_the_sponsor_of_a_bill_that_acts_to_repeal_a_law_is_not_its_supporter(nlp, sponsoring):
    text = "Lawmakers introduced a new bill on Tuesday. The bill seeks to repeal the Harbor Safety Act, a 2005 law. "
    assert ("Dana Price", "supports", "Harbor Safety Act") not in stances(nlp, text + sponsoring)
