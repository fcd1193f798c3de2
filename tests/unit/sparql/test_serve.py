"""`kg serve` with a real SPARQL client: formats, read-only, time limit, row cap, no outbound connections.

The server runs as a subprocess (`kg serve --port 0`) on the hand-built seed graph; it is always
stopped at the end of the module.
"""

from __future__ import annotations

import csv
import io
import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from seed_fixture import write_seed_fixture
from SPARQLWrapper import CSV, JSON, JSONLD, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

KG = str(Path(sys.executable).with_name("kg"))
LAWS = "SELECT ?name WHERE { ?law a kg:Law ; rdfs:label ?name } ORDER BY ?name"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def start_server(graph: Path, *args: str):
    proc = subprocess.Popen(
        [KG, "serve", "--graph", str(graph), "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    line = proc.stdout.readline() if ready else ""
    if "http://" not in line:
        stop_server(proc)
        pytest.fail(f"kg serve did not start: {line!r}")
    base = line.split(" at ", 1)[1].split("/ ", 1)[0]
    return proc, base


def stop_server(proc) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def children(pid: int) -> set[int]:
    kids = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids |= {int(x) for x in (task / "children").read_text().split()}
    return kids


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    return write_seed_fixture(tmp_path_factory.mktemp("serve") / "graph.ttl")


@pytest.fixture(scope="module")
def server(graph_file):
    proc, base = start_server(graph_file, "--timeout", "1.5", "--max-rows", "40", "--workers", "2")
    try:
        yield proc, base
    finally:
        stop_server(proc)


@pytest.fixture
def endpoint(server):
    return server[1] + "/sparql"


def client(endpoint: str, query: str, fmt) -> SPARQLWrapper:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(30)
    return sparql


def http(url: str, data: bytes | None = None, headers: dict | None = None):
    """(status, headers, body) of a plain request, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def triple_count(endpoint: str) -> int:
    out = client(endpoint, COUNT, JSON).query().convert()
    return int(out["results"]["bindings"][0]["n"]["value"])


def test_select_as_json_get_and_post(endpoint):
    for method in ("GET", POST):
        sparql = client(endpoint, LAWS, JSON)
        sparql.setMethod(method)
        names = [b["name"]["value"] for b in sparql.query().convert()["results"]["bindings"]]
        assert names == ["8 U.S.C. Section 1373", "8 U.S.C. Section 1644", "Trust Act"]


def test_select_as_xml(endpoint):
    doc = client(endpoint, LAWS, XML).query().convert()
    literals = [node.firstChild.data for node in doc.getElementsByTagName("literal")]
    assert "Trust Act" in literals and len(literals) == 3


def test_select_as_csv(endpoint):
    rows = list(csv.reader(io.StringIO(client(endpoint, LAWS, CSV).query().convert().decode("utf-8"))))
    assert rows[0] == ["name"] and ["Trust Act"] in rows[1:]


def test_ask_and_construct_as_turtle_and_jsonld(endpoint):
    assert client(endpoint, "ASK { ?r a kg:CourtRuling }", JSON).query().convert()["boolean"] is True
    construct = "CONSTRUCT { ?law rdfs:label ?name } WHERE { ?law a kg:Law ; rdfs:label ?name }"
    turtle = client(endpoint, construct, TURTLE).query().convert()
    jsonld = client(endpoint, construct, JSONLD).query().convert()
    as_turtle = Graph().parse(data=turtle, format="turtle")
    as_jsonld = jsonld if isinstance(jsonld, Graph) else Graph().parse(data=jsonld, format="json-ld")
    assert len(as_turtle) == 3 and set(as_turtle) == set(as_jsonld)


def test_syntax_error_is_400_with_position(endpoint):
    with pytest.raises(QueryBadFormed) as err:
        client(endpoint, "SELECT ?s WHERE {\n  ?s ?p \n}", JSON).query()
    assert "line" in str(err.value) and "column" in str(err.value)


def test_updates_are_refused_and_change_nothing(endpoint):
    before = triple_count(endpoint)
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }"
    sparql = client(endpoint, update, JSON)
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as err:
        sparql.query()
    assert 400 <= err.value.code < 500
    attempts = [
        (urllib.parse.urlencode({"update": update}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (update.encode(), {"Content-Type": "application/sparql-update"}),
        (urllib.parse.urlencode({"query": update}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (b"CLEAR ALL", {"Content-Type": "application/sparql-query"}),
    ]
    for data, headers in attempts:
        status, _, _ = http(endpoint, data, headers)
        assert 400 <= status < 500
    status, _, _ = http(endpoint.replace("/sparql", "/sparql?update=" + urllib.parse.quote("CLEAR ALL")))
    assert 400 <= status < 500
    assert triple_count(endpoint) == before


def test_row_cap(endpoint):
    status, headers, body = http(
        endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 40
    assert "40" in headers["X-Kg-Truncated"]


def test_runaway_query_is_stopped_and_its_worker_killed(server, endpoint):
    proc, _ = server
    before = children(proc.pid)
    with pytest.raises(urllib.error.HTTPError) as err:
        client(endpoint, RUNAWAY, JSON).query()
    assert err.value.code in (408, 503)
    assert before - children(proc.pid), "the worker that ran the runaway query is still alive"
    assert triple_count(endpoint) > 0  # the server goes on answering


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?x ?y ?z FILTER EXISTS {{ SERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}",
        "SELECT * FROM <http://127.0.0.1:{port}/graph> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <http://127.0.0.1:{port}/graph> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "ASK FROM <http://127.0.0.1:{port}/graph> {{ ?s ?p ?o }}",
    ],
)
def test_no_outbound_connection(endpoint, template):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        query = template.format(port=listener.getsockname()[1])
        status, _, body = http(
            endpoint, urllib.parse.urlencode({"query": query}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert 400 <= status < 500, body
        connected, _, _ = select.select([listener], [], [], 0.3)
        assert not connected, "the server connected to the address named in the query"


def test_view_and_turtle(server, graph_file):
    status, headers, body = http(server[1] + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<html" in body
    status, headers, body = http(server[1] + "/graph.ttl")
    assert status == 200 and body == graph_file.read_bytes()
    assert http(server[1] + "/nothing-here")[0] == 404


def test_binds_localhost_by_default(graph_file):
    proc, base = start_server(graph_file, "--workers", "1")
    try:
        assert base.startswith("http://127.0.0.1:")
        workers = children(proc.pid)
        assert workers
    finally:
        stop_server(proc)
    assert proc.returncode == 0
    for _ in range(50):  # multiprocessing's resource tracker notices its parent is gone a moment later
        if not any(os.path.exists(f"/proc/{pid}") for pid in workers):
            break
        time.sleep(0.1)
    assert not any(os.path.exists(f"/proc/{pid}") for pid in workers), "workers outlived the server"
