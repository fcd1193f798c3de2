"""kg.language.honorifics without the model: a pope's or a monarch's title stays with one name, other titles go."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.language.honorifics import titled_holder, with_name_title, without_title

NLP = spacy.blank("en")


def person(text: str, name: str) -> Span:
    doc = NLP(text)
    start = next(i for i, t in enumerate(doc) if doc[i : i + len(name.split())].text == name)
    return Span(doc, start, start + len(name.split()), label="Person")


@pytest.mark.parametrize(
    "text, name, widened",
    [
        ("Pope Gelasius spoke.", "Gelasius", "Pope Gelasius"),
        ("Queen Adelheid III spoke.", "Adelheid III", "Queen Adelheid III"),
        ("Crown Prince Osric spoke.", "Osric", "Crown Prince Osric"),
        ("Mr Okonkwo spoke.", "Okonkwo", "Okonkwo"),  # not a monarch's title
        ("King Osric Delane spoke.", "Osric Delane", "Osric Delane"),  # a first name and a surname: not a regnal name
    ],
)
def test_with_name_title(text, name, widened):
    assert with_name_title(person(text, name)).text == widened


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("Pope Gelasius spoke.", "Pope Gelasius", "Pope Gelasius"),
        ("Mr Brett Okonkwo spoke.", "Mr Brett Okonkwo", "Brett Okonkwo"),
    ],
)
def test_without_title(text, name, kept):
    assert without_title(person(text, name)).text == kept


def test_the_title_alone_is_its_one_holder_unless_a_surname_shares_it():
    doc = NLP("Pope Gelasius met Dale Pope. The Pope spoke.")
    gelasius, dale = Span(doc, 0, 2, label="Person"), Span(doc, 3, 5, label="Person")
    at = doc[7].idx
    assert titled_holder("Pope", [gelasius], at) == (gelasius.start_char, gelasius.end_char)
    assert titled_holder("Pope", [gelasius, dale], at) is None
