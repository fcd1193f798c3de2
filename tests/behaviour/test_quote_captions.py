"""Video captions and given names the model cuts (issue 15, session 21). A "CLOSE" video block holds a
caption and its credit ("... dinner. Dale Fenwick Jr./Tribune-Gazette/USA TODAY Network"): the credit's
photographer is never the "he" of the next quote and "CLOSE" is no entity, while the caption's full
name still stands behind a later bare surname. A given name spelled with an inner apostrophe
("Ke’Lani") is part of the person's name, so her quote is not given to a relative of the same
surname. Invented sentences only."""

from __future__ import annotations

import pytest
from test_quotes_stances import entity_names, speakers

CAPTION = (
    "Senator says budget talks will go on\n\n"
    "CLOSE Sen. Tom Arbuckle said the budget talks are like solving a jigsaw puzzle at the county "
    "dinner. Dale Fenwick Jr./Tribune-Gazette/USA TODAY Network\n\n"
    "Every family in the state will benefit, he said.\n\n"
    "\u201cFailure has to be possible or you cannot have success,\u201d he said.\n\n"
    "\u201cWe will pass the budget by June,\u201d Arbuckle told reporters."
)


def test_a_video_credit_is_never_the_speaker(nlp):
    found = speakers(nlp, CAPTION)
    assert found.get("Failure has to") == "Tom Arbuckle"
    assert found.get("We will pass") == "Tom Arbuckle"  # the caption's full name, for the bare surname


def test_close_and_the_credit_are_no_entities(nlp):
    names = entity_names(nlp, CAPTION)
    assert "Tom Arbuckle" in names
    assert not {"CLOSE", "Dale Fenwick Jr.", "Dale Fenwick"} & names


def test_a_caption_credit_after_a_dated_clip_is_no_entity(nlp):
    text = (
        "Governor signs the housing bill\n\n"
        "CLOSE Gov. Ann Whitlow signed the housing bill at the capitol. (May 3) Marcus Belden, Valley Courier\n\n"
        "\u201cThis bill keeps families in their homes,\u201d Whitlow said at the signing."
    )
    names = entity_names(nlp, text)
    assert "Marcus Belden" not in names and "CLOSE" not in names
    assert speakers(nlp, text).get("This bill keeps") == "Ann Whitlow"


@pytest.mark.parametrize("given, surname", [("Ke\u2019Lani", "Brightwater"), ("Mi\u2019Kayla", "Delacroix")])
def test_a_given_name_with_an_inner_apostrophe_is_part_of_the_name(nlp, given, surname):
    text = (
        f"Ruth {surname} spoke at the vigil on Monday, asking the city for answers.\n\n"
        f"Her daughter, {given} {surname}, who was away that night, has started a campaign online. "
        "\u201cI am just asking people to learn my mother\u2019s story,\u201d she said."
    )
    assert speakers(nlp, text).get("I am just") == f"{given} {surname}"


def test_an_irish_surname_before_a_name_is_no_given_name(nlp):
    text = "The debate featured Kirsten O\u2019Rourke Dana Whitfield and three other candidates on Monday."
    assert not any(n.startswith("O\u2019Rourke ") for n in entity_names(nlp, text))
