"""A plural title set off after a list of names (issue 15, round 3), on invented sentences: "Rep. A and
Rep. B, the chairmen of X and Y" (as many bodies as names: respectively), "A and B, the founders of Y" (one
body: each is of it, and heads it no more than as a member), a comma list of bodies closed by "and"; a
plural noun that is no title gives nothing, and a comma not followed by "and" ends the list of bodies."""

from __future__ import annotations

from test_behaviour import facts, of
from test_title_lists import classes

TWO = "The bill was written by Rep. Dana Whitfield and Rep. Carlos Mendez, the chairmen of the House Judiciary Committee and the House Homeland Security Committee."


def test_as_many_bodies_as_names_are_theirs_respectively(nlp):
    got = facts(nlp, TWO)
    assert of(got, "Dana Whitfield", "title") == {"Representative", "chairman"}
    assert of(got, "Carlos Mendez", "title") == {"Representative", "chairman"}
    assert of(got, "Dana Whitfield", "heads") == {"U.S. House Committee on the Judiciary"}
    assert of(got, "Carlos Mendez", "heads") == {"U.S. House Committee on Homeland Security"}


def test_a_comma_list_of_bodies_closed_by_and_is_read_whole(nlp):
    text = "Dana Whitfield, Carlos Mendez and Tom Hale, the presidents of Harbor College, Lake College and the Riverside Fund, signed it."
    got = facts(nlp, text)
    heads = [of(got, n, "heads") for n in ("Dana Whitfield", "Carlos Mendez", "Tom Hale")]
    assert heads == [{"Harbor College"}, {"Lake College"}, {"Riverside Fund"}]


def test_one_body_is_each_names_and_a_comma_ends_the_bodies(nlp):
    got = facts(nlp, "The group was started by Dana Whitfield and Carlos Mendez, the founders of the Harbor Coalition, in 2010.")
    assert of(got, "Dana Whitfield", "title") == {"founder"} and of(got, "Carlos Mendez", "title") == {"founder"}
    assert of(got, "Carlos Mendez", "memberOf") == {"Harbor Coalition"}
    got = facts(nlp, "Dana Whitfield and Carlos Mendez, the presidents of Harbor College, said the plan would work.")
    assert of(got, "Dana Whitfield", "heads") == set() and of(got, "Dana Whitfield", "memberOf") == {"Harbor College"}


def test_a_plural_noun_that_is_no_title_gives_nothing(nlp):
    got = facts(nlp, "He met Dana Whitfield and Carlos Mendez, the parents of the boy.")
    assert of(got, "Dana Whitfield", "title") == set() and of(got, "Carlos Mendez", "memberOf") == set()


def test_the_word_that_ends_a_title_is_no_name(nlp):
    got = facts(nlp, "In a letter to Secretary General Dana Whitfield, the envoy said the vote was wrong.")
    assert of(got, "Dana Whitfield", "title") == {"Secretary General"}
    assert of(facts(nlp, "Justice Ann Fellows wrote the opinion."), "Ann Fellows", "title") == {"Justice"}


def test_one_of_a_plural_title_is_the_title(nlp):
    got = facts(nlp, "Gordon Hale, one of the suspect's public defenders, said he believed the suspect was ill.")
    assert of(got, "Gordon Hale", "title") == {"public defender"}
    got = facts(nlp, "Gordon Hale, one of the two public defenders for the suspect, said he was ill.")
    assert of(got, "Gordon Hale", "title") == {"public defender"}
    got = facts(nlp, "Dana Whitfield, one of the founders of the Harbor Coalition, spoke.")
    assert of(got, "Dana Whitfield", "title") == {"founder"}
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Coalition"}
    got = facts(nlp, "Ann Broder, one of the most effective senators in decades, spoke. Tom Hale, one of the victims, spoke.")
    assert of(got, "Ann Broder", "title") == set() and of(got, "Tom Hale", "title") == set()


def test_a_chief_operating_officer_of_an_agency_is_an_official(nlp):
    text = "Dana Whitfield, chief operating officer at the Centers for Medicare & Medicaid Services, runs a key unit."
    assert classes(nlp, text).get("Dana Whitfield") == "Official"
    text = "Dana Whitfield, chief operating officer at Harbor Foods, runs a key unit."
    assert classes(nlp, text).get("Dana Whitfield") == "Person"
