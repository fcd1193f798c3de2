"""kg.orchestrate.memory: the strings every article repeats are one object while resolution holds them."""

from kg.core.records import Extraction, LocalEntity
from kg.orchestrate.memory import release, shared_strings


def _fresh(s: str) -> str:
    return "".join(list(s))  # an equal string that is another object


def _extraction(doc_id: str) -> Extraction:
    e = LocalEntity(_fresh("e1"), _fresh("Person"), _fresh("Maria Quell"), [_fresh("Maria Quell"), _fresh("Quell")], [(0, 11)])
    return Extraction(_fresh(doc_id), [e])


def test_equal_strings_of_two_articles_become_one_object():
    a, b = _extraction("doc-a"), _extraction("doc-a")
    assert a.entities[0].cls is not b.entities[0].cls
    a, b = shared_strings(a), shared_strings(b)
    ea, eb = a.entities[0], b.entities[0]
    assert ea.key is eb.key and ea.cls is eb.cls and ea.name is eb.name and a.doc_id is b.doc_id
    assert all(x is y for x, y in zip(ea.names, eb.names, strict=True)) and ea.names == ["Maria Quell", "Quell"]
    assert ea.mentions == [(0, 11)] and (ea.key, ea.cls, ea.name) == ("e1", "Person", "Maria Quell")


def test_release_can_be_called_at_any_time():
    release()
    release()
