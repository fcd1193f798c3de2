"""A bare name its own article could not give to one of two namesakes joins nobody across the corpus."""

from __future__ import annotations

from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.resolve.corpus import resolve
from kg.resolve.namesakes import undecided_bare_names


def ent(key, cls, *names):
    return LocalEntity(key, cls, names[0], list(names), [(0, 1)])


def two_namesakes(doc):
    """An article naming two Ruizes in full and writing "Ruiz" alone."""
    return Extraction(doc, [ent("m0", "Official", "Ana Ruiz"), ent("m1", "Person", "Tomas Ruiz"), ent("m2", "Person", "Ruiz")])


def test_a_bare_name_between_two_namesakes_is_undecided():
    locals_ = [(x.doc_id, e) for x in (two_namesakes("a"), Extraction("b", [ent("m0", "Person", "Ruiz")])) for e in x.entities]
    assert undecided_bare_names(locals_) == {2: {0, 1}}  # not "Ruiz" of article b, which names no Ruiz in full
    one = [
        (x.doc_id, e)
        for x in [Extraction("c", [ent("m0", "Official", "Ana Ruiz"), ent("m1", "Official", "Ana M. Ruiz")])]
        for e in x.entities
    ] + [("c", ent("m2", "Person", "Ruiz"))]
    assert undecided_bare_names(one) == {}  # one person written two ways


def test_an_undecided_bare_name_joins_no_other_bare_name_nor_the_usual_bearer():
    xs = [two_namesakes("a"), Extraction("b", [ent("m0", "Official", "Ruiz")]), Extraction("c", [ent("m0", "Official", "Ruiz")])]
    xs += [Extraction(f"p{i}", [ent("m0", "Official", "Ana Ruiz", "Ruiz")]) for i in range(6)]
    res = resolve(xs)
    of_a = [e for e in res.entities if "a" in e.articles and e.label not in ("Ana Ruiz", "Tomas Ruiz")]
    assert [(e.label, e.articles) for e in of_a] == [("Ruiz", ["a"])]  # not b's and c's "Ruiz", nor Ana Ruiz
    assert len({e.iri for e in res.entities}) == len(res.entities)


def test_namesakes_kept_apart_get_distinct_iris():
    res = resolve([two_namesakes("a"), two_namesakes("b")])
    bare = [e for e in res.entities if e.label == "Ruiz"]
    assert sorted(e.articles for e in bare) == [["a"], ["b"]]
    assert len({e.iri for e in bare}) == 2


def titled(key, title):
    return Fact(key, "title", Evidence(0, 1, "x"), value=title, rule="t", component="titles")


def test_a_surname_titled_president_joins_the_one_listed_president_of_that_name():
    xs = [
        Extraction("a", [ent("m0", "Official", "Calvin Coolidge")]),
        Extraction("b", [ent("m0", "Person", "Grace Coolidge")]),  # a second Coolidge named in full
        Extraction("c", [ent("m0", "Official", "Coolidge")], [titled("m0", "President")]),
    ]
    labels = {e.label: e for e in resolve(xs).entities}
    assert "c" in labels["Calvin Coolidge"].articles and "c" not in labels["Grace Coolidge"].articles


def test_president_and_a_surname_two_presidents_bore_joins_neither():
    xs = [
        Extraction("a", [ent("m0", "Official", "George W. Bush")]),
        Extraction("b", [ent("m0", "Official", "George H. W. Bush")]),
        Extraction("c", [ent("m0", "Official", "Bush")], [titled("m0", "President")]),
    ]
    labels = {e.label: e for e in resolve(xs).entities}
    assert labels["Bush"].articles == ["c"]


def test_a_bare_name_between_namesakes_titled_president_still_joins_the_listed_president():
    x = Extraction(
        "a",
        [ent("m0", "Official", "Calvin Coolidge"), ent("m1", "Person", "Grace Coolidge"), ent("m2", "Official", "Coolidge")],
        [titled("m2", "President")],
    )
    res = resolve([x])
    assert res.local_to_iri[("a", "m2")] == res.local_to_iri[("a", "m0")]


def test_an_undecided_bare_name_joins_only_a_namesake_its_own_article_names():
    usual = [Extraction(f"p{i}", [ent("m0", "Official", "Luis Ruiz", "Ruiz")]) for i in range(10)]  # the corpus's usual Ruiz
    res = resolve([two_namesakes("a"), *usual])
    assert "a" not in next(e for e in res.entities if e.label == "Luis Ruiz").articles
    many = [Extraction(f"q{i}", [ent("m0", "Official", "Ana Ruiz", "Ruiz")]) for i in range(10)]  # Ana, usual and named in a
    res = resolve([two_namesakes("a"), *many])
    assert res.local_to_iri[("a", "m2")] == res.local_to_iri[("a", "m0")]


def test_the_usual_bearer_counts_the_articles_of_everything_joined_to_it():
    xs = [Extraction("a", [ent("m0", "Official", "Coolidge")], [titled("m0", "President")])]  # joins first, as the root
    xs += [Extraction(f"p{i}", [ent("m0", "Official", "Calvin Coolidge")]) for i in range(10)]
    xs += [
        Extraction(
            "z", [ent("m0", "Official", "Calvin Coolidge"), ent("m1", "Person", "John Coolidge"), ent("m2", "Person", "Coolidge")]
        )
    ]
    res = resolve(xs)
    assert res.local_to_iri[("z", "m2")] == res.local_to_iri[("z", "m0")]  # the usual one of z's two Coolidges
