"""A person's first name and surname beside the same name with middle names, and an outlet's name beside its
web address or call sign, are one entity in an article (kg.resolve.corefvariants)."""

from __future__ import annotations

from kg.resolve.article import extract


def names(nlp, text):
    return {e.name: set(e.names) for e in extract(nlp(text), "d0").entities}


def test_middle_names_and_suffix(nlp):
    found = names(
        nlp,
        "Senator Harold Quincy Brandt III of Nebraska died on Saturday. Brandt served in the Senate for decades. "
        '"He was a patient man," said Harold Brandt\'s friend Ellen Moss.',
    )
    assert [n for n, ns in found.items() if "Harold Brandt" in ns] == ["Harold Quincy Brandt III"]


def test_outlet_with_and_without_its_web_address(nlp):
    found = names(
        nlp,
        "CivicWire.com reported the vote on Tuesday. According to CivicWire, the bill passed by two votes. "
        "The mayor told KWXY-TV that the city was safe. KWXY later said the mayor had declined to comment.",
    )
    assert sum("CivicWire" in n for n in found) == 1
    assert sum("KWXY" in n for n in found) == 1


def test_a_department_named_before_secretary_keeps_the_name_written(nlp):
    found = names(nlp, "Health and Human Services Secretary Dana Holt said the plan would work on Monday.")
    hhs = [ns for ns in found.values() if "Health and Human Services" in ns]
    assert len(hhs) == 1 and "U.S. Department of Health and Human Services" in hhs[0]


def test_a_relative_named_with_a_middle_initial_is_a_namesake(nlp):
    found = names(
        nlp,
        "Senator Harold Brandt spoke on Monday. His father, Adm. Harold T. Brandt, commanded the fleet for years. "
        "Harold Brandt said his father was a hard man.",
    )
    assert not [n for n, ns in found.items() if "Harold Brandt" in ns and "Harold T. Brandt" in ns]
