"""A stance verb in the passive with an agent, on invented sentences: "Y was signed into law by X",
"Y, co-sponsored by X and Z": the agent holds the stance on Y when Y is named; no agent, or a law
named only by a common noun, gives none."""

from __future__ import annotations

import pytest
from test_stance_marks import stances


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "The Harbor Safety Act was signed into law by Governor Dana Price in 2014.",
            ("Dana Price", "supports", "Harbor Safety Act"),
        ),
        (
            "The Harbor Safety Act, sponsored by Senator Dana Price, bars dredging.",
            ("Dana Price", "supports", "Harbor Safety Act"),
        ),
        ("The Harbor Safety Act was opposed by Senator Dana Price.", ("Dana Price", "opposes", "Harbor Safety Act")),
        (
            "The Harbor Safety Act, co-sponsored by Rep. Dana Price and Rep. Lee Orrin, passed.",
            ("Lee Orrin", "supports", "Harbor Safety Act"),
        ),
    ],
)
def test_the_agent_of_a_passive_stance_verb_holds_the_stance(nlp, text, fact):
    assert fact in stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Safety Act was signed into law in 2014.",
        "The Harbor Safety Act passed. Critics sued over the port law championed by Governor Dana Price.",
        "Governor Dana Price said the Harbor Safety Act was opposed by many dockworkers.",
    ],
)
def test_no_agent_or_an_unnamed_law_gives_no_passive_stance(nlp, text):
    assert not {f for f in stances(nlp, text) if f[0] == "Dana Price"}
