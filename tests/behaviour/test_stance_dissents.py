"""A justice's dissent from a ruling is a stance against it (issue 15), on invented sentences; with the
near-misses that state none (a negated dissent, a dissent whose writer is not named, a book written)."""

from __future__ import annotations

import pytest
from test_stance_predicates import stances

RULING = "The Supreme Court decided Orrin v. Pell in 2008. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Justice Mara Quill dissented from the Orrin v. Pell ruling.",
        "Justice Mara Quill wrote the dissent in Orrin v. Pell.",
        "Justice Mara Quill's dissent in Orrin v. Pell drew praise from gun control groups.",
        "Justice Mara Quill, who joined the dissent in Orrin v. Pell, spoke on Tuesday.",
        "Justice Mara Quill spoke on Tuesday. She was the author of a dissent in the court's 5-4 ruling in the "
        "2008 Orrin v. Pell case.",
    ],
)
def test_a_dissent_from_a_ruling_opposes_it(nlp, sentence):
    assert ("Mara Quill", "opposes", "Orrin v. Pell") in stances(nlp, RULING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Justice Mara Quill did not dissent in Orrin v. Pell.",
        "The dissent in Orrin v. Pell, written by Justice Mara Quill, drew praise.",  # passive: not read
        "Justice Mara Quill wrote a book about Orrin v. Pell.",
    ],
)
def test_no_stance_without_a_dissent_its_writer_named(nlp, sentence):
    assert not {s for s in stances(nlp, RULING + sentence) if s[0] == "Mara Quill"}
