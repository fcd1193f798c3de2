"""Corpus resolution's compact working tables answer as the dict and list they replace."""

import pytest

from kg.resolve.unionfind import Reasons, parents


def test_reasons_read_back_as_a_dict_of_pairs_would():
    reasons, same = Reasons(5), {}
    for i, value in [
        (3, (0, "same full name: 'jane doe'")),
        (1, (0, "same acronym: 'fbi'")),
        (4, (3, "same full name: 'jane doe'")),
    ]:
        reasons[i], same[i] = value, value
    reasons[1] = same[1] = (2, "generic name 'City Council' of a body named in full")  # a later reason replaces one
    for i in range(5):
        assert (i in reasons) == (i in same)
        if i in same:
            assert reasons[i] == same[i]
    with pytest.raises(KeyError):
        reasons[0]


def test_reasons_keep_each_distinct_text_once():
    reasons = Reasons(1000)
    for i in range(1, 1000):
        reasons[i] = (0, f"same full name: {'jane doe'!r}")  # a new string object each time
    assert len(reasons._texts) == 1
    assert reasons[999] == (0, "same full name: 'jane doe'")


def test_parents_start_as_their_own_roots_and_take_any_root():
    parent = parents(4)
    assert list(parent) == [0, 1, 2, 3]
    parent[3] = 1
    assert parent[3] == 1 and parent.itemsize == 8
