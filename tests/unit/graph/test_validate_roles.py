"""The SHACL shapes of office-holdings (org:Membership, its office concept, its time interval)."""

from __future__ import annotations

from minigraph import ARTICLE_ID, ARTICLE_TEXT, add_evidence, add_membership, build_mini_graph
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.core.iri import mint
from kg.core.namespaces import KG, ORG, TIME
from kg.graph.validate import validate_graph


def with_membership():
    m = build_mini_graph()
    start = ARTICLE_TEXT.index("Governor Dana Reyes")
    ev = add_evidence(m.graph, m.article, ARTICLE_ID, ARTICLE_TEXT, start, start + len("Governor Dana Reyes"))
    node = add_membership(m.graph, mint("official", "Dana Reyes"), None, "Governor", "head", "current", ev)
    return m.graph, node


def test_a_membership_as_built_conforms():
    g, node = with_membership()
    span = mint("interval", "x", node)
    g.add((node, KG.asOf, Literal("2024-03-01", datatype=XSD.date)))
    g.add((node, ORG.memberDuring, span))
    g.add((span, RDF.type, TIME.Interval))
    g.add((span, KG.startYear, Literal("2019", datatype=XSD.gYear)))
    result = validate_graph(g)
    assert result.conforms, result.text


def test_an_unknown_status_is_a_violation():
    g, node = with_membership()
    g.set((node, KG.status, Literal("emeritus")))
    result = validate_graph(g)
    assert not result.conforms and "kg:status" in result.text


def test_a_membership_without_evidence_or_role_is_a_violation():
    g, node = with_membership()
    g.remove((node, ORG.role, None))
    result = validate_graph(g)
    assert not result.conforms and "org:role" in result.text
