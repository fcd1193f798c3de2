"""A prominent official's surname the model typed an organization is that official (kg.resolve.surnameorgs):
only for one official of the surname named in full in at least 8 articles, never for a name the article
also writes as the first word of a longer organization's name, nor for a bearer shared with others."""

from __future__ import annotations

from kg.core.records import Extraction, LocalEntity
from kg.resolve.corpus import resolve


def ent(key, cls, *names):
    return LocalEntity(key, cls, names[0], list(names), [(0, 1)])


def corpus(full_name: str, articles: int, *extra: Extraction) -> list[Extraction]:
    return [Extraction(f"p{i}", [ent("m0", "Official", full_name)]) for i in range(articles)] + list(extra)


def entity_of(res, doc_id):
    return next(e for e in res.entities if doc_id in e.articles and e.label != "Vandermolen News")


def test_the_surname_of_a_prominent_official_typed_an_organization_is_that_official():
    res = resolve(corpus("Dana Vandermolen", 8, Extraction("x", [ent("m0", "Organization", "Vandermolen")])))
    got = entity_of(res, "x")
    assert got.label == "Dana Vandermolen" and got.cls == "Official"


def test_not_below_eight_articles_nor_a_name_of_a_longer_organization_in_the_article():
    res = resolve(corpus("Dana Vandermolen", 7, Extraction("x", [ent("m0", "Organization", "Vandermolen")])))
    assert entity_of(res, "x").cls == "Organization"
    longer = Extraction("x", [ent("m0", "Organization", "Vandermolen"), ent("m1", "Organization", "Vandermolen News")])
    res = resolve(corpus("Dana Vandermolen", 8, longer))
    assert entity_of(res, "x").cls == "Organization"


def test_not_a_surname_two_prominent_persons_share():
    other = [Extraction(f"q{i}", [ent("m0", "Official", "Lee Vandermolen")]) for i in range(4)]
    res = resolve(corpus("Dana Vandermolen", 8, *other, Extraction("x", [ent("m0", "Organization", "Vandermolen")])))
    assert entity_of(res, "x").cls == "Organization"
