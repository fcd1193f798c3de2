"""A pronoun speaker with a rival (issue 15, the audit of session 12): "she said" after a second woman
named in a later sentence than the last subject, even as a possessor ("despite Sewell's efforts"), may
mean either, so the quote gets no speaker; with no such rival the subject still speaks."""

from __future__ import annotations

import pytest
from test_quotes_stances import speakers

from kg.resolve.article import extract

OPENING = (
    "Campus lawyer Carla Sewell used a slur during a panel on Thursday.\n\n"
    "Dana Gaia, a senior at the school, said she was shocked.\n\n"
    "\u201cEveryone was just so taken aback,\u201d Gaia told the outlet.\n\n"
)


def test_she_after_a_second_woman_named_later_has_no_speaker(nlp):
    text = OPENING + (
        "Several students became enraged, despite Sewell\u2019s efforts to defend herself.\n\n"
        "\u201cI just want to sincerely apologize to everyone,\u201d she said."
    )
    assert speakers(nlp, text).get("I just want") is None


def test_she_with_no_rival_is_the_last_subject(nlp):
    text = OPENING + "Several students became enraged.\n\n\u201cIt was simply shocking to hear,\u201d she said."
    assert speakers(nlp, text).get("It was simply") == "Dana Gaia"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Former Senator Tom Pardee spoke at the rally. His wife, Ruth Pardee, spoke first. "We will win this fight for every family," Mr. Pardee said.',
            "Tom Pardee",
        ),
        (
            'Ruth Pardee spoke at the rally in Iowa on Monday. "We will win this fight for every family," Mr. Pardee said.',
            "Pardee",
        ),
        (
            'Ruth Pardee spoke at the rally in Iowa on Monday. "We will win this fight for every family," Ms. Pardee said.',
            "Ruth Pardee",
        ),
    ],
)
def test_an_honorific_never_takes_a_person_of_the_other_sex(nlp, text, speaker):
    """ "Mr. Pardee" is not Ruth Pardee, whose first name says the other sex (the audit's "Jill Biden" for Joe)."""
    x = extract(nlp(text), "d0")
    names = {e.key: e.name for e in x.entities}
    assert [names.get(q.speaker) for q in x.quotes] == [speaker]


def test_one_honorific_does_not_decide_a_surname_written_without_one(nlp):
    """ "Sen. Pardee" and "Mrs. Pardee" are one bare name for the model: "Mrs." fits only Ruth Pardee, but
    the senator's mentions say no sex, so the bare name joins neither (the corpus build had made the
    senator's wife a senator)."""
    text = (
        "Sen. Tom Pardee said he would run. Sen. Pardee launched his campaign on Monday, and his wife, "
        "Ruth Pardee, left her job. Mrs. Pardee will campaign in Iowa. Pardee said the law must go."
    )
    x = extract(nlp(text), "d0")
    ruth = next(e for e in x.entities if e.name == "Ruth Pardee")
    assert ruth.cls == "Person" and not [f for f in x.facts if f.subj == ruth.key and f.prop == "title"]


def test_a_surname_alone_is_the_president_not_his_namesake_son(nlp):
    """An article naming a listed president and his son "X Jr.": the surname alone is the father."""
    text = (
        "Michael Oster testified about Millard Fillmore on Wednesday.\n\n"
        "Oster saw Millard Fillmore Jr. tell his father about a meeting.\n\n"
        "Fillmore once asked Oster if he “could name a city that was run well.”"
    )
    assert speakers(nlp, text) == {"could name a": "Millard Fillmore"}
