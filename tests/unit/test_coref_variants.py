"""kg.resolve.corefvariants on hand-built mentions (no model): middle names and outlets' web and call-sign forms."""

from __future__ import annotations

from kg.resolve.corefvariants import link_middle_names, link_outlet_forms, outlet_stem


def run(link, names):
    mentions = [(k, k + 1, name, label) for k, (name, label) in enumerate(names)]
    parent = list(range(len(mentions)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    def union(i, j, why):
        parent[find(i)] = find(j)

    if link is link_middle_names:
        link(" ".join(n for n, _ in names), mentions, find, union)
    else:
        link(mentions, find, union)
    return {frozenset(names[j][0] for j in range(len(names)) if find(j) == find(i)) for i in range(len(names))}


def together(groups, *names):
    return any(set(names) <= g for g in groups)


def test_a_first_name_and_surname_join_the_person_named_with_middle_names():
    groups = run(link_middle_names, [("Harold Quincy Brandt III", "Official"), ("Harold Brandt", "Person")])
    assert together(groups, "Harold Quincy Brandt III", "Harold Brandt")


def test_two_persons_with_middle_names_leave_the_short_name_alone():
    groups = run(link_middle_names, [("Ezra T. Voss", "Official"), ("Ezra R. K. Voss", "Official"), ("Ezra Voss", "Person")])
    assert not together(groups, "Ezra Voss", "Ezra T. Voss") and not together(groups, "Ezra Voss", "Ezra R. K. Voss")


def test_another_first_name_or_a_body_is_not_joined():
    groups = run(
        link_middle_names, [("Harold Quincy Brandt", "Official"), ("Mona Brandt", "Person"), ("Harold Brandt", "Organization")]
    )
    assert not together(groups, "Harold Quincy Brandt", "Mona Brandt")
    assert not together(groups, "Harold Quincy Brandt", "Harold Brandt")


def test_outlet_stems():
    assert outlet_stem("CivicWire.com") == "CivicWire"
    assert outlet_stem("KWXY-TV") == "KWXY"
    assert outlet_stem("WQRT-FM") == "WQRT"
    assert outlet_stem("Syracuse.com") is None  # a city's name: its news site, not the city's university
    assert outlet_stem("Blue Ridge-TV") is None  # no call sign
    assert outlet_stem("Tribune") is None


def test_an_outlet_and_its_web_address_or_call_sign_are_one():
    groups = run(
        link_outlet_forms,
        [("CivicWire.com", "Organization"), ("CivicWire", "Organization"), ("KWXY-TV", "Organization"), ("KWXY", "Organization")],
    )
    assert together(groups, "CivicWire.com", "CivicWire") and together(groups, "KWXY-TV", "KWXY")
    assert not together(groups, "CivicWire", "KWXY")


def test_a_call_sign_written_as_a_word_is_no_station():
    groups = run(link_outlet_forms, [("KING-TV", "Organization"), ("King", "Organization")])
    assert not together(groups, "KING-TV", "King")
