"""The terms of a fact's assertion, shared by the graph's passes: the object a fact is written with,
and the IRI of the ``kg:Assertion`` that states it from one sentence of one article."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ..core.iri import mint
from ..core.records import Evidence, Fact
from ..language.status import title_label

DATE_PROPS = {"enactedDate", "amendedDate", "decisionDate"}


def fact_object(f: Fact, obj: URIRef | None):
    """The object term of ``f``: ``obj`` (its entity's IRI) for an entity fact, else its literal (a
    year for a date, the normalized label for a title)."""
    if f.obj is not None:
        return obj
    if f.prop in DATE_PROPS:
        return Literal(f.value, datatype=XSD.gYear)
    return Literal(title_label(f.value) if f.prop == "title" else f.value)


def assertion_iri(s: URIRef, p: URIRef, o, doc_id: str, ev: Evidence) -> URIRef:
    """The assertion of (s, p, o) read from ``ev`` in article ``doc_id``."""
    return mint("assertion", str(s).rsplit("/", 1)[-1], s, p, o, doc_id, ev.start, ev.end)
