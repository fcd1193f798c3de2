"""One name, two senses (issue 15): a bare surname one of whose articles titles it President (another
holder's) never joins the person named in full, and a chamber's name opening its committee's is not its head."""

from __future__ import annotations

from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.resolve.corefwords import heads_body
from kg.resolve.corpus import resolve


def ent(key, cls, *names):
    return LocalEntity(key, cls, names[0], list(names), [(0, 1)])


def titled(key, title):
    return Fact(key, "title", Evidence(0, 1, "x"), value=title, rule="t", component="titles")


def test_a_bare_surname_the_single_name_key_joins_to_president_x_never_joins_another_person_of_that_name():
    # article a names first lady Hillary Clinton in full and "President Clinton"; article b writes "Clinton" alone
    xs = [
        Extraction("a", [ent("m0", "Person", "Hillary Clinton"), ent("m1", "Official", "Clinton")], [titled("m1", "President")]),
        Extraction("b", [ent("m0", "Person", "Clinton")]),
    ]
    labels = {e.label: e for e in resolve(xs).entities}
    assert labels["Hillary Clinton"].articles == ["a"] and labels["Hillary Clinton"].aliases == []


def test_a_lone_bare_surname_still_joins_the_only_person_of_that_name():
    xs = [Extraction("a", [ent("m0", "Official", "Ada Marsh")]), Extraction("b", [ent("m0", "Person", "Marsh")])]
    assert [e.label for e in resolve(xs).entities] == ["Ada Marsh"]


def test_a_chambers_name_opening_a_committees_name_is_not_its_head():
    assert heads_body("Senate", ["Senate", "Appropriations"]) is None  # a rival, never the one joined
    assert not heads_body("Senate", ["Senate", "Judiciary", "Committee"])
    assert heads_body("Senate", ["Texas", "Senate"])
    assert heads_body("Department", ["Department", "of", "Justice"])
    assert heads_body("Department", ["Justice", "Department"])
    assert heads_body("Center", ["Center", "for", "Medical", "Progress"])
