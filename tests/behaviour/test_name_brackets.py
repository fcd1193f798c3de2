"""A person's name split by an editor's brackets (issue 15: junk names "Harry) Reid", "John" and "Roe" apart).

Quotes complete a name with a title and a first name in brackets: "(Sen. Dana) Roe", "[Leader Dana] Roe".
The name is "Dana Roe", one person, titled by what the brackets hold; a caption credit in brackets before a
sentence ("(Photo: Dana Roe) Police said") joins nothing."""

from __future__ import annotations

import pytest
from test_behaviour import facts, of


def people(got):
    return {s for s, p, o in got if p == "title"}


@pytest.mark.parametrize(
    "text, name, title",
    [
        ('"I told (Sen. Charles) Schuman that it was wrong," she said.', "Charles Schuman", "Senator"),
        ('"We asked (House Speaker John) Bohannon to act," she said.', "John Bohannon", "Speaker"),
        ('"(Homeland Security Secretary John) Kellen did the right thing," he said.', "John Kellen", "Secretary"),
        ('"We asked [House Speaker John] Bohannon to act," she said.', "John Bohannon", "Speaker"),
    ],
)
def test_a_name_split_by_brackets_is_one_name(nlp, text, name, title):
    got = facts(nlp, text)
    assert of(got, name, "title") == {title}
    assert people(got) == {name}


def test_a_bracketed_credit_before_a_sentence_joins_nothing(nlp):
    got = facts(nlp, "The bridge was closed on Monday. (Photo by Dana Whitfield) Police said the road was flooded.")
    labels = {s for s, p, o in got} | {o for s, p, o in got}
    assert not any("Whitfield Police" in x for x in labels)


def test_a_nickname_inside_a_full_name_joins_nothing(nlp):
    got = facts(nlp, "The bill was written by Sen. Samuel (Sam) Howard Whitfield of Vermont.")
    assert not any(") " in x or x.startswith("Sam Howard") for f in got for x in f[::2])
