"""A ruling's party name of two words or more, written alone where only the ruling is meant ("since Acme Fund",
"struck down in Acme Fund", "overturned by Acme Fund"), is that ruling in the whole article: one named thing with
one type, whatever label the model gave each mention (kg.language.rulingnames)."""

from __future__ import annotations

from kg.resolve.article import extract

RULING = "The Supreme Court decided Harbor Freedom Fund v. Riverton Elections Board in 2011. "


def test_a_party_name_after_a_ruling_preposition_is_the_ruling(nlp):
    x = extract(
        nlp(
            RULING + "Many senators want an amendment. The ban overturned by Harbor Freedom Fund applied to ads. "
            "Since Harbor Freedom Fund, which involved a film, spending has grown. "
            "Limits like the ones struck down in Harbor Freedom Fund are gone."
        ),
        "d0",
    )
    named = [e for e in x.entities if "Harbor Freedom Fund" in e.names]
    assert [e.cls for e in named] == ["CourtRuling"]
    assert named[0].name == "Harbor Freedom Fund v. Riverton Elections Board"


def test_the_party_itself_stays_what_the_model_read(nlp):
    x = extract(
        nlp(
            RULING + "The film was made by Harbor Freedom Fund, a conservative group. "
            "After Harbor Freedom Fund sued, the agency changed its rules."
        ),
        "d0",
    )
    assert "CourtRuling" not in {e.cls for e in x.entities if e.name == "Harbor Freedom Fund"}
