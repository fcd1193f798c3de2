"""Governors the lexicon lists (``governors.tsv``), on invented sentences: "Gov. X" heads the state X
governed when the article names that state, even in another sentence; a sentence naming another state
does not make X its governor; a former governor named without an office is an Official when the
article names the state; a namesake in an article about other states stays a Person; "Lt. Gov." is
another office, left to the usual rules."""

from __future__ import annotations

from test_behaviour import facts, of

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


def test_a_governor_heads_the_state_the_list_gives_when_the_article_names_it(nlp):
    text = "Lawmakers in Georgia passed the measure on Tuesday. It is not clear whether Gov. Nathan Deal would sign it."
    assert of(facts(nlp, text), "Nathan Deal", "heads") == {"Georgia"}


def test_no_state_named_no_state_headed(nlp):
    text = "Lawmakers passed the measure on Tuesday. It is not clear whether Gov. Nathan Deal would sign it."
    assert of(facts(nlp, text), "Nathan Deal", "heads") == set()


def test_another_state_in_the_sentence_is_not_the_governors(nlp):
    got = facts(nlp, "Gov. Rick Scott criticized the Georgia law on Tuesday. Florida officials agreed with him.")
    assert of(got, "Rick Scott", "heads") == {"Florida"}
    got = facts(nlp, "Gov. Rick Scott criticized the Georgia law on Tuesday.")
    assert of(got, "Rick Scott", "heads") == set()  # before: Georgia, the one state of the sentence


def test_a_governor_of_an_unlisted_name_keeps_the_sentence_rule(nlp):
    got = facts(nlp, "Gov. Dana Whitfield signed the Ohio bill on Tuesday.")
    assert of(got, "Dana Whitfield", "heads") == {"Ohio"}


def test_a_lieutenant_governor_is_not_made_the_states_governor(nlp):
    got = facts(nlp, "Kansas will wait, Lt. Gov. Jeff Colyer said on Monday.")
    assert of(got, "Jeff Colyer", "heads") == set()


def test_a_former_governor_named_without_office_is_an_official_where_the_state_is_named(nlp):
    text = "Mike Huckabee spoke in Little Rock, Arkansas, on Monday about the economy."
    assert classes(nlp, text).get("Mike Huckabee") == "Official"


def test_a_namesake_in_an_article_about_other_states_stays_a_person(nlp):
    text = "Bob Miller, a retired teacher in Dayton, Ohio, said the plan would cost too much."
    assert classes(nlp, text).get("Bob Miller") == "Person"  # Bob Miller governed Nevada


def test_a_federal_officer_named_without_office_is_an_official(nlp):
    text = "Betsy DeVos and the union leaders met on Monday to discuss the administration's plan."
    assert classes(nlp, text).get("Betsy DeVos") == "Official"


def test_a_listed_name_in_a_sentence_about_something_else_is_a_namesake(nlp):
    text = "Colonists were taunted by the English wit Samuel Johnson, who wrote that the loudest yelps came from them."
    assert classes(nlp, text).get("Samuel Johnson") == "Person"  # a member of Congress's name, not him
    text = "L. Chris Stewart, an attorney for the family, said the man should not have faced deadly force."
    assert classes(nlp, text).get("L. Chris Stewart") == "Person"


def test_a_justices_namesake_is_an_official_only_where_a_court_is_named(nlp):
    text = "John Roberts reported from the White House lawn that the talks had stalled."
    assert classes(nlp, text).get("John Roberts") == "Person"
    text = "John Roberts wrote the opinion, and the Supreme Court sent the case back to the lower court."
    assert classes(nlp, text).get("John Roberts") == "Official"


def test_a_listed_first_name_written_longer_is_the_same_governor(nlp):
    text = "In Kentucky, the governor can create such programs. Incumbent Democratic Gov. Steve Beshear chose to set one up."
    assert of(facts(nlp, text), "Steve Beshear", "heads") == {"Kentucky"}  # the list has "Steven L. Beshear"


def test_listed_governors_after_including_the_party_head_their_states(nlp):
    text = "The letter was signed by 10 governors, including the Republicans John Kasich of Ohio and Brian Sandoval of Nevada."
    got = facts(nlp, text)
    assert (of(got, "John Kasich", "heads"), of(got, "Brian Sandoval", "heads")) == ({"Ohio"}, {"Nevada"})


def test_a_sentence_naming_another_office_holder_is_about_government(nlp):
    text = "Betsy DeVos sat beside Barack Obama at the dinner on Monday, guests said."
    assert classes(nlp, text).get("Betsy DeVos") == "Official"
    text = "Betsy DeVos sat beside the host at the dinner on Monday, guests said."
    assert classes(nlp, text).get("Betsy DeVos") != "Official"  # nothing in it speaks of government


def test_two_listed_members_of_congress_in_one_sentence_are_both_officials(nlp):
    text = "Mitch McConnell is taking the path that Nancy Pelosi took last spring, people close to him say."
    got = classes(nlp, text)
    assert (got.get("Mitch McConnell"), got.get("Nancy Pelosi")) == ("Official", "Official")
    text = "Mitch McConnell is taking the path his neighbor took last spring, people close to him say."
    assert classes(nlp, text).get("Mitch McConnell") != "Official"  # one listed name alone may be a namesake


def test_a_law_in_the_sentence_does_not_make_a_listed_name_an_official(nlp):
    text = "A new plan for the Affordable Care Act is bad news, wrote Mark Green on Monday."
    assert classes(nlp, text).get("Mark Green") != "Official"  # an analyst's namesake of a legislator, perhaps
