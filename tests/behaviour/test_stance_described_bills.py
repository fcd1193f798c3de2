"""Stances on invented sentences: a bill the article describes ("the ferry safety bill") is the law it names
when the description stands beside the name or leads the article naming one bill by its number; otherwise it
is another bill, and a bare "the bill" names no law (kg.language.describedbills)."""

from __future__ import annotations

import pytest
from test_stance_holders import stances


@pytest.mark.parametrize(
    "text",
    [
        # the lead describes the bill, the article names it by number later
        "Lawmakers sent the strictest ferry safety bill in the region to the governor on Tuesday. The Senate voted "
        "20-5 to pass HB 1207 after a long debate. Senator Dana Price, who ushered the bill through the chamber, "
        "said ferries would be safer.",
        # the description in apposition with the name
        "The Senate passed HB 1207, the strictest ferry safety bill in the region, on Tuesday. Senator Dana Price "
        "sponsored the bill.",
        # the description in parentheses after the name
        "The Senate passed House Bill 1207 (the ferry safety bill) on Tuesday. Senator Dana Price sponsored the bill.",
    ],
)
def test_a_described_bill_that_is_the_named_bill_leaves_the_bill_its_law(nlp, text):
    got = stances(nlp, text)
    assert {s for s in got if s[0] == "Dana Price"} & {
        ("Dana Price", "supports", "HB 1207"),
        ("Dana Price", "supports", "House Bill 1207"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the law is named by another name than a bill number: the spending bill may amend or fund it
        "Congress passed the spending bill on Friday after a long night. The Harbor Act still funds the port. "
        "Senator Jane Roe voted for the bill.",
        # the described bill comes after the bill number: another bill
        "The Senate passed HB 1207 in May. The House passed the spending bill on Friday. Senator Jane Roe voted for the bill.",
        # the article names two bills by number: the lead's description may be either
        "Lawmakers sent the ferry safety bill to the governor on Tuesday. The Senate passed HB 1207 and HB 1300. "
        "Senator Jane Roe voted for the bill.",
    ],
)
def test_a_described_bill_that_may_be_another_leaves_the_bill_no_law(nlp, text):
    assert not {s for s in stances(nlp, text) if s[0] == "Jane Roe"}
