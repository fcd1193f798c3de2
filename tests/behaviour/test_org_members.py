"""People and the non-government organizations they are of (issue 15), on invented sentences: "X of
the Y" names the organization X speaks for; an expert or a scientist "at Y" works there. A place, a
government body (whose titles say what the person holds there), a part of the organization or a longer name than the one found gives nothing."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_person_of_an_organization_is_a_member_of_it(nlp):
    got = facts(nlp, '"We will appeal," said Tomas Reyes of the Center for Rural Renewal.')
    assert of(got, "Tomas Reyes", "memberOf") == {"Center for Rural Renewal"}
    assert of(got, "Tomas Reyes", "heads") == set()


def test_a_described_organization_after_of_is_still_the_persons(nlp):
    got = facts(nlp, "Mara Lindqvist of the conservative Hartwell Policy Institute noted that costs would rise.")
    assert of(got, "Mara Lindqvist", "memberOf") == {"Hartwell Policy Institute"}


def test_a_person_of_a_place_is_no_member_of_it(nlp):
    got = facts(nlp, '"It is fine," said Nora Quill of Chicago.')
    assert of(got, "Nora Quill", "memberOf") == set()


def test_a_person_of_a_government_body_is_left_to_their_title(nlp):
    got = facts(nlp, '"It is fine," said Nora Quill of the FBI.')
    assert of(got, "Nora Quill", "memberOf") == set()


def test_a_part_of_an_organization_is_not_the_organization(nlp):
    got = facts(nlp, '"It is old," said Nora Quill of the ACLU\'s rural voting project.')
    assert of(got, "Nora Quill", "memberOf") == set()


def test_a_name_that_goes_on_past_the_organization_found_gives_nothing(nlp):
    got = facts(nlp, '"I am outraged," Bishop Nora Quill of the Episcopal Diocese of Springfield, which runs the church, said.')
    assert "Episcopal Diocese" not in of(got, "Nora Quill", "memberOf")


def test_an_expert_at_an_organization_works_there(nlp):
    got = facts(nlp, '"Premiums will rise," said Larry Okafor, a health policy expert at the Hartwell Family Foundation.')
    assert of(got, "Larry Okafor", "memberOf") == {"Hartwell Family Foundation"}


def test_a_scientist_at_a_university_works_there(nlp):
    got = facts(nlp, "Laura Pettigrew, a political scientist at Lakeshore University, said the poll was close.")
    assert of(got, "Laura Pettigrew", "memberOf") == {"Lakeshore University"}


def test_an_expert_is_no_title(nlp):
    got = facts(nlp, "Laura Pettigrew, a political scientist at Lakeshore University, said the poll was close.")
    assert of(got, "Laura Pettigrew", "title") == set()


def test_a_lawyer_for_an_organization_acts_for_it_and_is_no_member(nlp):
    got = facts(nlp, '"We will appeal," said Ellen Marsh, a lawyer for the Northside Tenants Union.')
    assert of(got, "Ellen Marsh", "memberOf") == set()


def test_a_staff_attorney_for_an_organization_works_there(nlp):
    got = facts(nlp, '"We will appeal," said Ellen Marsh, a staff attorney for the Northside Tenants Union.')
    assert of(got, "Ellen Marsh", "memberOf") == {"Northside Tenants Union"}


def test_a_lawyer_with_an_organization_works_there(nlp):
    got = facts(nlp, '"We will appeal," said Ellen Marsh, a lawyer with the Northside Tenants Union.')
    assert of(got, "Ellen Marsh", "memberOf") == {"Northside Tenants Union"}


def test_a_person_from_an_organization_is_its_member(nlp):
    """ "X from NBC News" as "X of PBS"; not a verb's "from" ("took X from the shelter"), nor a place."""
    got = facts(nlp, "Dana Whitfield from the Harbor Coalition and Tomas Novak of PBS moderated the forum.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Coalition"}
    got = facts(nlp, "Officers took Dana Whitfield from the Harbor Shelter on Monday.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
