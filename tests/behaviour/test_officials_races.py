"""Officials the article names without an office (issue 15): a listed governor named among presidential
candidates with no state named ("fellow presidential candidates X and Y"), and a press secretary after a
known body written in title case ("White House Press Secretary X"). Invented sentences; the governors'
names are real names from governors.tsv."""

from __future__ import annotations

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_a_listed_governor_among_presidential_candidates_is_an_official(nlp):
    text = "The essays came from fellow presidential candidates Mike Huckabee and Bobby Jindal last spring."
    found = classes(nlp, text)
    assert [found.get(n) for n in ("Mike Huckabee", "Bobby Jindal")] == ["Official", "Official"]


def test_a_governors_namesake_outside_a_presidential_race_stays_a_person(nlp):
    assert classes(nlp, "Mike Huckabee, a plumber from Ohio, fixed the sink on Tuesday.").get("Mike Huckabee") == "Person"


def test_a_press_secretary_of_a_known_body_in_title_case(nlp):
    x = extract(nlp("White House Press Secretary Dana Morrow told reporters the plan was dead."), "d")
    names = {e.key: (e.name, e.cls) for e in x.entities}
    assert ("White House", "Agency") in names.values()
    assert ("Dana Morrow", "Official") in names.values()
    assert any(names[f.subj][0] == "Dana Morrow" and f.prop == "memberOf" and names[f.obj][0] == "White House" for f in x.facts)


def test_a_place_before_council_member_still_names_the_council(nlp):
    x = extract(nlp("Former D.C. Council member Dana Morrow has continued to voice support for the program."), "d")
    names = {e.key: (e.name, e.cls) for e in x.entities}
    assert ("D.C. Council", "Agency") in names.values()
