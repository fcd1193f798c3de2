"""The merge log kept on disk reads back as the sorted list of its rows."""

from kg.resolve.mergelog import MergeLog


def _rows(iri: str, n: int) -> list[tuple[str, str, str, str]]:
    return [(iri, f"Name {k % 3}", f"doc{(7 * k) % 5}", f"merged with 'Name {k}' of doc{k} (same full name)") for k in range(n)]


def test_rows_come_back_sorted_as_one_list_whatever_order_entities_were_added_in():
    log, every = MergeLog(), []
    for iri, n in [
        ("https://kg/person/zed", 4),
        ("https://kg/agency/ab", 2),
        ("https://kg/person/m", 0),
        ("https://kg/law/x", 5),
    ]:
        rows = _rows(iri, n)
        log.add(iri, list(reversed(rows)))
        every += rows
    assert list(log) == sorted(every)
    assert len(log) == len(every) == 11
    assert list(log) == sorted(every)  # read again
    assert log[0] == sorted(every)[0] and log == sorted(every)


def test_two_entities_of_one_iri_are_sorted_together():
    log = MergeLog()
    first, second = _rows("https://kg/person/a", 3), [("https://kg/person/a", "Name 0", "doc0", "a reason that sorts first")]
    log.add("https://kg/person/a", first)
    log.add("https://kg/person/a", second)
    assert list(log) == sorted(first + second)


def test_an_empty_log_is_empty():
    log = MergeLog()
    log.add("https://kg/person/a", [])
    assert not log and list(log) == [] and log == []
