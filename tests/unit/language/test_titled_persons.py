"""kg.language.descriptors.titled_persons on hand-built docs: the persons a bare "the president said"
may mean (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kg.language.descriptors import titled_persons


def _doc(words, ents, titles):
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    if not Doc.has_extension("kg_titles"):
        Doc.set_extension("kg_titles", default=None)
    doc._.kg_titles = [
        {
            "person": [doc[ps].idx, doc[pe - 1].idx + len(doc[pe - 1])],
            "title": title,
            "org": org and [doc[org[0]].idx, doc[org[1] - 1].idx + len(doc[org[1] - 1])],
        }
        for (ps, pe), title, org in titles
    ]
    persons = [e for e in doc.ents if e.label_ == "Person"]
    return doc, persons


def test_an_organizations_president_is_not_the_bare_president():
    doc, persons = _doc(
        ["Acme", "News", "President", "Jay", "Marlowe", "spoke", "."],
        [(0, 2, "Organization"), (3, 5, "Person")],
        [((3, 5), "President", (0, 2))],
    )
    assert titled_persons(doc, persons) == []


def test_a_places_president_and_an_organizations_chairman_are_titled():
    doc, persons = _doc(
        ["Ruritania", "President", "Ana", "Ruiz", "met", "Acme", "Chairman", "Jay", "Marlowe", "."],
        [(0, 1, "Place"), (2, 4, "Person"), (5, 6, "Organization"), (7, 9, "Person")],
        [((2, 4), "President", (0, 1)), ((7, 9), "Chairman", (5, 6))],
    )
    assert [(word, surname) for _, word, surname in titled_persons(doc, persons)] == [
        ("president", "Ruiz"),
        ("chairman", "Marlowe"),
    ]


def test_a_former_holder_is_not_titled():
    doc, persons = _doc(
        ["Former", "Governor", "Ana", "Ruiz", "spoke", "."], [(2, 4, "Person")], [((2, 4), "former Governor", None)]
    )
    assert titled_persons(doc, persons) == []
