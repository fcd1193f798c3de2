"""One name, two senses (issue 15): a bare surname its article keeps apart from the person it names in
full, and a chamber's name at the head of its committee's, are not joined to them."""

from __future__ import annotations

from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.resolve.corefwords import heads_body
from kg.resolve.corpus import resolve


def ent(key, cls, *names):
    return LocalEntity(key, cls, names[0], list(names), [(0, 1)])


def titled(key, title):
    return Fact(key, "title", Evidence(0, 1, "x"), value=title, rule="t", component="titles")


def test_a_bare_surname_its_article_keeps_apart_from_the_full_name_never_joins_it_across_articles():
    # article a: "Senator Ada Marsh" and a bare "Marsh" it keeps apart (another Marsh); article b: a bare "Marsh"
    xs = [
        Extraction("a", [ent("m0", "Official", "Ada Marsh"), ent("m1", "Official", "Marsh")], [titled("m1", "Governor")]),
        Extraction("b", [ent("m0", "Person", "Marsh")]),
    ]
    labels = {e.label: e for e in resolve(xs).entities}
    assert labels["Ada Marsh"].articles == ["a"] and labels["Ada Marsh"].aliases == []
    assert labels["Marsh"].articles == ["a", "b"]


def test_a_lone_bare_surname_still_joins_the_only_person_of_that_name():
    xs = [Extraction("a", [ent("m0", "Official", "Ada Marsh")]), Extraction("b", [ent("m0", "Person", "Marsh")])]
    assert [e.label for e in resolve(xs).entities] == ["Ada Marsh"]


def test_a_chambers_name_opening_a_committees_name_is_not_its_head():
    assert not heads_body("Senate", ["Senate", "Appropriations"])
    assert not heads_body("Senate", ["Senate", "Judiciary", "Committee"])
    assert heads_body("Senate", ["Texas", "Senate"])
    assert heads_body("Department", ["Department", "of", "Justice"])
    assert heads_body("Department", ["Justice", "Department"])
