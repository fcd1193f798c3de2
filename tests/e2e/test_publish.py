"""`kg build` writes only what conforms, gives each fact its confidence, and with
--min-confidence leaves out the facts below it (the seeds, end to end)."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import SEEDS
from rdflib import Graph
from rdflib.namespace import RDF

from kg.cli import main
from kg.core.namespaces import KG
from kg.graph.validate import validate_graph


def test_every_seed_assertion_has_a_confidence(seed_graph):
    assertions = list(seed_graph.subjects(RDF.type, KG.Assertion))
    values = [seed_graph.value(a, KG.confidence) for a in assertions]
    assert assertions and all(v is not None and 0 < float(v) < 1 for v in values)


def test_min_confidence_leaves_out_facts_and_says_so(tmp_path, seed_graph):
    out = tmp_path / "out"
    args = ["build", str(SEEDS), "--out", str(out), "--no-cache", "--min-confidence", "0.9"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "shapes:   0 facts dropped, 0 entities retyped to conform to the shapes" in result.output
    assert "facts below 0.9 left out" in result.output
    g = Graph().parse(out / "graph.ttl")
    kept = list(g.subjects(RDF.type, KG.Assertion))
    assert 0 < len(kept) < len(list(seed_graph.subjects(RDF.type, KG.Assertion)))
    assert all(float(g.value(a, KG.confidence)) >= 0.9 for a in kept)
    assert validate_graph(g).conforms


def test_min_confidence_out_of_range_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--min-confidence", "2"])
    assert result.exit_code == 2 and "--min-confidence" in result.output
