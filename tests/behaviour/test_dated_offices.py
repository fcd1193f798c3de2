"""Who held a national office on the article's date (kg.resolve.terms), on invented sentences: a sitting
president titled "President" heads the United States the article names by any of its names (the title alone
says so: kg.resolve.roles), once; "Attorney General X" in office heads the Justice
Department the article names elsewhere, though another attorney general's office is named too."""

from __future__ import annotations

from kg.core.records import Document
from kg.resolve.article import extract
from kg.resolve.terms import with_terms


def heads(nlp, text: str, date: str | None) -> set[tuple[str, str]]:
    x = with_terms(extract(nlp(text), "d"), Document(id="d", text=text, date=date))
    name = {e.key: e.name for e in x.entities}
    return {(name[f.subj], name[f.obj]) for f in x.facts if f.prop == "heads"}


PRESIDENT = (
    "Lawmakers in the U.S. Congress return on Tuesday. The tariffs were a campaign promise by President Donald Trump, aides said."
)
ATTORNEY = (
    "Attorney General Eric Holder said Friday the federal government would recognize the licenses. "
    "The Ohio Attorney General's Office disagreed. The Justice Department declined to comment further."
)


def test_a_sitting_president_heads_the_united_states(nlp):  # named "U.S." here (the lexicon's United States)
    assert ("Donald Trump", "United States") in heads(nlp, PRESIDENT, "2018-06-01")


def test_a_titled_president_heads_the_country_once_whatever_the_articles_date(nlp):
    # "President X" says X holds or held the office (kg:heads), so the title gives the fact in any article
    # (kg.resolve.roles); the dated rule adds no second one, and none for a president out of term
    for date in ("2018-06-01", "2022-06-01", None):
        assert heads(nlp, PRESIDENT, date) == {("Donald Trump", "United States")}


def test_an_attorney_general_in_office_heads_the_justice_department_named_elsewhere(nlp):
    assert ("Eric Holder", "U.S. Department of Justice") in heads(nlp, ATTORNEY, "2014-01-10")
    assert ("Eric Holder", "U.S. Department of Justice") not in heads(nlp, ATTORNEY, "2016-01-10")
