"""Roles in time on a fixed corpus of invented dated articles (tests/data/roles_corpus): a water
department with three successive heads, one called former, one acting, one current. The "as of the
latest article" question names the head the latest dated article calls current; "who has headed"
lists each head with the status the latest article about them gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import kg
from kg.graph.store import load_store
from kg.sparql.query import answer

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "roles_corpus"
BODY = "Riverside Water Department"
PARKS = "Riverside Parks Department"


def ask(graph_file: Path, name: str, body: str = BODY) -> list[dict]:
    text = (ROOT / "ontology" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    out = json.loads(answer(load_store(graph_file), text, "json", {"orgName": body} if "heads" in name else None))
    return [{k: v["value"] for k, v in b.items()} for b in out["results"]["bindings"]]


def built(corpus: Path, tmp: Path) -> Path:
    path = tmp / "graph.ttl"
    kg.build(corpus, cache_dir=tmp / "cache").graph.serialize(path, format="turtle")
    return path


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    return built(CORPUS, tmp_path_factory.mktemp("roles"))


def test_the_latest_article_names_the_one_current_head(graph_file):
    rows = ask(graph_file, "current-heads")
    assert [(r["headName"], r["status"], r["asOf"], r["role"]) for r in rows] == [
        ("Priya Shah", "current", "2023-05-20", "Director")
    ]


def test_everyone_who_has_headed_it_with_status_and_years(graph_file):
    rows = {r["headName"]: r for r in ask(graph_file, "heads-over-time") if r["orgName"] == BODY}
    assert {n: r["status"] for n, r in rows.items()} == {"Alan Brooks": "former", "Maria Chen": "acting", "Priya Shah": "current"}
    assert rows["Priya Shah"].get("from") == "2022" and "from" not in rows["Alan Brooks"]
    assert rows["Alan Brooks"]["asOf"] == "2021-07-12"


def test_officials_who_left_office(graph_file):
    assert {(r["personName"], r["role"]) for r in ask(graph_file, "left-office")} == {("Alan Brooks", "Director")}


def test_a_later_article_changes_the_answer(tmp_path):
    """Re-date the first article after the others: its head, called current there, is the answer."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    first = corpus / "2019-water-rates.md"
    first.write_text(first.read_text(encoding="utf-8").replace("date: 2019-03-04", "date: 2024-01-15"), encoding="utf-8")
    rows = ask(built(corpus, tmp_path), "current-heads")
    assert [(r["headName"], r["asOf"]) for r in rows] == [("Alan Brooks", "2024-01-15")]


def test_a_head_a_later_article_calls_former_is_not_the_answer(tmp_path):
    """A fourth article calls the current head a former one: the latest sitting head no article
    calls former (the acting one) is the answer, as of the article that names her."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "2024-water-audit.md").write_text(
        "---\ntitle: Water Audit\ndate: 2024-02-01\n---\n"
        "Former Riverside Water Department Director Priya Shah defended her record on Monday.\n",
        encoding="utf-8",
    )
    rows = ask(built(corpus, tmp_path), "current-heads")
    assert [(r["headName"], r["status"], r["asOf"]) for r in rows] == [("Maria Chen", "acting", "2021-07-12")]


def _undated(corpus: Path, name: str, text: str) -> None:
    (corpus / name).write_text(f"---\ntitle: {name}\n---\n{text}\n", encoding="utf-8")


def test_undated_articles_never_outrank_dated_ones(tmp_path):
    """An undated article naming another sitting director does not change the dated answer."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    _undated(corpus, "undated-water.md", "Riverside Water Department Director Omar Reyes toured the new pumping station.")
    rows = ask(built(corpus, tmp_path), "current-heads")
    assert [(r["headName"], r["asOf"]) for r in rows] == [("Priya Shah", "2023-05-20")]


def test_a_body_only_undated_articles_name_has_the_one_head_none_calls_former(tmp_path):
    """No dated article names a head of the parks department: of its undated articles, one calls
    Ruth Okafor a former director and one calls her director, another names Ben Tal director. The
    answer is the one sitting head no article calls former, with no as-of date."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    _undated(corpus, "parks-a.md", "Riverside Parks Department Director Ruth Okafor opened the new playground.")
    _undated(corpus, "parks-b.md", "Former Riverside Parks Department Director Ruth Okafor praised the budget.")
    _undated(corpus, "parks-c.md", "Riverside Parks Department Director Ben Tal closed two pools for repairs.")
    graph = built(corpus, tmp_path)
    rows = ask(graph, "current-heads", PARKS)
    assert [(r["headName"], r["status"], r.get("asOf", "")) for r in rows] == [("Ben Tal", "current", "")]
    assert [r["headName"] for r in ask(graph, "current-heads")] == ["Priya Shah"]


def test_two_sitting_heads_in_undated_articles_are_unknown(tmp_path):
    """Two undated articles name two different sitting directors and none calls either former:
    kg cannot tell which is the later one, so the body gets no answer (unknown, not a guess)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    _undated(corpus, "parks-a.md", "Riverside Parks Department Director Ruth Okafor opened the new playground.")
    _undated(corpus, "parks-c.md", "Riverside Parks Department Director Ben Tal closed two pools for repairs.")
    graph = built(corpus, tmp_path)
    assert ask(graph, "current-heads", PARKS) == []
    heads = {r["headName"] for r in ask(graph, "heads-over-time", PARKS)}
    assert heads == {"Ruth Okafor", "Ben Tal"}
