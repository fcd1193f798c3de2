"""One name, one class in one article (kg.resolve.splitnames): a town the article writes as a place is
one Place, not also an agency of its name."""

from __future__ import annotations

from kg.resolve.article import extract


def test_a_town_written_as_a_place_is_no_agency_of_its_name_beside_it(nlp):
    text = (
        "Crowds gathered in Reno on Sunday. Reno Sheriff Dale Ambers described the shooting as an attack. "
        "Reno police said 12 were hurt."
    )
    got = [(e.name, e.cls) for e in extract(nlp(text), "d").entities if e.name == "Reno"]
    assert got == [("Reno", "Place")]
