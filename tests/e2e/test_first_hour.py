"""What a new user meets first (issue 21): no absolute input path in any output, one count of
facts, files kg does not read named, PDFs read with their page numbers."""

from __future__ import annotations

import json
import re

import pytest
from conftest import DATA, SEEDS
from pdfmaker import make_pdf
from rdflib import Graph
from rdflib.namespace import RDF

from kg.core.namespaces import KG, OA

PDF_PAGES = [
    ["Harbor Act Signed", "Mayor Jane Doe of Springfield signed the Harbor Act on Monday."],
    ["Police Chief Tom Brady of the Springfield Police Department opposes the Harbor Act."],
]


@pytest.fixture(scope="module")
def user_build(tmp_path_factory):
    """`kg build /abs/path/to/leaks --out /abs/path/out`, with a PDF, a JSONL file and two files kg does not read."""
    from kg.orchestrate.run import run_build

    home = tmp_path_factory.mktemp("home-of-someone")
    corpus = home / "leaks"
    (corpus / "2019").mkdir(parents=True)
    (corpus / "2019" / "council.txt").write_bytes((SEEDS / "001_72cfb896973f12ff.txt").read_bytes())
    (corpus / "harbor.pdf").write_bytes(make_pdf(PDF_PAGES))
    line = {"id": "feed-1", "text": (SEEDS / "000_7066da5d65e04c83.txt").read_text(encoding="utf-8")}
    (corpus / "feed.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    (corpus / "2019" / "budget.xlsx").write_bytes(b"PK\x03\x04")
    out = home / "out"
    assert run_build([corpus], out=out, model=None, quiet=True) == 0
    return home, out


def test_no_output_holds_an_absolute_input_path(user_build):
    home, out = user_build
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) >= 6
    for path in files:
        data = path.read_bytes()
        for secret in {str(home), str(home.resolve())}:
            assert secret.encode() not in data, f"{path.name} holds {secret}"
    g = Graph().parse(out / "graph.ttl")
    paths = sorted(str(p) for p in g.objects(None, KG.sourcePath))
    assert paths == ["leaks/2019/council.txt", "leaks/feed.jsonl:1", "leaks/harbor.pdf"]


def test_the_summary_counts_facts_as_the_graph_holds_them(user_build):
    _, out = user_build
    summary = json.loads((out / ".kg-build.json").read_text(encoding="utf-8"))["summary"]
    g = Graph().parse(out / "graph.ttl")
    assertions = list(g.subjects(RDF.type, KG.Assertion))
    triples = {(g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)) for a in assertions}
    assert all(t in g for t in triples)
    m = re.search(r"(\d+) facts \((\d+) pieces of evidence\)", summary)
    assert m, summary
    assert (int(m.group(1)), int(m.group(2))) == (len(triples), len(assertions))
    assert len(triples) < len(assertions), "the same fact stated twice is one fact"
    per_property = dict(re.findall(r"(\w+) (\d+)", summary.split("facts:", 1)[1].split("\n", 1)[0]))
    assert sum(map(int, per_property.values())) == len(triples)


def test_files_kg_does_not_read_are_named_in_the_summary(user_build):
    _, out = user_build
    summary = json.loads((out / ".kg-build.json").read_text(encoding="utf-8"))["summary"]
    assert "2 files of types kg does not read: leaks/2019/budget.xlsx, leaks/notes.docx" in summary
    assert "0 inputs skipped, 0 warnings" in summary


def test_pdf_evidence_carries_its_page(user_build):
    from kg.graph.validate import validate_graph

    _, out = user_build
    g = Graph().parse(out / "graph.ttl")
    [pdf] = [a for a, p in g.subject_objects(KG.sourcePath) if str(p).endswith(".pdf")]
    page_2 = str(g.value(pdf, KG.text)).index("Police Chief Tom Brady")
    pages = {}
    for ev, page in g.subject_objects(KG.page):
        assert g.value(ev, OA.hasSource) == pdf, "only evidence from a PDF has a page"
        start = next(int(g.value(sel, OA.start)) for sel in g.objects(ev, OA.hasSelector) if g.value(sel, OA.start) is not None)
        assert int(page) == (2 if start >= page_2 else 1)
        pages[ev] = int(page)
    assert sorted(set(pages.values())) == [1, 2], "evidence on both pages"
    assert validate_graph(g).conforms
    from kg.outputs.view.data import read_view_data

    view = read_view_data(g)
    shown = {row.get("page") for row in view.evidence if view.articles[row["article"]]["path"].endswith(".pdf")}
    assert shown == {1, 2}, "the view shows the page of evidence from a PDF"
    assert not any("page" in row for row in view.evidence if not view.articles[row["article"]]["path"].endswith(".pdf"))


def test_an_alias_that_matches_nothing_is_one_warning_line(tmp_path, capsys):
    from kg.orchestrate.run import run_build

    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[merge]]\nnames = ["Carol Rose", "C. Rose"]\n\n[[split]]\nname = "Nobody Atall"\n', encoding="utf-8")
    article = SEEDS / "004_bb37b0744b130b32.txt"
    assert run_build([article], out=tmp_path / "out", model=None, cache=False, aliases=aliases) == 0
    err = capsys.readouterr()
    lines = [line for line in err.err.splitlines() if "matches no name" in line]
    assert lines == [
        f"kg: {aliases}: merge name 'C. Rose' matches no name in the articles",
        f"kg: {aliases}: split name 'Nobody Atall' matches no name in the articles",
    ]
    assert ", 2 warnings," in err.out


def test_summary_stats_evaluate_and_view_count_the_same_facts(seed_build, seed_graph):
    from kg.evaluate import evaluate, format_report
    from kg.graph.store import load_store
    from kg.outputs.stats import compute_stats
    from kg.outputs.view.data import read_view_data

    assertions = list(seed_graph.subjects(RDF.type, KG.Assertion))
    facts = {
        (seed_graph.value(a, RDF.subject), seed_graph.value(a, RDF.predicate), seed_graph.value(a, RDF.object))
        for a in assertions
    }
    n, m = len(facts), len(assertions)
    summary = json.loads((seed_build / ".kg-build.json").read_text(encoding="utf-8"))["summary"]
    assert f" {n} facts ({m} pieces of evidence)," in summary
    stats = compute_stats(load_store(seed_build / "graph.ttl"))
    assert (stats.facts, stats.evidence) == (n, m)
    report = format_report(evaluate(DATA / "seeds.gold.json", seed_build / "graph.ttl"))
    assert f" entities, {n} facts (" in report
    view = read_view_data(seed_graph)
    assert len(view.edges) + sum(len(node["literals"]) for node in view.nodes) == n
