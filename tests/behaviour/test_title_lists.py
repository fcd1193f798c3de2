"""Titles written apart from the name they describe (issue 15), on invented sentences: a plural title
whose members a list introduces ("senators, including A and B"), an honorific between a title and the
name ("FDA Commissioner Dr. X"), a title owned by a pronoun or set off by a comma ("his attorney
general, X,", "the FDA commissioner, X,"), and a lower-case congressman's chamber."""

from __future__ import annotations

from test_behaviour import facts, of

from kg.resolve.article import extract


def classes(nlp, text):
    return {e.name: e.cls for e in extract(nlp(text), "d").entities}


NAMES = ("Dana Whitfield", "Carlos Mendez", "Priya Raman")


def test_a_plural_title_before_including_reaches_each_listed_name(nlp):
    text = "Congress returned on Monday. A group of senators, including Dana Whitfield, Carlos Mendez and Priya Raman, wrote to the agency."
    got = facts(nlp, text)
    assert [of(got, n, "title") for n in NAMES] == [{"senator"}] * 3
    assert [of(got, n, "memberOf") for n in NAMES] == [{"United States Senate"}] * 3
    assert [classes(nlp, text).get(n) for n in NAMES] == ["Official"] * 3


def test_a_common_noun_before_including_gives_no_title(nlp):
    got = facts(nlp, "Many residents, including Dana Whitfield and Carlos Mendez, came to the rally.")
    assert of(got, "Dana Whitfield", "title") == set() and of(got, "Carlos Mendez", "title") == set()


def test_an_honorific_between_title_and_name_keeps_the_title(nlp):
    got = facts(nlp, "FDA Commissioner Dr. Stephen Harlow said the vaccine was safe.")
    assert of(got, "Stephen Harlow", "title") == {"Commissioner"}
    assert of(got, "Stephen Harlow", "heads") == {"Food and Drug Administration"}
    got = facts(nlp, "Surgeon General Dr. Dana Whitfield warned about smoking.")
    assert of(got, "Dana Whitfield", "title") == {"Surgeon General"}
    assert (
        of(facts(nlp, "In an interview with Dr. Dana Whitfield, the mayor said the plan would work."), "Dana Whitfield", "title")
        == set()
    )


def test_a_title_owned_by_a_pronoun_is_the_persons(nlp):
    text = "Gov. Carlos Mendez and his attorney general, Dana Whitfield, sued the agency."
    assert of(facts(nlp, text), "Dana Whitfield", "title") == {"attorney general"}
    assert classes(nlp, text).get("Dana Whitfield") == "Official"
    got = facts(nlp, "The mayor and her chief of staff, Carlos Mendez, met the council.")
    assert of(got, "Carlos Mendez", "title") == {"chief of staff"}


def test_a_pronoun_owned_title_before_another_clauses_subject_is_not_the_names(nlp):
    text = "After the death of her attorney general, Dana Whitfield, a local reporter obtained a copy of the report."
    assert of(facts(nlp, text), "Dana Whitfield", "title") == set()
    assert (
        of(facts(nlp, "His attorney general, Dana Whitfield said the appeal would be filed."), "Dana Whitfield", "title") == set()
    )


def test_a_title_set_off_by_a_comma_after_the_is_the_names(nlp):
    got = facts(nlp, "The senators wrote to the FDA commissioner, Dana Whitfield, on Monday.")
    assert of(got, "Dana Whitfield", "title") == {"commissioner"}
    assert of(got, "Dana Whitfield", "heads") == {"Food and Drug Administration"}
    got = facts(nlp, 'Congress returned on Monday. "It is a disgrace," said the Senate majority leader, Dana Whitfield.')
    assert of(got, "Dana Whitfield", "memberOf") == {"United States Senate"}


def test_a_title_set_off_by_a_comma_is_not_given_to_a_list_or_a_next_subject(nlp):
    got = facts(nlp, "The panel included the sheriff, Dana Whitfield, Carlos Mendez and Priya Raman.")
    assert of(got, "Dana Whitfield", "title") == set()
    assert of(facts(nlp, "When asked about the governor, Dana Whitfield said nothing."), "Dana Whitfield", "title") == set()


def test_a_lower_case_congressman_sits_in_the_house(nlp):
    got = facts(nlp, "Dana Whitfield, a congressman from Maryland, said the vote would be close.")
    assert of(got, "Dana Whitfield", "memberOf") == {"United States House of Representatives"}
    got = facts(nlp, "Dana Whitfield, a representative of the union, said the vote would be close.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
    text = "The Ohio House met. Dana Whitfield, who is also a state representative in Vermont, spoke. Ohio lawmakers agreed."
    assert of(facts(nlp, text), "Dana Whitfield", "memberOf") == set()  # a state's chamber only where a title says which


def test_an_apposition_after_a_party_and_state_label_is_the_lawmakers(nlp):
    text = "Congress returned. Last week, Sen. Dana Whitfield, R-Tenn., the chairman of the Health, Education, Labor and Pensions Committee, spoke."
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "title") == {"Senator", "chairman"}
    assert of(got, "Dana Whitfield", "heads") == {"U.S. Senate Committee on Health, Education, Labor, and Pensions"}
    got = facts(
        nlp, "Congress returned. Rep. Dana Whitfield (D-Md.), the ranking member of the House Oversight Committee, said no."
    )
    assert "ranking member" in of(got, "Dana Whitfield", "title")


def test_a_described_lawmaker_after_a_label_gets_no_title(nlp):
    got = facts(nlp, "Rep. Dana Whitfield (R-Pa.), another member of the Republican Party's baseball team, said no.")
    # the label (R-Pa.) makes her a member of the party the sentence names (kg.resolve.parties), not of its team
    assert of(got, "Dana Whitfield", "memberOf") == {"United States House of Representatives", "Republican Party"}


def test_a_party_plural_between_including_and_the_names_keeps_the_list(nlp):
    text = (
        "The letter was signed by eight governors, including the Republicans Dana Whitfield of Ohio and Carl Dunmore of Nevada."
    )
    got = facts(nlp, text)
    assert of(got, "Dana Whitfield", "title") == of(got, "Carl Dunmore", "title") == {"governor"}
