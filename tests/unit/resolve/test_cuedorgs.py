"""Organizations the model took for persons, named after an organization noun or called one by a copula
(kg.resolve.cuedorgs), on hand-built mentions."""

from __future__ import annotations

from kg.resolve.cuedorgs import cued_organizations


def one(text: str, name: str) -> list[tuple[int, int, str, str]]:
    return [(s, s + len(name), name, "Person") for s in _starts(text, name)]


def _starts(text: str, name: str) -> list[int]:
    out, at = [], text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1)
    return out


def test_a_name_right_after_an_organization_noun_is_an_organization():
    text = "Dana Roe, then an editor at the conservative website Marlow Gate, spoke. Marlow Gate said nothing."
    assert cued_organizations(text, one(text, "Marlow Gate")) == {0, 1}


def test_a_name_a_copula_calls_a_group_is_an_organization():
    text = "Stop Tomorrow was among the left-wing groups that marched. Stop Tomorrow said it would return."
    assert cued_organizations(text, one(text, "Stop Tomorrow")) == {0, 1}


def test_a_person_after_a_trade_noun_or_a_clause_after_the_noun_stays_a_person():
    for text, name in (
        ("Defense Department contractor Lena Brook was hired in 2010.", "Lena Brook"),
        ("He praised the company Lena Brook founded in 1990.", "Lena Brook"),
        ("The paper quoted publisher Lena Brook, who disagreed.", "Lena Brook"),
        ("Lena Brook was a contractor who built the wall.", "Lena Brook"),
    ):
        assert cued_organizations(text, one(text, name)) == set(), text


def test_the_last_word_of_an_organization_after_the_is_that_organization_not_a_person():
    text = "The Dayton Ledger reported it. The Ledger said so."
    got = [(4, 17, "Dayton Ledger", "Organization"), (35, 41, "Ledger", "Person")]
    assert cued_organizations(text, got) == {1}


def test_a_speaker_the_article_names_as_an_organization_is_that_organization():
    from kg.resolve.corefs import Clusters

    text = "The Dayton Ledger reported it. Ledger staff left. “No,” according to the Ledger."
    clusters = Clusters(text, [(4, 17, "Dayton Ledger", "Organization"), (31, 37, "Ledger", "Organization")])
    clusters.union(0, 1)
    start = text.rindex("Ledger")
    assert clusters.key_for((start, start + 6), text, "Person") == clusters.key_for((4, 17), text, "Organization")


def test_a_name_taken_for_a_place_after_an_organization_noun_is_an_organization_unless_a_known_place():
    text = "The city paid the real estate firm Marrow Bay for the project."
    got = [(35, 45, "Marrow Bay", "Place")]
    assert text[35:45] == "Marrow Bay" and cued_organizations(text, got) == {0}
    text = "The city paid the real estate firm Texas for the project."
    assert cued_organizations(text, [(35, 40, "Texas", "Place")]) == set()
