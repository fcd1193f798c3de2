"""The view's evidence and confidence tables are the same whether the graph's store numbers its
terms (DiskStore, read as ids) or not (read as terms): several selectors, sources and values included."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from test_view_compact import _with_roles
from view_graphs import hostile_graph, seed_like_graph, synthetic_graph

from kg.core.namespaces import KG, OA
from kg.graph.diskstore import DiskStore
from kg.outputs.view.data import read_view_data
from kg.outputs.view.evidence import evidence_and_confidence
from kg.outputs.view.page import render_html

EX = "https://example.org/t/"


def _on_disk(graph: Graph) -> Graph:
    disk = Graph(store=DiskStore())
    for triple in graph:
        disk.add(triple)
    return disk


def _tangled() -> tuple[Graph, dict]:
    """Assertions with two sources, a source with two selectors (one without offsets), two values of
    one property (the smaller one counts), a confidence on an assertion without a subject."""
    g = Graph()
    art = URIRef(EX + "article/1")
    s, p, o = URIRef(EX + "a"), KG.heads, URIRef(EX + "b")
    for n, conf in ((1, "0.5"), (2, "0.8123")):
        a = URIRef(EX + f"assertion/{n}")
        g.add((a, RDF.type, KG.Assertion))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, KG.extractedBy, Literal(f"rule-{n}")))
        g.add((a, KG.confidence, Literal(conf, datatype=XSD.decimal)))
        for m in (1, 2):
            ev = URIRef(EX + f"ev/{n}-{m}")
            g.add((a, PROV.wasDerivedFrom, ev))
            g.add((ev, OA.hasSource, art))
            for k, (start, text) in enumerate(((10 * m, f"Sentence {m}."), (None, "Z quote"))):
                sel = URIRef(EX + f"sel/{n}-{m}-{k}")
                g.add((ev, OA.hasSelector, sel))
                g.add((sel, OA.exact, Literal(text)))
                if start is not None:
                    g.add((sel, OA.start, Literal(start)))
                    g.add((sel, OA.end, Literal(start + 12)))
            g.add((ev, KG.page, Literal(m)))
    g.add((URIRef(EX + "assertion/1"), RDF.object, URIRef(EX + "a-second-object")))
    lone = URIRef(EX + "assertion/3")
    g.add((lone, RDF.type, KG.Assertion))
    g.add((lone, KG.confidence, Literal("0.3", datatype=XSD.decimal)))
    return g, {art: 0}


def test_the_tables_are_the_same_read_as_ids_or_as_terms():
    graph, articles = _tangled()
    in_memory = evidence_and_confidence(graph, articles)
    evidence, confidence = in_memory
    assert evidence[(URIRef(EX + "a"), KG.heads, URIRef(EX + "b"))] == [
        (0, 10, 22, "Sentence 1.", "rule-2", 1),
        (0, 20, 32, "Sentence 2.", "rule-2", 2),
    ]
    assert evidence[(URIRef(EX + "a"), KG.heads, URIRef(EX + "a-second-object"))][0][4] == "rule-1"
    assert confidence[(None, None, None)] == 0.3
    assert evidence_and_confidence(_on_disk(graph), articles) == in_memory


def test_the_view_of_a_graph_on_disk_is_the_view_in_memory():
    for graph in (seed_like_graph(), hostile_graph()):
        assert read_view_data(_on_disk(graph)) == read_view_data(graph)


def test_a_graph_on_disk_is_read_by_joins_not_by_columns(monkeypatch):
    """kg build's graph (a DiskStore) gives its provenance by SQL joins, an assertion at a time
    (kg.graph.diskjoin): no predicate is read into a column of the whole graph (issue 19)."""
    graph, articles = _tangled()
    disk = _on_disk(graph)

    def whole_predicate(*args, **kwargs):
        pytest.fail("a provenance predicate read as a column")

    monkeypatch.setattr(DiskStore, "id_triples", whole_predicate)
    monkeypatch.setattr(DiskStore, "triples", whole_predicate)
    assert evidence_and_confidence(disk, articles) == evidence_and_confidence(graph, articles)


def test_the_page_of_a_graph_on_disk_is_the_page_in_memory():
    for graph in (seed_like_graph(), hostile_graph(), _with_roles(), synthetic_graph(600)):
        for physics_max_nodes in (150, 2):
            assert render_html(_on_disk(graph), physics_max_nodes=physics_max_nodes) == render_html(
                graph, physics_max_nodes=physics_max_nodes
            )
