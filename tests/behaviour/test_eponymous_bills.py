"""A bill named for its sponsors (issue 15): "the Smith-Jones bill" is a Law, one entity however the
article orders the names or calls it (bill, legislation, law), and a stance on it is a stance on a law;
a hyphenated place before "law firm" or "law school" names no law."""

from __future__ import annotations

from kg.resolve.article import extract


def facts(nlp, text: str):
    x = extract(nlp(text), "d")
    names = {e.key: (e.name, e.cls) for e in x.entities}
    return names, {(names[f.subj][0], f.prop, names[f.obj][0]) for f in x.facts if f.obj in names}


def test_a_bill_named_for_its_sponsors_is_one_law_and_takes_stances(nlp):
    names, got = facts(
        nlp,
        "The Hollis-Brandt bill would end the tax credit. Senator Mara Quint says she opposes the Hollis-Brandt bill. "
        "The Brandt-Hollis legislation needs 50 votes. What would the Hollis-Brandt health care bill cost?",
    )
    laws = [n for n, c in names.values() if c == "Law"]
    assert laws == ["Hollis-Brandt bill"]
    assert ("Mara Quint", "opposes", "Hollis-Brandt bill") in got


def test_a_hyphenated_place_before_law_firm_or_law_school_is_no_law(nlp):
    names, _ = facts(nlp, "She joined a Glenmoor-Ashby law firm after studying at a Pell-Ridge law school.")
    assert not [n for n, c in names.values() if c == "Law"]


def test_the_chambers_of_a_compromise_bill_are_no_sponsors(nlp):
    names, _ = facts(nlp, "Leaders met on Monday to finish the House-Senate budget bill.")
    assert not [n for n, c in names.values() if c == "Law"]
