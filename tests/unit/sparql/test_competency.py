"""Every competency question (ontology/queries/*.rq) returns its expected answer on the seeds.

Expected answers: tests/data/competency_expected.json. Each question runs on the hand-built seed
graph (tests/seed_fixture.py, shaped per docs/GRAPH.md) and on the graph `kg build seeds/` makes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from seed_fixture import write_seed_fixture

from kg.graph.store import inspect_query, load_store
from kg.sparql.query import answer

ROOT = Path(__file__).resolve().parents[3]
QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
EXPECTED = json.loads((Path(__file__).resolve().parents[2] / "data" / "competency_expected.json").read_text(encoding="utf-8"))
NAMES = [q.stem for q in QUERIES]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub("[\u2018\u2019\u02bc]", "'", re.sub("[\u201c\u201d]", '"', text))
    return " ".join(text.split())


def row_matches(expected: dict, row: dict) -> bool:
    return all(norm(str(v)) in norm(row.get(k, "")) for k, v in expected.items())


def ask(store, name: str):
    """The answer of question ``name`` as a bool (ASK) or a list of {variable: value} rows."""
    spec = EXPECTED[name]
    text = (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    out = json.loads(answer(store, text, "json", spec.get("bind")))
    if "boolean" in out:
        return out["boolean"]
    return [{k: v["value"] for k, v in b.items()} for b in out["results"]["bindings"]]


def check(store, name: str) -> None:
    spec = EXPECTED[name]
    got = ask(store, name)
    if "ask" in spec:
        assert got is spec["ask"]
        return
    assert got, f"{name}: no rows"
    missing = [exp for exp in spec["rows"] if not any(row_matches(exp, row) for row in got)]
    assert not missing, f"{name}: expected rows not found: {missing}\ngot: {got}"


def test_at_least_twelve_questions_each_stated_and_expected():
    assert len(QUERIES) >= 12
    for path in QUERIES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Question: ") and first.endswith("?"), path.name
        assert path.stem in EXPECTED, f"{path.name} has no expected answer"
        inspect_query(path.read_text(encoding="utf-8"))  # parses, with kg's predeclared prefixes


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    return load_store(write_seed_fixture(tmp_path_factory.mktemp("fixture") / "graph.ttl"))


@pytest.mark.parametrize("name", NAMES)
def test_question_on_hand_built_seed_graph(fixture_store, name):
    check(fixture_store, name)


def test_row_matching_can_fail(fixture_store):
    """The check is not vacuous: a wrong expectation is reported missing."""
    rows = ask(fixture_store, "appointments")
    assert not any(row_matches({"officialName": "Michelle Wu", "appointedByName": "Michael Cox"}, r) for r in rows)
    assert any(row_matches({"officialName": "michael cox", "appointedByName": "MICHELLE WU"}, r) for r in rows)


@pytest.fixture(scope="module")
def seed_store(seed_build):
    return load_store(seed_build / "graph.ttl")


# Extraction gaps on the built seed graph, tracked by the extraction-quality issue; the answers
# above come from the articles, not from what the extractor currently finds. (None left.)
BUILD_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(reason=BUILD_GAPS[n], strict=False)) if n in BUILD_GAPS else n for n in NAMES],
)
def test_question_on_built_seed_graph(seed_store, name):
    check(seed_store, name)
