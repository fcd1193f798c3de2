"""Spreadsheet and XML safety of the outputs (issue 20 rows 9 and 12): formula-like cells are
neutralized (OWASP: a leading ``'``), control characters never reach CSV, GraphML or GEXF."""

from __future__ import annotations

import csv
import xml.dom.minidom
from types import SimpleNamespace

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.cli import main
from kg.core.iri import mint
from kg.core.namespaces import KG, OA
from kg.outputs.write import cell, write_entities_csv, write_facts_csv, write_resolution_log

HOSTILE = ['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "nul\x00byte\x07"]


def test_cell():
    assert [cell(v) for v in HOSTILE] == [
        '\'=HYPERLINK("http://evil.example")',
        "'+1+1",
        "'-2+3",
        "'@SUM(A1)",
        "'\tTab",
        "'\rCR",
        "nulbyte",
    ]
    assert [cell(v) for v in ("Mayor Jane Doe", "a = b", "line\none", 5, -3)] == ["Mayor Jane Doe", "a = b", "line\none", 5, -3]


def _rows(path, delimiter=","):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))[1:]


def test_entities_and_resolution_files(tmp_path):
    entity = SimpleNamespace(
        iri="https://w3id.org/civic-kg/id/x", label="=1+2", cls="Person", aliases=["@a", "b\x00"], articles={"d"}
    )
    res = SimpleNamespace(entities=[entity], log=[["=cmd|' /C calc'!A0", "-name", "art\x01icle", "merged"]])
    write_entities_csv(res, tmp_path / "entities.csv")
    write_resolution_log(res, tmp_path / "resolution.tsv")
    assert _rows(tmp_path / "entities.csv") == [["https://w3id.org/civic-kg/id/x", "'=1+2", "Person", "'@a; b", "1"]]
    assert _rows(tmp_path / "resolution.tsv", "\t") == [["'=cmd|' /C calc'!A0", "'-name", "article", "merged"]]


def _hostile_graph() -> Graph:
    g = Graph()
    s, o = mint("person", "Evil"), mint("agency", "Other")
    g.add((s, RDF.type, KG.Person))
    g.add((s, RDFS.label, Literal("=EVIL()\x00\x01 label")))
    g.add((o, RDF.type, KG.Agency))
    g.add((o, RDFS.label, Literal("@Agency\x0b")))
    a, ev, sel, doc = URIRef("urn:x:a"), URIRef("urn:x:ev"), URIRef("urn:x:sel"), URIRef("urn:x:doc")
    g.add((a, RDF.type, KG.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, KG.memberOf))
    g.add((a, RDF.object, o))
    g.add((a, PROV.wasDerivedFrom, ev))
    g.add((ev, OA.hasSource, doc))
    g.add((doc, DCTERMS.identifier, Literal("+doc")))
    g.add((ev, OA.hasSelector, sel))
    g.add((sel, RDF.type, OA.TextQuoteSelector))
    g.add((sel, OA.exact, Literal("-Evil said\x00 so.")))
    return g


def test_facts_file(tmp_path):
    write_facts_csv(_hostile_graph(), tmp_path / "facts.csv")
    [row] = _rows(tmp_path / "facts.csv")
    assert row[:7] == ["'=EVIL() label", "Person", "memberOf", "'@Agency", "Agency", "'+doc", "'-Evil said so."]


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_export_of_control_characters_is_valid_xml(tmp_path, fmt, reader):
    graph = tmp_path / "graph.ttl"
    _hostile_graph().serialize(graph, format="turtle")
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--graph", str(graph), "--out", str(out)])
    assert result.exit_code == 0, result.output
    xml.dom.minidom.parse(str(out))  # well-formed XML
    labels = {d.get("label") for _, d in reader(out).nodes(data=True)}
    assert labels == {"=EVIL() label", "@Agency"}


def test_an_export_to_a_place_that_cannot_be_written_is_one_line(tmp_path):
    graph = tmp_path / "graph.ttl"
    _hostile_graph().serialize(graph, format="turtle")
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    out = tmp_path / "afile" / "graph.graphml"
    result = CliRunner().invoke(main, ["export", "--format", "graphml", "--graph", str(graph), "--out", str(out)])
    assert (
        result.exit_code == 2 and result.output == f"kg: error: --out {out}: cannot write there (a part of the path is a file)\n"
    )
