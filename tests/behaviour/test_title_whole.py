"""Title classes of the session-10 corpus audit (issue 14), on invented sentences: the words before a
title that make it another job are part of it (the whole title or none, never the head noun alone); a
body's "chief" is a description, not a title; an apposition that runs into a verb is the subject of the
next clause, not the title of the name before it."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_title_premodified_by_words_of_the_job_is_the_whole_title(nlp):
    got = facts(nlp, '"It is close," said Harbor News Senior Legal Analyst Dana Whitfield on Monday.')
    assert of(got, "Dana Whitfield", "title") == {"Senior Legal Analyst"}  # not "Analyst"
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor News"}
    got = facts(nlp, '"We will fight," says Dana Whitfield, legislative counsel for the Oakdale Farm Bureau.')
    assert of(got, "Dana Whitfield", "title") == {"legislative counsel"}  # not "counsel"
    assert of(got, "Dana Whitfield", "memberOf") == {"Oakdale Farm Bureau"}
    got = facts(nlp, '"Jobs are back," says Dana Whitfield, who served as the governor\'s chief economist.')
    assert of(got, "Dana Whitfield", "title") == {"chief economist"}
    got = facts(nlp, '"It worked," said Dana Whitfield, marketing director for Harbor Health Plan.')
    assert of(got, "Dana Whitfield", "title") == {"marketing director"}
    assert of(got, "Dana Whitfield", "heads") == set()  # the director of a part of the plan


def test_a_qualified_title_before_the_name_is_of_a_part_of_the_body(nlp):
    got = facts(nlp, "Former Harbor Bank chief economist Dana Whitfield said the rate would rise.")
    assert of(got, "Dana Whitfield", "title") == {"chief economist"}
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Bank"}
    got = facts(nlp, "Harbor Bank marketing director Dana Whitfield said the rate would rise.")
    assert of(got, "Dana Whitfield", "heads") == set()
    assert of(got, "Dana Whitfield", "memberOf") == {"Harbor Bank"}


def test_words_that_describe_the_holder_are_not_part_of_the_title(nlp):
    assert of(facts(nlp, "Local attorney Dana Whitfield filed a complaint."), "Dana Whitfield", "title") == {"attorney"}
    got = facts(nlp, "Veteran court reporter Dana Whitfield wrote the story.")
    assert of(got, "Dana Whitfield", "title") == {"court reporter"}
    got = facts(nlp, "The talks went on. Conservative Justice Dana Whitfield wrote the dissent.")
    assert of(got, "Dana Whitfield", "title") == {"Justice"}  # an office's adjective describes its holder


def test_a_bodys_chief_is_no_title(nlp):
    got = facts(nlp, "Harbor Radio chief Dana Whitfield was banned from the platform on Thursday.")
    assert of(got, "Dana Whitfield", "title") == set()
    assert of(got, "Dana Whitfield", "heads") == {"Harbor Radio"}


def test_an_apposition_running_into_a_verb_is_the_next_clauses_subject(nlp):
    text = "After the death of the county's elected sheriff, Dana Whitfield, a local reporter obtained a copy of the report."
    assert of(facts(nlp, text), "Dana Whitfield", "title") == set()  # the reporter obtained it; Whitfield was the sheriff
    text = "Dana Whitfield, a lawyer representing the family, said the appeal would be filed."
    assert of(facts(nlp, text), "Dana Whitfield", "title") == {"lawyer"}
    text = '"The ban will fail," Dana Whitfield, the founder of the Harbor Rights Coalition told me on Monday.'
    assert of(facts(nlp, text), "Dana Whitfield", "title") == {"founder"}  # a comma left out: still hers
