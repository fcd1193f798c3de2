"""A name written with and without its generic last word (kg.resolve.tailnames), on hand-built mentions."""

from __future__ import annotations

from kg.resolve.tailnames import tail_names


def test_a_name_less_its_generic_last_word_is_that_body_or_site():
    mentions = [
        (0, 19, "Harrow Valley Party", "Organization"),
        (30, 43, "Harrow Valley", "Organization"),
        (50, 66, "West Lanford Avenue", "Place"),
        (70, 82, "West Lanford", "Place"),
    ]
    assert tail_names(mentions, {}) == [(1, 0), (3, 2)]


def test_a_body_of_its_own_two_longer_names_a_persons_name_or_a_lexicon_name_join_nothing():
    assert tail_names([(0, 16, "Harrow Foundation", "Organization"), (20, 26, "Harrow", "Organization")], {}) == []
    two = [(0, 12, "Harrow Party", "Organization"), (13, 24, "Harrow Club", "Organization"), (30, 36, "Harrow", "Organization")]
    assert tail_names(two, {}) == []
    person = [(0, 12, "Dana Harrow", "Person"), (13, 25, "Harrow Party", "Organization"), (30, 36, "Harrow", "Organization")]
    assert tail_names(person, {}) == []
    assert tail_names([(0, 12, "Harrow Party", "Organization"), (30, 36, "Harrow", "Organization")], {1: "Harrow County"}) == []
