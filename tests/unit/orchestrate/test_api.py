"""The Python API: ``kg.build(paths, ...)`` returns the graph and its tables and writes no file."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest
from conftest import SEEDS
from rdflib import Graph
from rdflib.namespace import RDF

import kg
from kg.core.namespaces import KG


@pytest.fixture(scope="module")
def api_build(tmp_path_factory):
    here = tmp_path_factory.mktemp("notebook")
    cwd = os.getcwd()
    os.chdir(here)
    try:
        result = kg.build(SEEDS)
    finally:
        os.chdir(cwd)
    assert list(here.iterdir()) == [], "kg.build writes no file"
    return result


def test_build_returns_the_graph_and_its_tables(api_build, seed_build):
    r = api_build
    assert isinstance(r.graph, Graph) and len(r.documents) == 5 and not r.problems
    assertions = list(r.graph.subjects(RDF.type, KG.Assertion))
    facts = {(r.graph.value(a, RDF.subject), r.graph.value(a, RDF.predicate), r.graph.value(a, RDF.object)) for a in assertions}
    assert len(r.facts) == len(facts) and len(r.evidence) == len(assertions)
    assert sum(f["evidence_count"] for f in r.facts) == len(r.evidence)
    with open(seed_build / "facts.csv", newline="", encoding="utf-8") as fh:
        csv_rows = list(csv.DictReader(fh))
    assert [{k: str(v) for k, v in row.items() if k in csv_rows[0]} for row in r.evidence] == csv_rows
    with open(seed_build / "entities.csv", newline="", encoding="utf-8") as fh:
        entities = list(csv.DictReader(fh))
    assert [e["iri"] for e in r.entities] == [e["iri"] for e in entities]
    assert len(r.quotes) == len(set(r.graph.subjects(RDF.type, KG.Quote))) and r.quotes[0]["text"]
    heads = [f for f in r.facts if f["property"] == "heads"]
    assert heads and all(f["articles"] and f["object_class"] for f in heads)
    assert f"{len(facts)} facts ({len(assertions)} pieces of evidence)" in repr(r)


def test_frames_need_pandas_and_say_so(api_build, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        api_build.frames()


def test_frames_with_pandas(api_build):
    pytest.importorskip("pandas")
    frames = api_build.frames()
    assert len(frames["facts"]) == len(api_build.facts) and list(frames["evidence"].columns)[:3] == [
        "subject",
        "subject_class",
        "property",
    ]


def test_import_kg_is_light():
    code = "import kg, sys; print(sorted(m for m in ('spacy', 'rdflib', 'kg.orchestrate') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]" and callable(kg.build)
