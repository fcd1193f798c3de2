"""Article metadata (authors, outlet) joined to extractions: no model needed."""

from __future__ import annotations

from kg.core.records import Document, Extraction, LocalEntity
from kg.resolve.metadata import author_names, with_metadata


def doc(**kw) -> Document:
    return Document(id="a", text="text", **kw)


def test_noisy_author_fields_keep_only_names():
    d = doc(
        authors=[
            "Stephen Dinan",
            "S.A. Miller",
            "Backgroundurl Avatar_Large",
            "Associated Press",
            '"Cortney OBrien"',
            "Tom Howell Jr.",
            "staff",
            "Ariane De Vogue",
            "NPR Staff",
        ]
    )
    assert author_names(d) == ["Stephen Dinan", "S.A. Miller", "Cortney OBrien", "Tom Howell Jr.", "Ariane De Vogue"]


def test_authors_and_outlet_become_entities_once():
    x = Extraction("a", entities=[LocalEntity("p0", "Person", "Jane Roe", ["Jane Roe", "Roe"], [(0, 8)])], authors=["p0"])
    y = with_metadata(x, doc(authors=["Jane Roe", "John Doe"], publisher="The Daily Paper"))
    assert x.authors == ["p0"] and len(x.entities) == 1  # the input is not changed
    by_key = {e.key: e for e in y.entities}
    assert y.authors[0] == "p0" and len(y.authors) == 2
    added = by_key[y.authors[1]]
    assert (added.cls, added.name, added.mentions) == ("Person", "John Doe", [])
    assert by_key[y.publisher].cls == "Organization" and by_key[y.publisher].name == "The Daily Paper"


def test_a_publisher_named_in_the_text_wins_and_nothing_changes_without_metadata():
    x = Extraction("a", entities=[LocalEntity("o0", "Organization", "WBUR", ["WBUR"], [(0, 4)])], publisher="o0")
    assert with_metadata(x, doc(publisher="wbur.org")).publisher == "o0"
    assert with_metadata(x, doc()) is x
