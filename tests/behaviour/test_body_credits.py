"""A news outlet cited in a credit ("..., Variety reported.") is no body a later "the group" means; a
media noun ("the newspaper said") still means it, and a group named as a subject is still "the group"."""

from __future__ import annotations

from test_behaviour import resolved_speakers as speakers


def test_an_outlet_in_a_credit_is_not_the_group(nlp):
    text = (
        "Fund\n\nDonations flooded in to the Harbor Bail Fund after the protests. "
        "Celebrities said they had donated to the fund, Variety reported.\n\n"
        "“We paid well over $200k in the weeks since,” the group said on Twitter Monday."
    )
    assert speakers(nlp, text).get("We paid well over $2") != "Variety"


def test_a_media_noun_still_means_the_outlet(nlp):
    text = "Paper\n\nResidents were angry about the plan, the Oakdale Gazette reported.\n\n“We will keep covering this,” the newspaper said."
    assert speakers(nlp, text).get("We will keep coverin") == "Oakdale Gazette"


def test_a_group_named_as_a_subject_is_still_the_group(nlp):
    text = "Group\n\nThe Coastal Freedom Fund sued the city of Oakdale on Monday.\n\n“This ordinance violates the First Amendment,” the group said."
    assert speakers(nlp, text).get("This ordinance viola") == "Coastal Freedom Fund"


def test_the_court_said_means_the_one_court_named(nlp):
    one = "Ruling\n\nThe Ninth Circuit Court of Appeals upheld the ban on Tuesday.\n\n“The state may regulate such weapons,” the court said."
    assert speakers(nlp, one).get("The state may regula") == "U.S. Court of Appeals for the Ninth Circuit"
    two = (
        "Ruling\n\nThe Ninth Circuit Court of Appeals upheld the ban. The Supreme Court is now the last hope of its foes.\n\n"
        "“The state may regulate such weapons,” the court wrote."
    )
    assert speakers(nlp, two).get("The state may regula") is None  # either court: nobody
