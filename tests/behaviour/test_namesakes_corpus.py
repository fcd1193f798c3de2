"""Namesakes across a corpus (issue 15, the audit of session 12): a person whose article gives only a
private job is not the official of the same name another article names; an article that names the
official in a private job too ("former Rep. X, president of Y") ties them."""

from __future__ import annotations

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def persons(nlp, *texts: str) -> list[tuple[str, str, int]]:
    res = resolve([extract(nlp(t), f"d{i}") for i, t in enumerate(texts)])
    return sorted((e.label, e.cls, len(e.articles)) for e in res.entities if e.cls in ("Person", "Official"))


OFFICIAL = "Rep. Dana Morrow (R-Fla.) voted against the spending bill on Tuesday."
PRIVATE = "Dana Morrow, a researcher at the Hartwell Policy Center, said the data were thin."


def test_a_private_namesake_stays_apart_from_the_official(nlp):
    assert persons(nlp, OFFICIAL, PRIVATE) == [("Dana Morrow", "Official", 1), ("Dana Morrow", "Person", 1)]


def test_an_article_naming_both_roles_ties_them(nlp):
    both = "Former Rep. Dana Morrow, president of the Hartwell Policy Center, said the data were thin."
    got = persons(nlp, OFFICIAL, both, PRIVATE)
    assert got == [("Dana Morrow", "Official", 3)]
