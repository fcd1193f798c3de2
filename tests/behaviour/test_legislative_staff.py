"""Who works for a legislature holds no office in it (issue 15, kg.resolve.staffers): a committee's counsel
or a chamber's aide is a Person, while a department's counsel and a committee's members stay Officials."""

from __future__ import annotations

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_a_staff_title_in_a_committee_of_congress_makes_no_official(nlp):
    text = (
        "Dana Whitcombe, the majority counsel for the House Oversight Committee, questioned the witness on "
        "Tuesday. Whitcombe said the panel would meet again."
    )
    assert classes(nlp, text)["Dana Whitcombe"] == "Person"
    text = "Tom Velker, a senior adviser to the Senate Finance Committee, said the bill would pass."
    assert classes(nlp, text)["Tom Velker"] == "Person"


def test_a_departments_counsel_and_a_committees_member_stay_officials(nlp):
    text = "Ann Morrow, general counsel of the Department of Energy, said the rule would stand."
    assert classes(nlp, text)["Ann Morrow"] == "Official"
    text = "Rep. Jo Pratt, a member of the House Oversight Committee, said she would vote no."
    assert classes(nlp, text)["Jo Pratt"] == "Official"
