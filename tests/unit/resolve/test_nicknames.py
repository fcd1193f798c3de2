"""First-name variants across articles through the nickname table of the `nicknames` package
(kg.resolve.nicknames): merged only when the surname and an office or body agree and no other person
of the corpus with that surname could be the one the short form stands for. Invented names."""

from __future__ import annotations

from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.resolve.corpus import resolve


def article(doc: str, name: str, title: str | None = None, body: str | None = None) -> Extraction:
    ents = [LocalEntity("p", "Official", name, [name], [(0, 1)])]
    ev = Evidence(0, 1, "x")
    facts = [Fact("p", "title", ev, value=title)] if title else []
    if body:
        ents.append(LocalEntity("b", "Agency", body, [body], [(2, 3)]))
        facts.append(Fact("p", "heads", ev, obj="b"))
    return Extraction(doc, ents, facts)


def persons(res) -> list[str]:
    return sorted(e.label for e in res.entities if e.cls in ("Official", "Person"))


def test_a_short_first_name_of_several_names_merges_when_office_and_surname_agree():
    res = resolve(
        [
            article("a", "Chris Halloway", "Director", "Bureau of Canal Safety"),
            article("b", "Christopher Halloway", "director", "Bureau of Canal Safety"),
        ]
    )
    assert persons(res) == ["Christopher Halloway"]
    assert any("'chris' is a nickname of 'christopher'" in why for *_, why in res.log)


def test_same_surname_and_nickname_but_nothing_else_in_common_stay_apart():
    res = resolve(
        [article("a", "Chris Halloway", "Director", "Bureau of Canal Safety"), article("b", "Christopher Halloway", "Judge")]
    )
    assert persons(res) == ["Chris Halloway", "Christopher Halloway"]


def test_another_person_the_short_form_could_stand_for_blocks_the_merge():
    res = resolve(
        [
            article("a", "Chris Halloway", "Director", "Bureau of Canal Safety"),
            article("b", "Christopher Halloway", "Director", "Bureau of Canal Safety"),
            article("c", "Christine Halloway", "Senator"),
        ]
    )
    assert persons(res) == ["Chris Halloway", "Christine Halloway", "Christopher Halloway"]


def test_a_person_of_that_surname_with_an_unrelated_first_name_does_not_block_it():
    res = resolve(
        [
            article("a", "Chris Halloway", "Director", "Bureau of Canal Safety"),
            article("b", "Christopher Halloway", "Director", "Bureau of Canal Safety"),
            article("c", "Margaret Halloway", "Senator"),
        ]
    )
    assert persons(res) == ["Christopher Halloway", "Margaret Halloway"]


def test_different_middle_initials_stay_apart():
    res = resolve(
        [
            article("a", "Chris J. Halloway", "Director", "Bureau of Canal Safety"),
            article("b", "Christopher K. Halloway", "Director", "Bureau of Canal Safety"),
        ]
    )
    assert len(persons(res)) == 2
