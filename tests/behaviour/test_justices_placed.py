"""Supreme Court justices placed in their court without a title (issue 15): a listed justice written "X on
the Supreme Court" is a member of the court, never a nominee sent "to" it nor an unlisted person. Invented
sentences; the justices' names are real ones from federal_officers.tsv."""

from __future__ import annotations

from test_behaviour import facts, of

SCOTUS = {"Supreme Court", "Supreme Court of the United States"}  # the label depends on the names written


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
