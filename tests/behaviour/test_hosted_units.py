"""A unit "at" a university is part of it (issue 15): "the Center for the Study of X at the University
of Y" partOf the university; a body whose name has no unit head word ("the Z Foundation at Y College")
is not made part of it."""

from __future__ import annotations

from kg.resolve.article import extract


def facts(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.obj in names}


def test_a_center_at_a_university_is_part_of_it(nlp):
    got = facts(nlp, "The Center for Rural Water Policy at the University of Northern Iowa released a report on Monday.")
    assert ("Center for Rural Water Policy", "partOf", "University of Northern Iowa") in got


def test_a_school_at_a_college_is_part_of_it(nlp):
    got = facts(nlp, "She teaches at the School of Public Affairs at Brenley College in Ohio.")
    assert ("School of Public Affairs", "partOf", "Brenley College") in got


def test_a_body_that_names_no_unit_is_not_made_part_of_a_university(nlp):
    got = facts(nlp, "A fellow at the Harwick Foundation at Brenley College said the law was flawed.")
    assert not {f for f in got if f[1] == "partOf"}


def test_a_unit_name_cut_after_and_is_not_made_part(nlp):
    got = facts(nlp, "Nia Cole leads the Housing Research and Policy Center at Brenley University in Ohio.")
    assert ("Policy Center", "partOf", "Brenley University") not in got


def test_a_host_named_with_its_campus_after_a_comma_gives_no_fact(nlp):
    got = facts(nlp, "The Prairie Science Center at the University of California, Berkeley, released a study.")
    assert not {f for f in got if f[1] == "partOf"}
