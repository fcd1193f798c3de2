"""Stances stated in a named speaker's own quoted words (kg_quotestances), on invented sentences:
first-person frames of commitment, a goal, "time to", an inability to back a law, a law called an
attack; nothing when the frame is negated, conditional, a question, someone else's, or quoted within."""

from __future__ import annotations

import pytest

from kg.resolve.article import extract

LEAD = "Rep. Nadia Orlov spoke about the Harbor Safety Act on Monday.\n\n"


def stances(nlp, quote: str, lead: str = LEAD) -> set[tuple[str, str, str]]:
    x = extract(nlp(lead + "\u201c" + quote + ",\u201d said Orlov."), "d")
    names = {e.key: e.name for e in x.entities}
    return {(names[f.subj], f.prop, names[f.obj]) for f in x.facts if f.prop in ("supports", "opposes")}


@pytest.mark.parametrize(
    ("quote", "prop"),
    [
        ("I am proud to support the Harbor Safety Act", "supports"),
        ("We remain committed to repealing the Harbor Safety Act", "opposes"),
        ("Our goal is to repeal the Harbor Safety Act", "opposes"),
        ("Our goal of repealing the Harbor Safety Act is within reach", "opposes"),
        ("It is time to repeal the Harbor Safety Act", "opposes"),
        ("We look forward to signing the Harbor Safety Act", "supports"),
        ("I cannot support the Harbor Safety Act", "opposes"),
        ("We could not vote for the Harbor Safety Act", "opposes"),
        ("The Harbor Safety Act is an attack on working families", "opposes"),
        ("We need a bill to repeal the Harbor Safety Act", "opposes"),
        ("This is our best shot at getting rid of the Harbor Safety Act", "opposes"),
        (
            "From the start we had to have this first step to then go and not only repeal but replace the Harbor Safety Act",
            "opposes",
        ),
    ],
)
def test_a_first_person_frame_in_a_quote_is_the_speakers_stance(nlp, quote, prop):
    assert stances(nlp, quote) == {("Nadia Orlov", prop, "Harbor Safety Act")}


def test_this_bill_is_the_one_law_its_sentence_or_the_one_before_names(nlp):
    assert stances(nlp, "I can't support this bill") == {("Nadia Orlov", "opposes", "Harbor Safety Act")}
    two = "Rep. Nadia Orlov spoke about the Harbor Safety Act and the Dock Workers Act on Monday.\n\n"
    assert stances(nlp, "This bill is an attack on working families", two) == set()


@pytest.mark.parametrize(
    "quote",
    [
        "We are not ready to repeal the Harbor Safety Act",  # negated
        "If we are ready to repeal the Harbor Safety Act, we will vote",  # conditional
        "Are we ready to repeal the Harbor Safety Act?",  # a question
        "They are proud to support the Harbor Safety Act",  # someone else's
        "Their goal is to repeal the Harbor Safety Act",
        "They cannot support the Harbor Safety Act",
        "This is not the time to repeal the Harbor Safety Act",
        "This isn't really an attack on the Harbor Safety Act",
        "The Harbor Safety Act is not an attack on anyone",
        "Critics say 'it is time to repeal the Harbor Safety Act'",  # quoted within the quote
        "I am happy to discuss the Harbor Safety Act",  # no stance word
        "We don't have the votes to repeal the Harbor Safety Act",
        "They need a bill to repeal the Harbor Safety Act",
        "We have the power to repeal the Harbor Safety Act",  # a capacity
        "This is their chance to repeal the Harbor Safety Act",
    ],
)
def test_no_stance_when_the_frame_is_denied_conditional_asked_or_someone_elses(nlp, quote):
    assert stances(nlp, quote) == set()
