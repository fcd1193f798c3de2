"""State attorneys general and Supreme Court justices placed in what they hold (issue 15): "Oregon Attorney
General X" heads Oregon, as the references write a state's attorney general (a country's stays out of the
country); a listed justice written "X on the Supreme Court" is a member of the court, never a nominee sent
"to" it nor an unlisted person. Invented sentences; the justices' names are real ones from
federal_officers.tsv."""

from __future__ import annotations

from test_behaviour import facts, of

SCOTUS = {"Supreme Court", "Supreme Court of the United States"}  # the label depends on the names written


def test_a_state_attorney_general_heads_the_state(nlp):
    got = facts(nlp, "Oregon Attorney General Maria Ortiz said the rule was unlawful.")
    assert of(got, "Maria Ortiz", "heads") == {"Oregon"}
    assert of(got, "Maria Ortiz", "memberOf") == set()


def test_a_place_before_the_state_in_the_apposition_is_not_the_office(nlp):
    got = facts(nlp, "Maria Ortiz, the Chicago-born Ohio attorney general, said the rule was unlawful.")
    assert "Chicago" not in of(got, "Maria Ortiz", "heads") | of(got, "Maria Ortiz", "memberOf")


def test_a_national_or_district_attorney_general_heads_no_place(nlp):
    got = facts(nlp, "U.S. Attorney General Maria Ortiz said the rule was unlawful.")
    assert not {o for s, p, o in got if s == "Maria Ortiz" and p == "heads" and o == "United States"}
    got = facts(nlp, "D.C. Attorney General Maria Ortiz said the rule was unlawful.")
    assert of(got, "Maria Ortiz", "heads") == set()  # the District is no state


def test_a_state_office_that_heads_a_department_stays_a_member_of_the_state(nlp):
    got = facts(nlp, "Oregon Agriculture Commissioner Maria Ortiz said the rule was unlawful.")
    assert "Oregon" not in of(got, "Maria Ortiz", "heads")


def test_a_listed_justice_on_the_supreme_court_is_a_member_of_it(nlp):
    got = facts(nlp, "Before law school, the lawyer clerked for Sonia Sotomayor on the Supreme Court.")
    assert len(of(got, "Sonia Sotomayor", "memberOf") & SCOTUS) == 1
    got = facts(nlp, "The senators met to discuss who would replace the late Antonin Scalia on the U.S. Supreme Court.")
    assert len(of(got, "Antonin Scalia", "memberOf") & SCOTUS) == 1


def test_a_nominee_sent_to_the_court_or_an_unlisted_person_is_no_member(nlp):
    got = facts(nlp, "The president nominated Amy Coney Barrett to the Supreme Court on Saturday.")
    assert of(got, "Amy Coney Barrett", "memberOf") == set()
    got = facts(nlp, "Reporters asked Dana Whitfield on the Supreme Court steps about the ruling.")
    assert of(got, "Dana Whitfield", "memberOf") == set()
