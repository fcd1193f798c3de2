"""The network view's data carry each fact's kg:confidence (edges and literal values)."""

from __future__ import annotations

from minigraph import build_mini_graph

from kg.graph.confidence import assign
from kg.outputs.view.data import read_view_data


def test_edges_and_literals_carry_the_fact_confidence(tmp_path):
    path = tmp_path / "p.tsv"
    path.write_text("rule\tprecision\n*\t0.7\ntest/passed-by\t0.95\n", encoding="utf-8")
    m = build_mini_graph()
    assign(m.graph, path)
    data = read_view_data(m.graph)
    names = {i: n["label"] for i, n in enumerate(data.nodes)}
    confs = {(names[e["from"]], data.properties[e["prop"]]): e["conf"] for e in data.edges}
    assert confs[("Clean Streets Act", "enactedBy")] == 0.95
    assert confs[("Sam Ortiz", "appointedBy")] == 0.7
    literals = [lit for n in data.nodes for lit in n["literals"]]
    assert literals and all(lit["conf"] == 0.7 for lit in literals)


def test_a_graph_without_confidence_gives_none():
    data = read_view_data(build_mini_graph().graph)
    assert data.edges and all(e["conf"] is None for e in data.edges)
