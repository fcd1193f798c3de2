"""Leaders of private groups on invented sentences (issue 15): a head title written after a group's
name is the group's office, not a head of state's ("Bright Path President X"); a council or board named
for a cause of private life is an organization, and its president no official."""

from __future__ import annotations

from kg.language.titleowners import named_owner_before, title_of_named_body
from kg.resolve.article import extract


def found(nlp, text):
    ex = extract(nlp(text), "d")
    names = {e.key: e.name for e in ex.entities}
    facts = {(names.get(f.subj), f.prop, names.get(f.obj)) for f in ex.facts if f.obj}
    return {e.name: e.cls for e in ex.entities}, facts


# -- "<Group> President X": the group's president ----------------------------------------------------


def test_a_president_after_a_group_name_word_is_no_head_of_state(nlp):
    text = "The letter was signed by leaders of conservative groups: Hearthstone President Dale Morrow; Kindred Light President Opal Wrenfield."
    classes, _ = found(nlp, text)
    assert classes.get("Dale Morrow") == "Person"
    assert classes.get("Opal Wrenfield") == "Person"


def test_a_president_after_no_name_stays_a_head_of_state(nlp):
    text = "When President Harlan Voss spoke, the crowd cheered. Former President Ida Marek listened."
    classes, _ = found(nlp, text)
    assert classes.get("Harlan Voss") == "Official"
    assert classes.get("Ida Marek") == "Official"


def test_words_before_a_title_that_name_no_group():
    text = "On Tuesday President A spoke; the Mexican President B and Democratic President C. Gen. Then-President D, Confederate President E"
    for name in "ABCDE":
        assert not named_owner_before(text, text.index(f"President {name}")), name
    text = "Leaders came: CitizenWay President E; Oak Hill List President F."
    assert named_owner_before(text, text.index("President E"))
    assert named_owner_before(text, text.index("President F"))


# -- a council of private life ------------------------------------------------------------------------


def test_a_council_named_for_a_family_cause_is_an_organization_its_president_a_person(nlp):
    text = "Led by Family Renewal Council President Tad Orwin, the group told donors to hold back their money."
    classes, facts = found(nlp, text)
    assert classes.get("Family Renewal Council") == "Organization"
    assert classes.get("Tad Orwin") == "Person"
    assert ("Tad Orwin", "heads", "Family Renewal Council") in facts


def test_a_board_of_directors_is_an_organization(nlp):
    text = "The Marlow Soccer Board of Directors voted to fire the coach on Monday."
    classes, _ = found(nlp, text)
    assert classes.get("Marlow Soccer Board of Directors") == "Organization"


def test_a_council_of_government_stays_an_agency(nlp):
    text = "The Fairview City Council voted 5-2 on Monday, and the Ohio State Board of Health agreed."
    classes, _ = found(nlp, text)
    assert classes.get("Fairview City Council") == "Agency"
    assert classes.get("Ohio State Board of Health") == "Agency"


def test_a_title_opening_with_its_body_head_noun():
    assert title_of_named_body("Council President", "Family Renewal Council")
    assert not title_of_named_body("President", "Family Renewal Council")
    assert not title_of_named_body("Council President", "NRA")


# -- a workplace the model read as a place -------------------------------------------------------------


def test_a_private_job_at_an_unknown_place_names_an_employer(nlp):
    text = '"Seeing that slowdown is concerning," said Ann Lorrimer, chief economist at Jefferies.'
    classes, facts = found(nlp, text)
    assert classes.get("Jefferies") == "Organization"
    assert ("Ann Lorrimer", "memberOf", "Jefferies") in facts


def test_a_private_job_at_a_known_city_is_no_employer(nlp):
    text = '"Seeing that slowdown is concerning," said Ann Lorrimer, chief economist at Denver.'
    classes, facts = found(nlp, text)
    assert classes.get("Denver") == "Place"
    assert not any(f[0] == "Ann Lorrimer" and f[1] == "memberOf" for f in facts)


def test_an_organization_set_off_after_a_title_is_the_title_s_body(nlp):
    text = "Dana Holt, executive chairman, Marlow Motor, shook hands with the union's negotiators on Monday."
    classes, facts = found(nlp, text)
    assert ("Dana Holt", "heads", "Marlow Motor") in facts
    assert classes.get("Dana Holt") == "Person"
