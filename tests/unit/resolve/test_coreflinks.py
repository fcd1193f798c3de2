"""In-article coreference on hand-labelled docs: short names of organizations."""

from __future__ import annotations

from spacy.tokens import Span

from kg.resolve.corefs import Clusters


def _clusters(nlp, text, labelled):
    doc = nlp.make_doc(text)
    spans = []
    for name, label, nth in labelled:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return Clusters.from_doc(doc)


def _joined(c, a, b):
    names = [m[2] for m in c.mentions]
    return c.find(names.index(a)) == c.find(len(names) - 1 - names[::-1].index(b))


def test_a_place_no_gazetteer_knows_the_article_also_names_as_an_organization_is_that_organization(nlp):
    text = "The company Autoquip sued on Monday. Autoquip has not carried its burden, the judges said."
    c = _clusters(nlp, text, [("Autoquip", "Organization", 0), ("Autoquip", "Place", 1)])
    assert _joined(c, "Autoquip", "Autoquip")
    # a short name that opens an organization's name stays apart (streets, towns: "Newtown High School")
    text = "The firm Delmont Wood Specialties sued. Five firms, including Delmont, were denied relief."
    c = _clusters(nlp, text, [("Delmont Wood Specialties", "Organization", 0), ("Delmont", "Place", 1)])
    assert not _joined(c, "Delmont Wood Specialties", "Delmont")


def test_a_city_the_gazetteer_knows_stays_apart_from_an_organization_named_for_it(nlp):
    text = "The Chicago Tribune reported it. Officials in Chicago agreed."
    c = _clusters(nlp, text, [("Chicago Tribune", "Organization", 0), ("Chicago", "Place", 1)])
    assert not _joined(c, "Chicago Tribune", "Chicago")


def test_an_organizations_short_name_or_a_place_written_as_one_joins_nothing(nlp):
    text = "The Harvard Injury Research Center found it. Lee, of Harvard, agreed."
    c = _clusters(nlp, text, [("Harvard Injury Research Center", "Organization", 0), ("Harvard", "Organization", 1)])
    assert not _joined(c, "Harvard Injury Research Center", "Harvard")
    text = "Needville ISD closed. In Needville, Texas, the superintendent spoke."
    c = _clusters(nlp, text, [("Needville ISD", "Organization", 0), ("Needville", "Place", 1)])
    assert not _joined(c, "Needville ISD", "Needville")
