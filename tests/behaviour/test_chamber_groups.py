"""Members of a chamber or committee named as a group that lists them: "Senate moderates such as A and B",
"House Democrats including A", "Judiciary Committee members like C" (issue 15: legislators no title
names). Never a former member, nor a group of a body that is not a chamber or committee. Names are
invented."""

from __future__ import annotations

from test_behaviour import facts, of


def test_a_chamber_group_listing_people_makes_them_members(nlp):
    got = facts(nlp, "On Tuesday, several Senate Republicans, including Tom Hale and Ann Cho, said they would vote no.")
    assert len(of(got, "Tom Hale", "memberOf")) == 1 and "Senate" in " ".join(of(got, "Tom Hale", "memberOf"))
    assert of(got, "Ann Cho", "memberOf") == of(got, "Tom Hale", "memberOf")
    got = facts(nlp, "The talks drew Senate moderates such as Republicans Jane Doolin of Alaska and Mark Tessler of Utah.")
    assert "Senate" in " ".join(of(got, "Jane Doolin", "memberOf")) and "Senate" in " ".join(of(got, "Mark Tessler", "memberOf"))


def test_a_committee_group_listing_people_makes_them_members(nlp):
    got = facts(nlp, "On Monday, Senate Judiciary Committee members like Ellen Park questioned the nominee.")
    assert of(got, "Ellen Park", "memberOf") == {"U.S. Senate Committee on the Judiciary"}


def test_no_member_for_former_colleagues_or_another_bodys_group(nlp):
    got = facts(nlp, "The bill was backed by former House colleagues such as Peter Wald.")
    assert of(got, "Peter Wald", "memberOf") == set()
    got = facts(nlp, "White House aides such as Kim Lowe disagreed with the plan.")
    assert of(got, "Kim Lowe", "memberOf") == set()
    got = facts(nlp, "Senate candidates such as Rita Moll spoke at the fair.")
    assert of(got, "Rita Moll", "memberOf") == set()


def test_names_set_off_after_a_chamber_group_are_members(nlp):
    got = facts(nlp, "On Monday, two Senate Democrats, Joe Marley and Jon Teller, voted against the bill.")
    assert "Senate" in " ".join(of(got, "Joe Marley", "memberOf")) and "Senate" in " ".join(of(got, "Jon Teller", "memberOf"))


def test_the_subject_after_a_phrase_ending_in_a_chamber_group_is_no_member(nlp):
    got = facts(nlp, "In response to a request by House Democrats, Attorney General Lena Hart said the review would go on.")
    assert of(got, "Lena Hart", "memberOf") == set()
