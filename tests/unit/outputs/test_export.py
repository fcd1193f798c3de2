"""`kg export` round-trips every RDF format; the networks open in networkx with their attributes;
`kg stats` reports what the hand-built seed graph holds."""

from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from seed_fixture import write_seed_fixture

from kg.cli import main
from kg.core.iri import mint
from kg.core.namespaces import KG
from kg.graph.split import ONTOLOGY_GRAPH
from kg.graph.store import load_store
from kg.outputs.stats import compute_stats

COX = str(mint("official", "Michael Cox"))
WU = str(mint("official", "Michelle Wu"))
TRUST_ACT = str(mint("law", "Trust Act"))


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    return write_seed_fixture(tmp_path_factory.mktemp("export") / "graph.ttl")


@pytest.fixture(scope="module")
def source(graph_file):
    return Graph().parse(graph_file, format="turtle")


def export(graph_file, fmt, out):
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(graph_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_rdf_formats_round_trip(graph_file, source, tmp_path, fmt, parser):
    out = export(graph_file, fmt, tmp_path / f"graph.{fmt}")
    assert isomorphic(Graph().parse(out, format=parser), source)


def test_trig_has_one_named_graph_per_article_and_round_trips(graph_file, source, tmp_path):
    out = export(graph_file, "trig", tmp_path / "graph.trig")
    ds = Dataset()
    ds.parse(out, format="trig")
    names = {g.identifier for g in ds.graphs() if len(g)}
    articles = set(source.subjects(RDF.type, KG.Article))
    assert articles and articles | {ONTOLOGY_GRAPH} == names
    union = Graph()
    for g in ds.graphs():
        for triple in g:
            union.add(triple)
    assert isomorphic(union, source)
    # the facts an article supports are in its graph, and only there when no other article states them
    appointed = (URIRef(COX), KG.appointedBy, URIRef(WU))
    holders = {g.identifier for g in ds.graphs() if appointed in g}
    assert holders == {mint("article", "002_c8cfb4c10c946031")}


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats_open_with_attributes(graph_file, tmp_path, fmt, reader):
    net = reader(export(graph_file, fmt, tmp_path / f"graph.{fmt}"))
    cox = net.nodes[COX]
    assert cox.get("label") == "Michael Cox" and cox["class"] == "Official"
    assert "Cox" in cox["aliases"].split("; ") and int(cox["articles"]) == 1
    assert int(net.nodes[TRUST_ACT]["articles"]) == 5
    edges = [d for _, o, d in net.out_edges(COX, data=True) if o == WU]
    assert [(d["property"], int(d["evidence"])) for d in edges] == [("appointedBy", 1)]
    amended = [d for _, o, d in net.out_edges(TRUST_ACT, data=True) if d["property"] == "amendedBy"]
    assert [int(d["evidence"]) for d in amended] == [2]  # two articles say it


def test_export_errors_are_one_line(tmp_path):
    result = CliRunner().invoke(main, ["export", "--format", "turtle", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2 and "none.ttl" in result.output and "Traceback" not in result.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    for fmt in ("graphml", "turtle", "jsonld"):
        result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(bad), "--out", str(tmp_path / "x")])
        assert result.exit_code == 2 and "bad.ttl" in result.output, result.output
        assert list(tmp_path.iterdir()) == [bad]  # nothing half-written left behind


def test_stats(graph_file):
    stats = compute_stats(load_store(graph_file), top=5)
    assert ("kg:Official", 7) in stats.classes and ("kg:Law", 3) in stats.classes
    assert ("kg:appointedBy", 1) in stats.properties
    assert stats.connected[0] == ("Trust Act", 7)
    assert stats.central and stats.central[0][0] == "Trust Act"
    assert stats.components == len(stats.component_sizes) or len(stats.component_sizes) == 5
    assert stats.component_sizes[0] == 16 and stats.isolated == 10
    assert stats.articles[0] == ("004_bb37b0744b130b32", 12)
    output = CliRunner().invoke(main, ["stats", "--graph", str(graph_file)]).output
    assert "Most central entities" in output and "Trust Act" in output
    g = Graph().parse(graph_file)
    assertions = list(g.subjects(RDF.type, KG.Assertion))
    facts = {(g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)) for a in assertions}
    assert (stats.facts, stats.evidence) == (len(facts), len(assertions)) and len(facts) < len(assertions)
    assert f"Facts: {len(facts)} ({len(assertions)} pieces of evidence)" in output
