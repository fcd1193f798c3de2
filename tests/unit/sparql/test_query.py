"""`kg query` from the command line: output formats, query forms, prefixes, bindings and errors."""

from __future__ import annotations

import csv
import io
import json
import socket

import pytest
from click.testing import CliRunner
from rdflib import Graph
from seed_fixture import write_seed_fixture

from kg.cli import main
from kg.graph.store import inspect_query, load_store
from kg.sparql.query import answer

LAWS = "SELECT ?name WHERE { ?law a kg:Law ; rdfs:label ?name } ORDER BY ?name"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    return write_seed_fixture(tmp_path_factory.mktemp("query") / "graph.ttl")


def kg_query(graph_file, *args):
    return CliRunner().invoke(main, ["query", *args, "--graph", str(graph_file)])


def test_select_table_is_aligned_with_pasteable_iris(graph_file):
    result = kg_query(graph_file, "SELECT ?law ?name WHERE { ?law a kg:Law ; rdfs:label ?name } ORDER BY ?name")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["law", "name"] and lines[-1] == "(3 rows)"
    assert "<https://w3id.org/civic-kg/id/law/trust-act>" in result.output  # pasteable (issue 21)
    col = lines[0].index("name")
    assert all(line[col - 2 : col] == "  " and line[col] != " " for line in lines[2:-1])  # second column aligned


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_select_formats(graph_file, fmt):
    out = kg_query(graph_file, LAWS, "--format", fmt).output
    if fmt == "json":
        names = [b["name"]["value"] for b in json.loads(out)["results"]["bindings"]]
    elif fmt == "csv":
        names = [row[0] for row in csv.reader(io.StringIO(out))][1:]
    else:
        lines = out.splitlines()
        assert lines[0] == "?name"
        names = [json.loads(line) for line in lines[1:]]
    assert names == ["8 U.S.C. Section 1373", "8 U.S.C. Section 1644", "Trust Act"]


def test_ask_and_construct(graph_file):
    assert kg_query(graph_file, "ASK { ?r a kg:CourtRuling }").output == "true\n"
    assert kg_query(graph_file, "ASK { ?r a kg:Nothing }").output == "false\n"
    out = kg_query(graph_file, "CONSTRUCT { ?l rdfs:label ?n } WHERE { ?l a kg:Law ; rdfs:label ?n }").output
    assert len(Graph().parse(data=out, format="turtle")) == 3


def test_query_file_and_binding(graph_file, tmp_path):
    rq = tmp_path / "heads.rq"
    rq.write_text(
        "# Question: who heads it?\nSELECT ?head ?agencyName WHERE {\n"
        "  ?head kg:heads ?agency . ?agency rdfs:label ?agencyName }\n",
        encoding="utf-8",
    )
    out = kg_query(graph_file, str(rq), "--bind", "agencyName=Boston Police Department", "--format", "csv").output
    assert out.splitlines()[1:] == ["https://w3id.org/civic-kg/id/official/michael-cox,Boston Police Department"]


def test_own_prefix_declaration_wins(graph_file):
    query = "PREFIX kg: <http://example.org/other#>\nASK { ?r a kg:CourtRuling }"
    assert kg_query(graph_file, query).output == "false\n"


@pytest.mark.parametrize(
    "query, words",
    [
        ("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(\n}", ["line", "column"]),
        ("SELECT ?s WHERE { ?s nope:p ?o }", ["nope"]),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", ["read-only"]),
    ],
)
def test_bad_queries_exit_2_with_one_line(graph_file, query, words):
    result = kg_query(graph_file, query)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert all(w in result.output for w in words), result.output
    assert len(result.output.strip().splitlines()) == 1


def test_syntax_error_position_is_the_users(graph_file):
    """Predeclared prefixes are not prepended as text, so positions refer to the user's query."""
    result = kg_query(graph_file, "SELECT ?s\nWHERE { ?s ?p }")
    assert "line 2" in result.output


def test_service_is_refused_without_connecting(graph_file):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.3)
        result = kg_query(
            graph_file, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.getsockname()[1]}/> {{ ?s ?p ?o }} }}"
        )
        assert result.exit_code == 2 and "SERVICE" in result.output
        with pytest.raises(socket.timeout):
            listener.accept()


def test_missing_graph_and_query_file(tmp_path):
    result = CliRunner().invoke(main, ["query", LAWS, "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2 and "none.ttl" in result.output
    result = CliRunner().invoke(main, ["query", str(tmp_path / "missing.rq"), "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2 and "missing.rq" in result.output


def test_inspect_finds_service_in_nested_patterns():
    info = inspect_query(
        "SELECT * WHERE { ?s ?p ?o FILTER NOT EXISTS { { SELECT ?s WHERE { SERVICE <http://example.org/x> { ?s ?p ?o } } } } }"
    )
    assert info.services == ["http://example.org/x"]
    info = inspect_query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert info.form == "CONSTRUCT" and not info.services


def test_escaped_keywords_are_still_checked():
    from kg.graph.store import needs_inspection

    assert not needs_inspection("SELECT * WHERE { ?s ?p ?o }")
    assert not needs_inspection("SELECT * WHERE { ?a prov:wasDerivedFrom ?e }")  # part of a name
    assert needs_inspection("SELECT * WHERE { ?a prov:wasDerivedFrom ?e SERVICE <http://x/> { ?s ?p ?o } }")
    for query in (
        "SELECT * WHERE { sErViCe <http://x/> { ?s ?p ?o } }",
        "SELECT * FROM <http://x/> { ?s ?p ?o }",
        r"SELECT * WHERE { \u0053ERVICE <http://x/> { ?s ?p ?o } }",
    ):
        assert needs_inspection(query)
    info = inspect_query(r"SELECT * \u0046ROM <http://x/g> FROM NAMED kg:y WHERE { \u0053ERVICE <http://x/> { ?s ?p ?o } }")
    assert info.services == ["http://x/"] and info.default_graphs == ["http://x/g"]
    assert info.named_graphs == ["https://w3id.org/civic-kg/ns#y"]


def test_from_is_allowed_for_graphs_in_the_store(graph_file, tmp_path):
    trig = tmp_path / "graph.trig"
    assert CliRunner().invoke(main, ["export", "--format", "trig", "--graph", str(graph_file), "--out", str(trig)]).exit_code == 0
    article = "https://w3id.org/civic-kg/id/article/002_c8cfb4c10c946031"
    query = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{article}> WHERE {{ GRAPH ?g {{ ?s kg:appointedBy ?o }} }}"
    result = CliRunner().invoke(main, ["query", query, "--graph", str(trig), "--format", "csv"])
    assert result.exit_code == 0 and result.output.splitlines()[1] == "1"
    result = CliRunner().invoke(main, ["query", query.replace(article, "http://example.org/not-here"), "--graph", str(trig)])
    assert result.exit_code == 2 and "not-here" in result.output


# A `#` comment ended by a carriage return: rdflib reads the rest of the line as comment, Oxigraph
# as query. Each payload parses for both; only Oxigraph would see SERVICE (issue 20, row 1).
HIDDEN_SERVICE = [
    "SELECT * WHERE { # hidden\r SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }\n}",
    "ASK { # hidden\r SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }\n}",
    "CONSTRUCT { ?s ?p ?o } WHERE { # hidden\r SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }\n}",
    "SELECT * WHERE { # hidden\r\r SERVICE SILENT <http://127.0.0.1:{port}/> { ?s ?p ?o }\n}",
    "SELECT * WHERE { # hidden \\u000D SERVICE <http://127.0.0.1:{port}/> { ?s ?p ?o }\n}",
]


@pytest.mark.parametrize("template", HIDDEN_SERVICE)
def test_service_hidden_by_a_carriage_return_never_connects(graph_file, template):
    from loopback import Listener

    with Listener() as listener:
        result = kg_query(graph_file, template.replace("{port}", str(listener.port)))
        assert listener.settle() == 0, "kg query connected to the address named in the query"
        assert result.exit_code == 2 and "SERVICE" in result.output and "Traceback" not in result.output


def test_the_engine_cannot_connect_even_if_the_check_is_bypassed():
    """Second guard: queries run in a thread that cannot open a socket (the check is skipped here)."""
    import pyoxigraph as ox
    from loopback import Listener

    from kg.graph.sandbox import run_confined

    store = ox.Store()

    def answer(query):
        result = store.query(query)
        return bool(result) if isinstance(result, ox.QueryBoolean) else list(result)

    with Listener() as listener:
        for form in ("SELECT * WHERE {{ {} }}", "ASK {{ {} }}", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {} }}"):
            service = f"SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }}"
            with pytest.raises(OSError):
                run_confined(answer, form.format(service))
            run_confined(answer, form.format(service.replace("SERVICE", "SERVICE SILENT")))
        assert listener.settle() == 0
    with socket.socket() as free:  # the guard belongs to the query's thread only
        free.bind(("127.0.0.1", 0))


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{" * 5000 + "}" * 5000,
        "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
        "SELECT * WHERE { ?s ?p " + "[ ?p " * 3000 + "1" + " ]" * 3000 + " }",
        "SELECT (" + "CONCAT(" * 2000 + "'a'" + ")" * 2000 + " AS ?x) WHERE {}",
    ],
)
def test_deeply_nested_query_is_one_line_not_a_crash(graph_file, query):
    result = kg_query(graph_file, query)
    assert result.exit_code == 2 and "too deeply nested" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_long_chains_do_not_overflow_the_stack(graph_file):
    """Chains the recursive engine once crashed on (3,000 OPTIONALs: segfault on an 8 MiB stack)."""
    query = "SELECT * WHERE { BIND(1 AS ?x) " + " ".join(["OPTIONAL { BIND(1 AS ?y) }"] * 3000) + " }"
    result = kg_query(graph_file, query, "--format", "csv")
    assert result.exit_code == 0 and result.output.splitlines()[0] == "x,y"


def test_every_printed_iri_pastes_back_and_finds_its_node(graph_file):
    """Issue 21: `kgid:official/michael-cox` was printed, and is not valid SPARQL (a `/` in a prefixed name)."""
    everything = "SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?x ?o } UNION { ?s ?p ?x FILTER(isIRI(?x)) } }"
    printed = kg_query(graph_file, everything, "--max-width", "0").output.splitlines()[2:-1]
    assert len(printed) > 50 and any("/id/official/" in cell for cell in printed)
    store = load_store(graph_file)
    for cell in printed[:5]:
        assert answer(store, f"ASK {{ {{ {cell} ?p ?o }} UNION {{ ?s {cell} ?o }} UNION {{ ?s ?p {cell} }} }}") == "true\n", cell
    pasted = (
        "SELECT ?x WHERE { VALUES ?x { "
        + " ".join(printed)
        + " } FILTER EXISTS { { ?x ?p ?o } UNION { ?s ?x ?o } UNION { ?s ?p ?x } } }"
    )
    found = answer(store, pasted, "table", max_width=0).splitlines()[2:-1]
    assert sorted(line.rstrip() for line in found) == sorted(printed)  # each pasted IRI found its node
    cox = next(cell for cell in printed if "michael-cox" in cell)
    bound = kg_query(graph_file, "SELECT ?name WHERE { ?who rdfs:label ?name }", "--bind", f"who={cox}", "--format", "csv")
    assert bound.output.splitlines()[1:] == ["Michael Cox"]


def test_bind_works_for_a_variable_the_select_does_not_project(graph_file):
    query = "SELECT ?name WHERE { ?law a kg:Law ; rdfs:label ?name }"
    result = kg_query(graph_file, query, "--bind", "law=kgid:law/trust-act", "--format", "csv")
    assert result.exit_code == 0 and result.output.splitlines() == ["name", "Trust Act"], result.output
    both = kg_query(graph_file, query + " ORDER BY ?name", "--bind", "law=kgid:law/trust-act", "--bind", "name=Trust Act")
    assert both.exit_code == 0 and "(1 row)" in both.output
    construct = "CONSTRUCT { ?law rdfs:label ?name } WHERE { ?law a kg:Law ; rdfs:label ?name }"
    out = kg_query(graph_file, construct, "--bind", "law=kgid:law/trust-act").output
    assert len(Graph().parse(data=out, format="turtle")) == 1
    bad = kg_query(graph_file, query, "--bind", "law=<not an iri>")
    assert bad.exit_code == 2 and "not a valid IRI" in bad.output and "Traceback" not in bad.output


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELEC ?s WHERE { ?s ?p ?o }", "line 1, column 1: unknown word 'SELEC' (did you mean SELECT?)"),
        ("SELECT ?s WHERE { ?s ?p ?o } LIMT 5", "column 30: unknown word 'LIMT' (did you mean LIMIT?)"),
        ("SELECT ?s WHERE { ?s nope:p ?o }", "column 22: unknown prefix 'nope:'"),
        (
            "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o\n}",
            "line 4, column 1: '}' cannot close the '(' opened at line 3, column 9",
        ),
        ('SELECT ?s WHERE { ?s ?p ?o FILTER(?o = "x) }', "column 40: this string is never closed"),
        ("SELECT ?s WHERE { ?s ?p ?o }}", "column 29: '}' closes nothing"),
        ("SELECT ?s WHERE { ?s ?p ?o ", "the query ends too early ('{' is never closed)"),
    ],
)
def test_syntax_errors_name_the_offending_token(graph_file, query, expected):
    result = kg_query(graph_file, query)
    assert result.exit_code == 2 and expected in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Expected SelectQuery" not in result.output


def test_max_width_zero_shows_cells_whole(graph_file):
    query = "SELECT ?text WHERE { ?a kg:text ?text FILTER(STRLEN(?text) > 200) } LIMIT 1"
    cut = kg_query(graph_file, query).output.splitlines()[2]
    whole = kg_query(graph_file, query, "--max-width", "0").output.splitlines()[2]
    assert len(cut) == 80 and cut.endswith("\u2026") and len(whole) > 200
    assert "0 shows every cell whole" in " ".join(CliRunner().invoke(main, ["query", "--help"]).output.split())


def test_law_stances_return_the_stances_own_evidence(graph_file):
    """Not every quote of the speaker in that article: one row per piece of evidence of the stance."""
    from pathlib import Path

    rq = Path(__file__).resolve().parents[3] / "ontology" / "queries" / "law-stances.rq"
    out = kg_query(graph_file, str(rq), "--bind", "lawName=Trust Act", "--format", "json").output
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(out)["results"]["bindings"]]
    charles = [r for r in rows if r["whoName"] == "Marcos Charles"]
    assert len(charles) == 1 and "laws designed to ban local law enforcement" in charles[0]["sentence"]
