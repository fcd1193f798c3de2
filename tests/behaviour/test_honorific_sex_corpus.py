"""A surname the article writes only after a sexed honorific ("Ms Doe") is never joined across the
corpus to a person named in full whose first name says the other sex ("Ron Doe"), and still is to one
whose first name fits (issue 15: an over-merge of a fresh blind set). Names are invented."""

from __future__ import annotations

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def aliases(nlp, texts: list[str]) -> dict[str, list[str]]:
    res = resolve([extract(nlp(t), f"d{i}") for i, t in enumerate(texts)])
    return {e.label: list(e.aliases) for e in res.entities}


def test_ms_surname_is_not_the_corpus_man_of_that_surname(nlp):
    got = aliases(
        nlp,
        [
            "Sen. Ronald Vandermolen of Ohio voted against the bill on Tuesday.",
            "Ms Vandermolen is suing the newspaper. Ms Vandermolen said she was treated unfairly.",
        ],
    )
    assert "Vandermolen" not in got.get("Ronald Vandermolen", [])


def test_mr_surname_still_joins_the_corpus_man_of_that_surname(nlp):
    got = aliases(
        nlp,
        [
            "Sen. Ronald Vandermolen of Ohio voted against the bill on Tuesday.",
            "Mr Vandermolen said on Friday that he would vote again.",
        ],
    )
    assert "Vandermolen" in got.get("Ronald Vandermolen", [])
