"""Shared fixtures, defined once for every tier. The seed build runs once per test session.

Tiers (folders): ``unit/<step>/`` mirrors the package, one folder per step; ``behaviour/`` runs
invented sentences through the real pipeline; ``e2e/`` builds and runs the CLI; ``browser/`` drives
headless Chromium. ``e2e`` and ``browser`` are marked ``slow``: ``pytest -m "not slow"`` runs the
fast tiers alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The output folder of `kg build seeds/` (graph.ttl, facts.csv, entities.csv, graph.html ...)."""
    from kg.orchestrate.run import run_build

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


@pytest.fixture(scope="session")
def nlp():
    """The full kg pipeline (model + kg's components), loaded once per session."""
    from kg.pipeline import cached_nlp

    return cached_nlp(None)


SLOW_TIERS = ("e2e", "browser")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: end-to-end and browser tiers (deselect with -m 'not slow')")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        parts = Path(str(item.fspath)).resolve().relative_to(here).parts
        if parts and parts[0] in SLOW_TIERS:
            item.add_marker(pytest.mark.slow)
