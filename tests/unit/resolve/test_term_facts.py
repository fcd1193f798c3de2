"""Who held a national office on the article's date (kg.resolve.terms), on hand-built extractions."""

from __future__ import annotations

from kg.core.records import Document, Evidence, Extraction, Fact, LocalEntity
from kg.resolve.terms import with_terms

SENT = Evidence(0, 40, "President Trump spoke to reporters there.")


def ext(person: LocalEntity, title: str, *others: LocalEntity, facts: tuple[Fact, ...] = ()) -> Extraction:
    return Extraction("a", entities=[person, *others], facts=[Fact(person.key, "title", SENT, value=title), *facts])


def dated(x: Extraction, date: str | None) -> list[tuple]:
    y = with_terms(x, Document(id="a", text="", date=date))
    return [(f.subj, f.prop, f.obj) for f in y.facts if f.prop != "title"]


TRUMP = LocalEntity("m0", "Official", "Trump", ["Trump"], [(10, 15)])
US = LocalEntity("m1", "Place", "U.S.", ["U.S."], [(50, 54)])
HOLDER = LocalEntity("m0", "Official", "Eric Holder", ["Eric Holder", "Holder"], [(17, 28)])
DOJ = LocalEntity("m2", "Agency", "Justice Department", ["Justice Department"], [(60, 78)])


def test_the_sitting_president_heads_the_united_states_the_article_names():
    assert dated(ext(TRUMP, "President", US), "2018-03-27") == [("m0", "heads", "m1")]


def test_no_fact_for_a_former_president_an_undated_article_or_an_article_not_naming_the_country():
    assert dated(ext(TRUMP, "President", US), "2022-03-01") == []
    assert dated(ext(TRUMP, "President", US), None) == []
    assert dated(ext(TRUMP, "President"), "2018-03-27") == []
    assert dated(ext(TRUMP, "former President", US), "2018-03-27") == []


def test_a_president_not_on_the_list_of_the_united_states_heads_nothing_here():
    macron = LocalEntity("m0", "Official", "Emmanuel Macron", ["Emmanuel Macron"], [(10, 25)])
    assert dated(ext(macron, "President", US), "2018-03-27") == []


def test_no_second_fact_when_the_text_gave_one():
    said = Fact("m0", "heads", SENT, obj="m1")
    assert dated(ext(TRUMP, "President", US, facts=(said,)), "2018-03-27") == [("m0", "heads", "m1")]


def test_a_titled_federal_officer_in_term_heads_the_department_the_article_names():
    assert dated(ext(HOLDER, "Attorney General", DOJ), "2014-01-10") == [("m0", "heads", "m2")]
    assert dated(ext(HOLDER, "Attorney General", DOJ), "2016-01-10") == []  # Loretta Lynch's then
    assert dated(ext(HOLDER, "Attorney General"), "2014-01-10") == []  # no department named


def test_a_title_whose_phrase_put_its_holder_in_a_body_adds_nothing():
    office = LocalEntity("m3", "Agency", "Attorney General's Office", ["Attorney General's Office"], [(80, 105)])
    placed = Fact("m0", "heads", SENT, obj="m3")
    assert dated(ext(HOLDER, "Attorney General", DOJ, office, facts=(placed,)), "2014-01-10") == [("m0", "heads", "m3")]


def test_the_office_must_be_one_the_title_names():
    assert dated(ext(HOLDER, "Secretary", DOJ), "2014-01-10") == []
