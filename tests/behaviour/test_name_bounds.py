"""Behaviour tests: where a body's or a person's name begins and ends (issue 14). A piece of a longer
name, an adjective, a party word before a chamber, a work (a survey, a book) are not bodies that
people head or belong to; a compound surname is the person named in full. Invented sentences only."""

from __future__ import annotations

import pytest
from test_behaviour import facts

from kg.resolve.article import extract
from kg.resolve.corpus import resolve

BODY_PROPS = ("heads", "memberOf", "partOf", "appointedBy", "enactedBy")


def objects(found, prop=None):
    return {o for _, p, o in found if (p == prop if prop else p in BODY_PROPS)}


def test_an_adjective_before_a_title_is_no_body(nlp):
    found = facts(nlp, "Pupils asked the board to rename the school honoring Confederate General Amos Pratt.")
    assert "Confederate" not in objects(found)


def test_a_party_word_before_a_chamber_is_not_its_name(nlp):
    found = facts(nlp, "It was the first time a Democratic Senate approved the Clean Water Act in 1972.")
    assert not {o for o in objects(found, "enactedBy") if o.startswith("Democratic")}
    assert "Democratic Senate" not in {e for s, _, o in found for e in (s, o)}


def test_a_lexicon_body_opening_with_a_party_word_keeps_its_name(nlp):
    found = facts(nlp, "Republican National Committee Chairman Dale Morrow said the vote was a mistake.")
    assert ("Dale Morrow", "heads", "Republican National Committee") in found


@pytest.mark.parametrize(
    "text, piece",
    [
        (
            "Mara Quint, executive director of the Association of Rural Libraries in New Mexico, said so.",
            "Association of Rural Libraries",
        ),
        ("Dana Reyes, a professor at the University of Texas at Austin, said the rule failed.", "University of Texas"),
    ],
)
def test_an_organization_named_of_a_place_goes_on_with_it(nlp, text, piece):
    found = facts(nlp, text)
    assert piece not in objects(found) and objects(found)
    assert all(o.startswith(piece + " ") for o in objects(found))


def test_a_city_after_in_is_where_the_body_is_not_its_name(nlp):
    found = facts(nlp, "Dana Reyes, a professor at the University of Michigan in Ann Arbor, said the rule failed.")
    assert ("Dana Reyes", "memberOf", "University of Michigan") in found


def test_a_survey_is_not_an_office_of_its_agency(nlp):
    found = facts(nlp, "The Department of Labor's National Wage Survey, a survey run by the Census Bureau, reports wages.")
    assert not {(s, o) for s, p, o in found if p == "partOf" and "Survey" in s}
    assert not {e for s, _, o in found for e in (s, o) if e and e.endswith("Survey")}


def test_the_book_a_person_wrote_is_no_body_they_belong_to(nlp):
    found = facts(nlp, '"The rule is wrong," said Evan Lutz, a columnist for the Gazette and author of Second Chances: A Memoir.')
    assert "Second Chances" not in objects(found)


def test_a_compound_surname_is_the_person_named_in_full(nlp):
    text = (
        "U.S. District Judge Carla M. Okafor Whitfield struck down the ban on Monday. Judge Okafor Whitfield ruled "
        "that the ban was void. Judge Whitfield, who was appointed by President Obama in 2011, said the ban denied due process."
    )
    found = facts(nlp, text)
    assert {s for s, p, _ in found if p == "appointedBy"} == {"Carla M. Okafor Whitfield"}


def test_a_full_name_with_an_initial_is_the_same_given_name_without_it(nlp):
    one = extract(nlp("Sen. Donald Halvorsen said the tax bill would fail in the Senate."), "d0")
    two = extract(nlp("Sen. Donald E. Halvorsen voted against the tax bill on Monday."), "d1")
    res = resolve([one, two])
    iri = {
        d: {res.local_to_iri[(d, e.key)] for e in x.entities if e.cls in ("Person", "Official")}
        for d, x in (("d0", one), ("d1", two))
    }
    assert iri["d0"] & iri["d1"]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitcomb Leon Ferris runs the county hospital. Leon Ferris, chief executive officer of Riverbend "
        "Hospital, said costs were rising.",
        "Whitcomb Leon Ferris runs the county hospital. Leon Ferris, chief executive officer of Riverbend "
        "Hospital, said costs were rising.",
    ],
)
def test_a_full_name_run_into_another_is_not_the_person_of_its_last_words(nlp, text):
    x = extract(nlp(text), "d0")
    assert "Leon Ferris" in {e.name for e in x.entities if e.cls in ("Person", "Official")}


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Sen. Dean Marlowe (R-Nev.) said he would vote against the bill.", "Dean Marlowe", "Senator"),
        ("State Sen. Dean Marlowe said the session would run late.", "Dean Marlowe", "State Senator"),
        ("Law school Dean Carla Voss said the plan was flawed.", "Carla Voss", "Dean"),
        ("The school said Dean Voss would speak at the ceremony.", "Voss", "Dean"),
    ],
)
def test_a_title_word_that_is_a_first_name_after_a_title_stays_in_the_name(nlp, text, name, title):
    """ "Sen. Dean Marlowe": no one is titled twice in a row, so "Dean" is the senator's first name (the
    name lost it, and its title became "Dean"); "Dean Voss" alone keeps the title reading."""
    found = facts(nlp, text)
    assert (name, "title", title) in found
