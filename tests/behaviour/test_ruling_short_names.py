"""A ruling named by its short name as the object of "overturn" or "overrule" (issue 15): "to overturn
Free Voters Alliance" in an article that speaks of a court names a ruling, not the group or person the
model took the name for; a possessive or a person's name is never the ruling."""

from __future__ import annotations


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_the_object_of_overturn_or_overrule_is_a_ruling(nlp):
    got = ents(
        nlp,
        "The Supreme Court decided the case in 2010. Activists have pushed ever since to overturn Free Voters "
        "Alliance, and its lawyers called the overturn of Free Voters Alliance a distant hope.",
    )
    assert got.get("Free Voters Alliance") == "CourtRuling"
    got = ents(
        nlp, "The Supreme Court heard the case. Critics want to overrule Hartwell, which let agencies read statutes broadly."
    )
    assert got.get("Hartwell") == "CourtRuling"


def test_a_possessive_or_a_persons_name_after_overturn_is_no_ruling(nlp):
    got = ents(
        nlp,
        "A federal court heard the appeal. Senators voted to overturn Obama's veto, and the council sought to "
        "overturn Trump on the rule, said Dana Whitfield.",
    )
    assert "CourtRuling" not in got.values()


def test_without_a_court_in_the_article_overturn_names_no_ruling(nlp):
    got = ents(nlp, "Members of the club voted to overturn Brightline Partners, the board's pick, on Monday.")
    assert got.get("Brightline Partners") != "CourtRuling"


def test_a_numbered_measure_after_overturn_is_no_ruling(nlp):
    got = ents(nlp, "The Supreme Court heard the case. Voters sought to overturn Prop 9 at the ballot box in 2012.")
    assert "CourtRuling" not in got.values()
