"""Classes of wrong ``heads`` facts read in the issue-14 corpus audit of the s10 build, on invented
sentences: a body named as every city names one ("the Police Department"), a place before a sheriff's
or police chief's title, one word of a department's name before "Secretary", a unit of a body."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_police_chief_heads_no_placeless_police_department(nlp):
    got = facts(
        nlp,
        '"We see him every week," Police Chief Dana Whitfield of Oakdale, Vermont, told reporters. '
        "The Police Department declined to comment.",
    )
    assert of(got, "Dana Whitfield", "title") == {"Police Chief"}
    assert of(got, "Dana Whitfield", "heads") == set()  # whose department? the node says not
    got = facts(nlp, '"We see him every week," said Police Chief Dana Whitfield. The Oakdale Police Department declined.')
    assert of(got, "Dana Whitfield", "heads") == {"Oakdale Police Department"}  # a named one stays


def test_a_place_before_a_sheriffs_title_is_no_body_headed(nlp):
    got = facts(nlp, "Marion Sheriff Dana Whitfield said the county had issued one order.")
    assert of(got, "Dana Whitfield", "title") == {"Sheriff"}
    assert of(got, "Dana Whitfield", "heads") == set()  # not an Agency "Marion"
    got = facts(nlp, '"We see him every week," said Dana Whitfield, the Oakdale police chief.')
    assert of(got, "Dana Whitfield", "heads") == set()  # not a body "Oakdale"


def test_one_word_of_a_department_the_lexicon_does_not_name_is_no_body(nlp):
    got = facts(nlp, "The hearing went on while Health Secretary Dana Whitfield visited a call center in Phoenix.")
    assert of(got, "Dana Whitfield", "title") == {"Secretary"}
    assert of(got, "Dana Whitfield", "heads") == set()  # never a node "Health"
    got = facts(nlp, "Labor Secretary Dana Whitfield visited a plant in Ohio.")
    assert of(got, "Dana Whitfield", "heads") == {"U.S. Department of Labor"}


def test_a_unit_at_a_body_is_a_part_of_that_body(nlp):
    got = facts(nlp, "Dr. Dana Whitfield, the director of Pediatric Neurosurgery at Johns Hopkins Hospital, retired in 2013.")
    assert of(got, "Dana Whitfield", "heads") == set()  # not the fragment "Pediatric Neurosurgery"
    assert of(got, "Dana Whitfield", "memberOf") == {"Johns Hopkins Hospital"}


def test_a_city_body_named_without_its_city_is_the_article_citys(nlp):
    got = facts(
        nlp,
        'Thefts rose in Springfield last year. "We see him every week," Police Chief Dana Whitfield told reporters '
        "in Springfield. The Police Department declined to comment.",
    )
    assert of(got, "Dana Whitfield", "heads") == {"Springfield Police Department"}
    got = facts(nlp, "Chicago residents protested. The City Council met in Chicago. Ald. Dana Whitfield voted no.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Chicago City Council"}


def test_a_commissioner_sits_on_a_commission_its_chair_heads(nlp):
    got = facts(nlp, "Added former FEC commissioner Dana Whitfield: the situation is unusual.")
    assert of(got, "Dana Whitfield", "memberOf") == {"Federal Election Commission"}
    assert of(got, "Dana Whitfield", "heads") == set()  # one of the commission's members
    got = facts(nlp, "FEC Chairman Dana Whitfield said the rule would change.")
    assert of(got, "Dana Whitfield", "heads") == {"Federal Election Commission"}
    got = facts(nlp, "Police Commissioner Dana Whitfield of the Oakdale Police Department said so.")
    assert of(got, "Dana Whitfield", "heads") == {"Oakdale Police Department"}  # a department's commissioner heads it


def test_the_director_of_a_named_unit_at_a_body_heads_the_unit(nlp):
    text = '"It works," said Dana Whitfield, director of the Institute for Rural Health Studies at the University of Kentucky.'
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "heads") == {"Institute for Rural Health Studies"}
    assert "University of Kentucky" not in of(got, "Dana Whitfield", "memberOf")
    assert ("Institute for Rural Health Studies", "partOf", "University of Kentucky") in got


def test_a_private_job_written_after_a_place_is_no_membership_of_the_place(nlp):
    got = facts(nlp, "When Springfield radio host Dana Whitfield spoke, the mayor listened.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
    assert of(facts(nlp, "Springfield Mayor Dana Whitfield spoke."), "Dana Whitfield", "heads") == {"Springfield"}


def test_a_person_of_a_city_lives_there(nlp):
    got = facts(nlp, "The suspect was identified as Dana Whitfield of Corpus Christi, according to officials.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
