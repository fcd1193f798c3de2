"""Corpus-wide resolution on hand-built extractions (no model needed)."""

from __future__ import annotations

from kg.core.records import Evidence, Extraction, Fact, LocalEntity
from kg.resolve.corpus import Aliases, resolve


def ent(key, cls, *names, n=1):
    return LocalEntity(key, cls, names[0], list(names), [(i, i + 1) for i in range(n)])


def titled(key, title):
    """A title fact its article gives local entity ``key`` (the evidence a bare surname needs to join a full name)."""
    return Fact(key, "title", Evidence(0, 1, "x"), value=title, rule="t", component="titles")


def by_label(res):
    return {e.label: e for e in res.entities}


def test_nickname_and_full_name_merge_across_articles():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Official", "Marty Walsh", "Walsh", "Marty")]),
            Extraction("b", [ent("m0", "Official", "Martin Walsh", "Walsh")]),
        ]
    )
    assert len(res.entities) == 1
    e = res.entities[0]
    assert e.cls == "Official" and set(e.aliases) >= {"Walsh", "Marty"} and e.articles == ["a", "b"]
    assert res.log and "nickname" in res.log[0][3]


def test_never_merge_across_classes():
    res = resolve(
        [Extraction("a", [ent("m0", "Person", "Jordan Lee")]), Extraction("b", [ent("m0", "Organization", "Jordan Lee")])]
    )
    assert len(res.entities) == 2


def test_initials_acronym_and_generic_name():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Agency", "Springfield Police Department"), ent("m1", "Place", "Springfield", n=3)]),
            Extraction(
                "b", [ent("m0", "Organization", "SPD"), ent("m1", "Agency", "City Council"), ent("m2", "Place", "Springfield")]
            ),
            Extraction("c", [ent("m0", "Agency", "Springfield City Council")]),
        ]
    )
    labels = by_label(res)
    assert "SPD" in labels["Springfield Police Department"].aliases
    assert "City Council" in labels["Springfield City Council"].aliases
    assert labels["Springfield Police Department"].cls == "Agency"


def test_lone_surname_joins_the_only_person_with_it():
    res = resolve([Extraction("a", [ent("m0", "Official", "Donna Reyes")]), Extraction("b", [ent("m0", "Person", "Reyes")])])
    assert [e.label for e in res.entities] == ["Donna Reyes"]


def test_a_bare_surname_several_persons_bear_needs_a_title_of_the_usual_one_in_its_article():
    xs = [Extraction(f"p{i}", [ent("m0", "Official", "Ana Ruiz", "Ruiz")], [titled("m0", "Senator")]) for i in range(6)]
    xs += [Extraction("q", [ent("m0", "Person", "Tomas Ruiz", "Ruiz")])]
    xs += [Extraction("s0", [ent("m0", "Person", "Ruiz")])]  # a student the author interviewed
    xs += [Extraction("s1", [ent("m0", "Person", "Ruiz")], [titled("m0", "Senator")])]
    labels = by_label(resolve(xs))
    assert "s0" not in labels["Ana Ruiz"].articles and labels["Tomas Ruiz"].articles == ["q"]


def test_a_bare_surname_of_a_national_officeholder_needs_no_title():
    xs = [Extraction(f"p{i}", [ent("m0", "Official", "Barack Obama")]) for i in range(3)]
    xs += [Extraction("q", [ent("m0", "Person", "Michelle Obama")]), Extraction("s", [ent("m0", "Person", "Obama")])]
    assert "s" in by_label(resolve(xs))["Barack Obama"].articles


def test_aliases_file_merges_and_splits(tmp_path):
    f = tmp_path / "aliases.toml"
    f.write_text(
        '[[merge]]\nnames = ["Ann Bee", "Annie B. Cee"]\nlabel = "Ann Bee"\n\n[[split]]\nname = "Bee"\n', encoding="utf-8"
    )
    aliases = Aliases.load(f)
    res = resolve(
        [Extraction("a", [ent("m0", "Person", "Ann Bee")]), Extraction("b", [ent("m0", "Person", "Annie B. Cee")])], aliases
    )
    assert [e.label for e in res.entities] == ["Ann Bee"]
    assert any("aliases file" in row[3] for row in res.log)


def test_bad_aliases_file_is_a_clear_error(tmp_path):
    import pytest

    from kg.errors import KgError

    f = tmp_path / "aliases.toml"
    f.write_text("[[merge]]\nnames = 'one'\n", encoding="utf-8")
    with pytest.raises(KgError, match="aliases.toml"):
        Aliases.load(f)


def test_iris_are_stable_and_distinct():
    x = [Extraction("a", [ent("m0", "Person", "Sam Ortiz"), ent("m1", "Organization", "Sam Ortiz Inc")])]
    first, second = resolve(x), resolve(x)
    assert [e.iri for e in first.entities] == [e.iri for e in second.entities]
    assert len({e.iri for e in first.entities}) == 2


def test_short_names_of_one_article_do_not_join_other_bodies():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Organization", "The New York Times", "Times")]),
            Extraction("b", [ent("m0", "Organization", "Los Angeles Times", "Times")]),
            Extraction("c", [ent("m0", "Agency", "U.S. government"), ent("m1", "Agency", "Ruritania Government", "Government")]),
        ]
    )
    assert {"The New York Times", "Los Angeles Times", "U.S. government", "Ruritania Government"} <= set(by_label(res))


def test_middle_initials_tell_persons_apart():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Official", "George W. Bush", "Bush")]),
            Extraction("b", [ent("m0", "Official", "George H. W. Bush", "Bush")]),
            Extraction("c", [ent("m0", "Official", "George Bush")]),
            Extraction("d", [ent("m0", "Official", "Martin J. Walsh")]),
            Extraction("e", [ent("m0", "Official", "Marty Walsh")]),
        ]
    )
    labels = by_label(res)
    assert "George W. Bush" in labels and "George H. W. Bush" in labels
    assert len([e for e in res.entities if "Walsh" in e.label]) == 1


def test_a_bare_surname_joins_the_usual_bearer_and_never_a_second_one():
    xs = [Extraction(f"p{i}", [ent("m0", "Official", "Ana Ruiz", "Ruiz")], [titled("m0", "Senator")]) for i in range(6)]
    xs += [Extraction("q", [ent("m0", "Person", "Tomas Ruiz", "Ruiz")])]
    xs += [Extraction(f"s{i}", [ent("m0", "Official", "Ruiz")], [titled("m0", "Senator")]) for i in range(3)]
    labels = by_label(resolve(xs))
    assert set(labels["Ana Ruiz"].articles) >= {"s0", "s1", "s2"}
    assert labels["Tomas Ruiz"].articles == ["q"]


def _aclu(*docs):
    return resolve([Extraction(d, [ent("m0", "Organization", *names)]) for d, names in docs])


def test_bare_national_name_in_an_article_naming_the_affiliate_is_the_affiliate():
    res = _aclu(
        ("a", ["ACLU of Ohio"]),
        ("a2", ["American Civil Liberties Union", "ACLU"]),
        ("b", ["ACLU"]),
        ("c", ["ACLU"]),
        ("d", ["ACLU"]),
    )
    labels = by_label(res)
    assert set(labels) == {"ACLU of Ohio", "American Civil Liberties Union"}  # b, c, d: national
    assert labels["ACLU of Ohio"].articles == ["a"]
    res = resolve(
        [
            Extraction("a", [ent("m0", "Organization", "ACLU of Ohio"), ent("m1", "Organization", "ACLU")]),
            Extraction("b", [ent("m0", "Organization", "ACLU")]),
            Extraction("c", [ent("m0", "Organization", "ACLU")]),
        ]
    )
    labels = by_label(res)
    assert labels["ACLU of Ohio"].articles == ["a"] and "ACLU" in labels["ACLU of Ohio"].aliases
    assert labels["ACLU"].articles == ["b", "c"]  # the national organization of other articles is untouched
    assert any("names the Ohio affiliate" in row[3] for row in res.log)


def test_a_local_corpus_reads_the_bare_national_name_as_its_one_affiliate():
    res = _aclu(("a", ["ACLU of Ohio"]), ("b", ["Ohio ACLU"]), ("c", ["American Civil Liberties Union", "ACLU"]))
    assert [(e.label, e.articles) for e in res.entities] == [("ACLU of Ohio", ["a", "b", "c"])]
    assert any("names only the Ohio affiliate" in row[3] for row in res.log)
    # two states' affiliates: the corpus is not local, the national name stays national
    res = _aclu(("a", ["ACLU of Ohio"]), ("b", ["ACLU of Texas"]), ("c", ["ACLU"]))
    assert len(res.entities) == 3


def test_a_bare_party_name_stays_the_party_beside_a_state_party():
    """body_patterns.tsv marks the state parties ``bare`` "national": "the GOP" in an article naming the
    Ohio GOP is the national party (of which the state party is part), unlike "the ACLU" beside the
    ACLU of Ohio."""
    res = resolve(
        [
            Extraction("a", [ent("m0", "Organization", "Ohio GOP"), ent("m1", "Organization", "GOP", "Republican Party")]),
            Extraction("b", [ent("m0", "Organization", "Republican Party")]),
        ]
    )
    labels = by_label(res)
    assert labels["Ohio GOP"].articles == ["a"] and "GOP" not in labels["Ohio GOP"].aliases
    assert labels["Republican Party"].articles == ["a", "b"]
    assert not any("affiliate" in row[3] for row in res.log)


def test_label_of_a_person_prefers_the_first_name_the_articles_use_alone():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Official", "William Smith", "Smith")]),
            Extraction("b", [ent("m0", "Official", "Bill Smith", "Bill", "Smith")]),
        ]
    )
    assert [e.label for e in res.entities] == ["Bill Smith"]
    res = resolve(
        [
            Extraction("a", [ent("m0", "Official", "William Smith", "Smith")]),
            Extraction("b", [ent("m0", "Official", "Bill Smith", "Smith")]),
            Extraction("c", [ent("m0", "Official", "William Smith")]),
        ]
    )
    assert [e.label for e in res.entities] == ["William Smith"]  # more articles say William


def test_a_bare_state_name_that_means_the_city_keys_apart_from_the_state():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Place", "District of Columbia", "Washington")]),
            Extraction("b", [ent("m0", "Place", "Washington State", "Washington")]),
            Extraction("c", [ent("m0", "Place", "District of Columbia", "Washington, D.C.")]),
        ]
    )
    assert sorted((e.label, e.articles) for e in res.entities) == [
        ("District of Columbia", ["a", "c"]),
        ("Washington State", ["b"]),
    ]


def test_department_names_in_either_order_and_possessives_share_a_key():
    from kg.language.names import name_key

    assert name_key("Homeland Security Department", "Agency") == name_key("U.S. Department of Homeland Security", "Agency")
    assert name_key("Treasury Department", "Agency") == name_key("Department of the Treasury", "Agency")
    assert name_key("Sheriff’s Department", "Agency") == name_key("Sheriff Department", "Agency")
    assert name_key("ICE's Boston office", "Agency") == name_key("ICE Boston field office", "Agency")
    assert name_key("State Department", "Agency") != name_key("Justice Department", "Agency")
    assert name_key("Denver Police Department", "Agency") == name_key("Denver PD", "Agency")


def test_one_word_names_a_person_by_surname_first_name_or_hyphenated_surname():
    from kg.language.names import names_person, person_words

    assert person_words("Samuel A. Alito Jr.") == ("Samuel", "A.", "Alito")
    assert names_person("Alito", "Samuel A. Alito Jr.")
    assert names_person("Myers-Wood", "Julie Myers Wood")
    assert names_person("Julie", "Julie Myers Wood")
    assert not names_person("Myers-Wood", "Julie Wood")
    assert not names_person("Jr.", "Samuel A. Alito Jr.")
    assert not names_person("Wood", "Wood")


def test_a_lexicon_place_or_body_keeps_the_lexicon_name_whatever_longer_alias_articles_used():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Place", "California", "Golden State")]),
            Extraction("b", [ent("m0", "Place", "California", "Golden State")]),
            Extraction("c", [ent("m0", "Place", "California", "Calif.")]),
        ]
    )
    assert set(by_label(res)) == {"California"}


def test_a_short_law_name_several_places_share_joins_none_of_them():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Law", "Ohio Harbor Act", "Harbor Act"), ent("m1", "Place", "Ohio")]),
            Extraction("b", [ent("m0", "Law", "Iowa Harbor Act", "Harbor Act"), ent("m1", "Place", "Iowa")]),
            Extraction("c", [ent("m0", "Law", "Harbor Act")]),
            Extraction("d", [ent("m0", "Law", "Harbor Act")]),
            Extraction("e", [ent("m0", "Law", "Support for the Harbor Act", "Harbor Act")]),
        ]
    )
    laws = {e.label: e.articles for e in res.entities if e.cls == "Law"}
    assert laws == {"Ohio Harbor Act": ["a"], "Iowa Harbor Act": ["b"], "Harbor Act": ["c", "d", "e"]}


def test_a_short_law_name_one_place_owns_joins_it():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Law", "Springfield Harbor Act", "Harbor Act"), ent("m1", "Place", "Springfield")]),
            Extraction("b", [ent("m0", "Law", "Springfield's Harbor Act", "Harbor Act"), ent("m1", "Place", "Springfield")]),
            Extraction("c", [ent("m0", "Law", "Harbor Act")]),
        ]
    )
    assert [e.articles for e in res.entities if e.cls == "Law"] == [["a", "b", "c"]]


def test_the_constitution_alone_is_the_us_constitution_but_a_states_stays_its_own():
    res = resolve(
        [
            Extraction("a", [ent("m0", "Law", "Constitution")]),
            Extraction("b", [ent("m0", "Law", "U.S. Constitution", "United States Constitution")]),
            Extraction("c", [ent("m0", "Law", "Ohio Constitution", "Constitution"), ent("m1", "Place", "Ohio")]),
        ]
    )
    assert {e.label: e.articles for e in res.entities if e.cls == "Law"} == {
        "U.S. Constitution": ["a", "b"],
        "Ohio Constitution": ["c"],
    }


def test_a_bare_surname_joins_a_prominent_usual_bearer_without_a_title():
    xs = [Extraction(f"p{i}", [ent("m0", "Official", "Ana Ruiz")]) for i in range(8)]
    xs += [Extraction("q", [ent("m0", "Person", "Tomas Ruiz")]), Extraction("s", [ent("m0", "Person", "Ruiz")])]
    assert "s" in by_label(resolve(xs))["Ana Ruiz"].articles


def test_places_written_with_different_states_stay_apart():
    xs = [
        Extraction("a", [ent("m0", "Place", "Springfield", "Springfield, Illinois", "Springfield")]),
        Extraction("b", [ent("m0", "Place", "Springfield", "Springfield, Mo.", "Springfield")]),
        Extraction("c", [ent("m0", "Place", "Springfield", "Springfield, Ill.")]),
    ]
    res = resolve(xs)
    places = sorted(sorted(e.articles) for e in res.entities)
    assert places == [["a", "c"], ["b"]], places


def test_a_persons_name_key_reads_a_hyphen_as_a_space():
    from kg.language.names import name_key

    assert name_key("Ocasio Cortez", "Person") == name_key("Ocasio-Cortez", "Official")
    assert name_key("Ocasio Cortez", "Organization") != name_key("Ocasio-Cortez", "Organization")


def test_a_police_departments_acronym_joins_the_citys_police_named_in_another_article():
    res = resolve([Extraction("a", [ent("m0", "Agency", "Springfield police")]), Extraction("b", [ent("m0", "Agency", "SPD")])])
    assert [e.label for e in res.entities] == ["Springfield police"]


def female(key, *names):
    e = ent(key, "Person", *names)
    e.sex = "f"
    return e


def test_a_womans_bare_surname_that_is_a_mans_first_name_joins_her_usual_bearer():
    xs = [Extraction(f"p{i}", [ent("m0", "Official", "Ana Grant", "Grant")]) for i in range(8)]
    xs += [Extraction("q", [ent("m0", "Person", "Tomas Grant")]), Extraction("s", [female("m0", "Grant")])]
    assert "s" in by_label(resolve(xs))["Ana Grant"].articles


def test_bare_surnames_titled_with_another_holders_office_join_no_usual_bearer():
    xs = [Extraction(f"p{i}", [ent("m0", "Official", "Rosa Carter", "Carter")]) for i in range(8)]
    xs += [Extraction("q", [ent("m0", "Person", "Dan Carter")])]
    xs += [Extraction("s", [ent("m0", "Official", "Carter")], [titled("m0", "President")])]  # a president of that name
    xs += [Extraction("t", [female("m0", "Carter")])]  # the single-name key joins the two bare names
    labels = by_label(resolve(xs))
    assert "s" not in labels["Rosa Carter"].articles
