"""Shared fixtures. The seed build runs once per test session; tests read its outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The output folder of `kg build seeds/` (graph.ttl, facts.csv, entities.csv, graph.html ...)."""
    from kg.build.run import run_build

    out = tmp_path_factory.mktemp("seed-build")
    code = run_build([SEEDS], out=out, model=None, quiet=True)
    assert code == 0
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from rdflib import Graph

    g = Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    return g
