"""`kg audit`: a seeded, stratified review sheet drawn from a tiny hand-built graph, and the report
and rule precision file computed from a hand-filled sheet (tests/data/audit-judged.csv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from minigraph import ARTICLE_ID, add_every_property, add_fact, add_quote, build_mini_graph
from rdflib import Literal

from kg.cli import main
from kg.errors import KgError
from kg.evaluate.audit_report import fact_report, quote_report, rule_precision, write_precision
from kg.evaluate.audit_sample import allocate, sample
from kg.evaluate.audit_sheet import COLUMNS, context, read_sheet, wilson

DATA = Path(__file__).resolve().parents[2] / "data"
JUDGED = DATA / "audit-judged.csv"


def tiny():
    m = add_every_property(build_mini_graph())
    g, text = m.graph, m.text
    sentence = "The Riverton City Council passed the Clean Streets Act in 2014."
    for k in range(3):
        add_fact(g, m.iris["reyes"], "title", Literal(f"Title {k}"), m.article, ARTICLE_ID, text, sentence, "many")
    add_quote(g, m.article, ARTICLE_ID, text, "Riverton City Council", None)
    return g


def test_allocate_gives_every_stratum_a_share_and_the_rest_by_size():
    alloc = allocate({"a": 100, "b": 10, "c": 2, "d": 0}, 20)
    assert sum(alloc.values()) == 20
    assert alloc["c"] == 2 and alloc["d"] == 0 and alloc["a"] > alloc["b"] >= 2
    assert allocate({"a": 3, "b": 2}, 50) == {"a": 3, "b": 2}  # never more than there is
    small = allocate({k: 5 for k in "abcdef"}, 3)  # more strata than draws: one from each of three
    assert sum(small.values()) == 3 and set(small.values()) == {0, 1}


def test_sample_is_seeded_stratified_and_readable():
    g = tiny()
    rows = sample(g, 12, 2, seed=1)
    assert rows == sample(g, 12, 2, seed=1)
    assert [r["item"] for r in rows] != [r["item"] for r in sample(g, 12, 2, seed=2)]
    facts = [r for r in rows if r["kind"] == "fact"]
    quotes = [r for r in rows if r["kind"] == "quote"]
    assert len(facts) == 12 and len(quotes) == 2
    strata = {(r["property"], r["rule"]) for r in facts}
    assert ("title", "test/many") in strata and ("appointedBy", "test/appointed-by-active") in strata
    assert len(strata) == 12  # more strata than draws: one each from the largest, none twice
    for r in facts:
        assert "[[" + r["evidence"] + "]]" in r["context"]
        assert r["title"] == "Riverton Café Owners Cheer New Rules" and r["article_id"] == ARTICLE_ID
        assert " — " in r["fact"] and r["verdict"] == "" if "verdict" in r else True
    assert {r["id"] for r in facts} == {f"F{i:03d}" for i in range(1, 13)}
    assert any("no speaker given" in r["fact"] for r in sample(g, 0, 5, seed=1))


def test_sample_cli_writes_the_sheet_with_an_empty_verdict_column(tmp_path):
    from kg.outputs.write import write_turtle

    write_turtle(tiny(), tmp_path / "graph.ttl")
    out = tmp_path / "sheet.csv"
    args = ["audit", "sample", "--graph", str(tmp_path / "graph.ttl"), "--n", "5", "--quotes", "1", "--out", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 6
    assert all(r["verdict"] == "" and r["note"] == "" for r in rows)


def test_context_marks_the_sentence_in_its_paragraph():
    text = "First paragraph.\n\nSecond one. The sentence. More.\n\nThird."
    i = text.index("The sentence.")
    assert context(text, i, i + 13) == "Second one. [[The sentence.]] More."
    assert context(text, i, i + 13, before=1) == "First paragraph. \u00b6 Second one. [[The sentence.]] More."


def test_wilson_interval():
    lo, hi = wilson(8, 10)
    assert (round(lo, 3), round(hi, 3)) == (0.490, 0.943)
    assert wilson(0, 0) == (0.0, 1.0)


def test_report_on_a_hand_filled_sheet():
    rows = read_sheet(JUDGED)
    facts = "\n".join(fact_report(rows))
    assert "all facts: 12 right of 17 judged (1 unclear): precision 0.706" in facts
    assert "weighted to the graph's strata 0.771" in facts
    lines = {line.split()[0]: line.split() for line in facts.splitlines() if line.startswith("  ") and line.split()}
    assert lines["heads"][1:5] == ["8", "10", "0", "0.800"]
    assert lines["enactedBy"][1:5] == ["3", "6", "1", "0.500"]
    assert lines["titles/title-premodifier"][1:5] == ["9", "11", "0", "0.818"]
    quotes = "\n".join(quote_report(rows))
    assert "quotes: 9 judged (1 unclear), 6 with a speaker" in quotes
    assert "wrong speaker        1/9 = 0.111" in quotes
    assert "no speaker           3/9 = 0.333" in quotes
    assert "missed speaker       1/9 = 0.111" in quotes
    assert "right of attributed  5/6 = 0.833" in quotes


def test_rule_precision_is_the_measurement_pulled_towards_the_prior(tmp_path):
    measured = {rule: (round(p, 3), right, n) for rule, p, right, n in rule_precision(read_sheet(JUDGED))}
    assert measured == {
        "titles/title-premodifier": (0.813, 9, 11),
        "titles/title-apposition": (0.84, 1, 1),
        "relations/enactedBy-verb": (0.62, 3, 6),
    }
    path = tmp_path / "rule_precision.tsv"
    write_precision(read_sheet(JUDGED), ["audit-judged.csv"], path)
    body = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    assert body[:2] == ["rule\tprecision\tright\tjudged", "*\t0.800\t0\t0"]
    assert "relations/enactedBy-verb\t0.620\t3\t6" in body


def test_report_cli(tmp_path):
    out = tmp_path / "p.tsv"
    result = CliRunner().invoke(main, ["audit", "report", str(JUDGED), str(JUDGED), "--write-precision", str(out)])
    assert result.exit_code == 0, result.output
    assert "all facts: 24 right of 34 judged" in result.output and out.is_file()
    table = CliRunner().invoke(main, ["audit", "report", str(JUDGED), "--markdown"]).output
    assert "| all facts | 12 / 17 | 0.706 | [0.469, 0.867] | 1 |" in table
    assert "| heads | 8 / 10 | 0.800 | [0.490, 0.943] | 0 |" in table
    assert "| quotes with a speaker: right speaker | 5 / 6 | 0.833 |" in table


def test_a_bad_verdict_is_named_with_its_file_and_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("kind,property,rule,verdict\nfact,heads,r,maybe\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"bad.csv: line 2: verdict 'maybe'"):
        read_sheet(bad)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", "report", str(other)])
    assert result.exit_code != 0 and "not a kg audit sheet" in result.output + str(result.stderr_bytes or b"")


def test_a_reference_file_judges_every_fact_by_its_rules():
    from kg.evaluate.audit_reference import reference_rows
    from kg.evaluate.gold import parse_gold

    m = build_mini_graph()
    gold = parse_gold(
        {
            "format": "kg-gold/1",
            "documents": {ARTICLE_ID: {}},
            "entities": [
                {"id": "reyes", "type": "Official", "name": "Dana Reyes", "aliases": ["Reyes"]},
                {"id": "ortiz", "type": "Official", "name": "Sam Ortiz", "aliases": ["Ortiz"]},
                {"id": "rta", "type": "Agency", "name": "Riverton Transit Authority"},
                {"id": "council", "type": "Agency", "name": "Riverton City Council"},
                {"id": "law", "type": "Law", "name": "Clean Streets Act"},
                {"id": "city", "type": "Place", "name": "Riverton", "optional": True},
            ],
            "facts": [
                {"s": "ortiz", "p": "appointedBy", "o": "reyes"},
                {"s": "ortiz", "p": "memberOf", "o": "rta"},
                {"s": "law", "p": "enactedBy", "o": "council"},
                {"s": "law", "p": "enactedDate", "value": "2014"},
                {"s": "reyes", "p": "title", "value": "Governor"},
            ],
            "quotes": [{"doc": ARTICLE_ID, "speaker": "ortiz", "starts": "We will keep every bus"}],
        }
    )
    rows = reference_rows(gold, m.graph, "tiny.gold.json")
    got = {(r["property"], r["rule"], r["verdict"]) for r in rows if r["kind"] == "fact"}
    assert got == {
        ("appointedBy", "test/appointed-by-active", "right"),
        ("heads", "test/lead-of", "wrong"),  # the reference says member, not head
        ("enactedBy", "test/passed-by", "right"),
        ("enactedDate", "test/year-of", "right"),
        ("title", "test/title-before-name", "right"),
    }  # jurisdiction: its place is optional in the reference, so the fact is not judged
    assert [(r["kind"], r["verdict"]) for r in rows if r["kind"] == "quote"] == [("quote", "right")]
