"""Who held a national office on the article's date (kg.resolve.terms), on invented sentences: a sitting
president titled "President" heads the United States the article names by any of its names; a former one,
or any in an undated article, gets no such fact here; "Attorney General X" in office heads the Justice
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


def test_a_sitting_president_heads_the_united_states(nlp):  # named "U.S." here, which the text rule misses
    assert ("Donald Trump", "U.S.") in heads(nlp, PRESIDENT, "2018-06-01")


def test_a_former_president_or_an_undated_article_gets_no_such_fact(nlp):
    assert ("Donald Trump", "U.S.") not in heads(nlp, PRESIDENT, "2022-06-01")
    assert ("Donald Trump", "U.S.") not in heads(nlp, PRESIDENT, None)


def test_an_attorney_general_in_office_heads_the_justice_department_named_elsewhere(nlp):
    assert ("Eric Holder", "U.S. Department of Justice") in heads(nlp, ATTORNEY, "2014-01-10")
    assert ("Eric Holder", "U.S. Department of Justice") not in heads(nlp, ATTORNEY, "2016-01-10")
