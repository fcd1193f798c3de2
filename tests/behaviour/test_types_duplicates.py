"""Type accuracy and duplicates (issues 15, 16) on invented sentences: an organization an article names in
full and then by its first word alone is one organization, whatever the model took the short word for."""

from __future__ import annotations

from kg.resolve.article import extract
from kg.resolve.corpus import resolve


def entities(nlp, *texts: str) -> dict[str, tuple[str, list[str]]]:
    res = resolve([extract(nlp(t), f"d{i}") for i, t in enumerate(texts)])
    return {e.label: (e.cls, e.aliases) for e in res.entities}


def test_the_first_word_of_an_organization_named_in_full_is_that_organization(nlp):
    got = entities(
        nlp,
        "Wexmoor College in Springfield revoked the charter of a student club on Tuesday. "
        "\"Wexmoor clearly can't take a joke,\" the group's director, Dana Whitlock, said. "
        "Officials at Wexmoor said the decision was final.",
    )
    assert got["Wexmoor College"] == ("Organization", ["Wexmoor"])
    assert "Wexmoor" not in got


def test_a_short_name_that_is_a_persons_surname_or_written_after_a_title_stays_a_person(nlp):
    got = entities(
        nlp,
        "Harold Quenby founded the Quenby Foundation in 1990. Quenby said the grants would continue.",
        "The Talworth Institute published the study. Mr. Talworth, who taught chemistry, disputed it.",
    )
    assert "Quenby" not in got.get("Quenby Foundation", ("", []))[1]
    assert "Talworth" not in got.get("Talworth Institute", ("", []))[1]


def test_a_short_name_the_article_also_gives_a_titled_person_joins_no_organization(nlp):
    got = entities(
        nlp,
        "Critics of Quenby University sued last year. President Quenby said on Monday that Quenby would "
        "not settle. Quenby added that the suit was baseless.",
    )
    assert "Quenby" not in got.get("Quenby University", ("", []))[1]
