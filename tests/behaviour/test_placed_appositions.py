"""An apposition or relative clause after "of <place>," is the person's, as after a party-and-state label
("Senator X of Iowa, the chairman of Y", "X of Austin, Texas, the president of Y", "Senator X of Iowa, who
chairs Y"); after the place a described person ("a member of") is still no title. Invented names only."""

from __future__ import annotations

from kg.resolve.article import extract


def facts(nlp, text):
    x = extract(nlp(text), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names.get(f.obj) if f.obj else f.value) for f in x.facts}


def test_the_chairman_after_a_senators_state(nlp):
    found = facts(nlp, "Senator Carl Brenner of Iowa, the chairman of the Senate Judiciary Committee, spoke on Monday.")
    assert ("Carl Brenner", "title", "chairman") in found
    assert ("Carl Brenner", "heads", "U.S. Senate Committee on the Judiciary") in found


def test_a_title_after_a_city_and_state(nlp):
    found = facts(nlp, "Dana Holt of Austin, Texas, the president of the Harbor Coalition, spoke on Monday.")
    assert ("Dana Holt", "heads", "Harbor Coalition") in found


def test_a_relative_clause_after_the_state(nlp):
    found = facts(nlp, "Senator Carl Brenner of Iowa, who chairs the Senate Judiciary Committee, spoke on Monday.")
    assert ("Carl Brenner", "heads", "U.S. Senate Committee on the Judiciary") in found


def test_a_member_after_the_state_heads_nothing(nlp):
    found = facts(nlp, "Senator Carl Brenner of Iowa, a member of the Senate Judiciary Committee, spoke on Monday.")
    assert not {f for f in found if f[1] == "heads"}


def test_a_committee_named_with_the_serial_comma_is_the_listed_committee(nlp):
    found = facts(
        nlp, "Senator Carl Brenner of Iowa, the chairman of the Health, Education, Labor, and Pensions Committee, spoke."
    )
    assert ("Carl Brenner", "heads", "U.S. Senate Committee on Health, Education, Labor, and Pensions") in found


def test_an_office_sought_in_a_relative_clause_is_no_title(nlp):
    sought = facts(nlp, "House Majority Leader Kevin Marsh of Ohio, who is seeking to become the next House speaker, spoke.")
    nominated = facts(nlp, "Dana Holt, who was nominated to serve as ambassador to Spain, spoke on Monday.")
    held = facts(nlp, "Dana Holt, who served as chairman of the Harbor Coalition, spoke on Monday.")
    assert not {f for f in sought if f[1] == "title" and f[2].lower() == "speaker"}
    assert not {f for f in nominated if f[1] == "title"}
    assert ("Dana Holt", "heads", "Harbor Coalition") in held
