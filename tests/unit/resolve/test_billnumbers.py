"""A state bill's short and long number forms in one article (kg.resolve.billnumbers)."""

from __future__ import annotations

from kg.resolve.billnumbers import bill_forms, bill_key


def _m(*named: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    return [(i * 100, i * 100 + len(n), n, lb) for i, (n, lb) in enumerate(named)]


def test_short_and_long_forms_share_initials_and_number():
    assert bill_key("House Bill 7") == bill_key("HB7") == bill_key("H.B. 7") == bill_key("HB 7") == "hb7"
    assert bill_key("Senate File 12") == bill_key("S.F. 12")
    assert bill_key("H.R. 4760") is None  # Congress's bills are not of the state form
    assert bill_key("Senate Bill 7") != bill_key("HB7")


def test_forms_of_one_bill_are_paired_others_kept_apart():
    mentions = _m(("Assembly Bill 9", "Law"), ("SB 9", "Law"), ("AB9", "Law"), ("AB 9", "Organization"))
    assert bill_forms(mentions) == [(2, 0)]
