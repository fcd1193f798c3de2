"""`kg serve` against hostile clients (issue 20): no way out, a good neighbour, bounded answers.

One server (a subprocess on the hand-built seed graph) with small limits; every request goes to
127.0.0.1 (or ::1), and the loopback listener named in the attacking queries must see 0 connections.
"""

from __future__ import annotations

import http.client as httpclient
import json
import socket
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from loopback import Listener
from seed_fixture import write_seed_fixture
from test_serve import children, http, start_server, stop_server

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
HIDDEN = [  # a `#` comment ended by a carriage return hides SERVICE from rdflib, not from Oxigraph
    "SELECT * WHERE { # x\r SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }\n}",
    "ASK { # x\r SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }\n}",
    "CONSTRUCT { ?s ?p ?o } WHERE { # x\r SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }\n}",
]
DOUBLING = (
    "SELECT (STRLEN(?z) AS ?n) WHERE { BIND(CONCAT("
    + "'x'," * 1000
    + "'x') AS ?a0) "
    + " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(40))
    + " BIND(?a40 AS ?z) }"
)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    return write_seed_fixture(tmp_path_factory.mktemp("hardening") / "graph.ttl")


@pytest.fixture(scope="module")
def server(graph_file):
    args = ["--timeout", "20", "--max-bytes", "3000", "--worker-memory", "1024", "--workers", "1"]
    proc, base = start_server(graph_file, *args, "--allow-host", "kg.test", "--cors", "http://app.test")
    try:
        yield proc, base
    finally:
        stop_server(proc)


@pytest.fixture
def base(server):
    return server[1]


def raw(base: str, request: bytes) -> bytes:
    """The server's whole answer to bytes sent as they are (no client library fixing them up)."""
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("template", HIDDEN)
@pytest.mark.parametrize("how", ["GET", "form", "sparql-query"])
def test_hidden_service_is_refused_and_never_connects(base, template, how):
    with Listener() as listener:
        query = template.replace("{port}", str(listener.port))
        if how == "GET":
            status, _, body = http(base + "/sparql?" + urllib.parse.urlencode({"query": query}))
        elif how == "form":
            status, _, body = http(base + "/sparql", urllib.parse.urlencode({"query": query}).encode(), FORM)
        else:
            status, _, body = http(base + "/sparql", query.encode(), {"Content-Type": "application/sparql-query"})
        assert listener.settle() == 0, "the server connected to the address named in the query"
    assert status == 403 and b"SERVICE" in body


def test_host_header_must_name_this_server(base):
    port = urllib.parse.urlsplit(base).port
    query = "/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    for host, expected in [("evil.example", 403), (f"evil.example:{port}", 403), (f"localhost:{port}", 200), ("kg.test", 200)]:
        conn = httpclient.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", query, headers={"Host": host})
        resp = conn.getresponse()
        body = resp.read()
        conn.close()
        assert resp.status == expected, (host, body)
    assert b"--allow-host" in raw(base, f"GET / HTTP/1.1\r\nHost: rebound.example:{port}\r\nConnection: close\r\n\r\n".encode())


def test_cross_site_form_posts_are_refused_cors_only_when_asked(base):
    data = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    assert http(base + "/sparql", data, {**FORM, "Origin": "http://evil.test"})[0] == 403
    assert http(base + "/sparql", data, {**FORM, "Sec-Fetch-Site": "cross-site"})[0] == 403
    status, headers, _ = http(base + "/sparql", data, {**FORM, "Origin": base})
    assert status == 200 and headers["Access-Control-Allow-Origin"] is None
    status, headers, _ = http(base + "/sparql", data, {**FORM, "Origin": "http://app.test"})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://app.test"
    status, headers, _ = http(base + "/sparql?query=ASK%7B%7D", headers={"Origin": "http://evil.test"})
    assert headers["Access-Control-Allow-Origin"] is None  # a page of another site cannot read answers


def test_answers_are_capped_in_bytes_and_stay_valid(base):
    status, headers, body = http(
        base + "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200 and len(body) <= 3000 and "bytes capped at 3000" in headers["X-Kg-Truncated"]
    assert json.loads(body)["results"]["bindings"]
    status, headers, body = http(
        base + "/sparql?" + urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }"}), headers={"Accept": "text/turtle"}
    )
    assert status == 200 and len(body) <= 3000 and "bytes capped" in headers["X-Kg-Truncated"]


@pytest.mark.parametrize(
    "length, status",
    [
        ("Content-Length: -1\r\n", b" 400 "),
        ("Content-Length: abc\r\n", b" 400 "),
        ("", b" 411 "),
        ("Content-Length: 99999999\r\n", b" 413 "),
    ],
)
def test_content_length_is_strict(base, length, status):
    port = urllib.parse.urlsplit(base).port
    head = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-query\r\n{length}Connection: close\r\n\r\n"
    answer = raw(base, head.encode() + b"ASK {}")
    assert status in answer.split(b"\r\n", 1)[0], answer[:200]


def test_a_memory_hungry_query_ends_with_a_clear_error(server, base):
    status, _, body = http(base + "/sparql", DOUBLING.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 503 and b"memory limit" in body, body[:300]
    assert http(base + "/sparql?query=ASK%7B%7D")[0] == 200  # the server goes on answering


def test_deeply_nested_query_is_400_and_kills_no_worker(server, base):
    before = children(server[0].pid)
    query = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
    status, _, body = http(base + "/sparql", query.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400 and b"too deeply nested" in body
    assert children(server[0].pid) == before


def test_query_page_for_browsers_offline(base):
    browser = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
    status, headers, body = http(base + "/sparql", headers=browser)
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert (
        "connect-src 'self'" in headers["Content-Security-Policy"] and "default-src 'none'" in headers["Content-Security-Policy"]
    )
    assert "<textarea" in page and "Who supports or opposes a given law" in page
    assert "src=" not in page and "href=" not in page  # nothing fetched from anywhere
    status, headers, body = http(
        base + "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s a kg:Law }"}), headers=browser
    )
    assert status == 200 and headers["Content-Type"].startswith("application/json") and json.loads(body)["head"]["vars"] == ["s"]


def test_listens_on_ipv6_loopback(graph_file):
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback here")
    proc, base = start_server(graph_file, "--host", "::1", "--workers", "1")
    try:
        assert base.startswith("http://[::1]:")
        status, _, body = http(base + "/sparql?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        stop_server(proc)


def test_slow_clients_are_cut_off(graph_file, monkeypatch):
    """A client that never finishes its headers loses its connection (slowloris); in-process server."""
    import threading

    from kg.sparql import handler
    from kg.sparql.serve import Limits, close_server, make_server

    monkeypatch.setattr(handler.Handler, "timeout", 0.5)
    server = make_server(graph_file, "127.0.0.1", 0, Limits(workers=1))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert server.request_queue_size >= 128
        with socket.create_connection(server.server_address[:2], timeout=10) as sock:
            sock.sendall(b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line
            assert sock.recv(100) == b""  # closed by the server, long before our own 10 s timeout
    finally:
        server.shutdown()
        close_server(server)


def test_no_traceback_in_the_log(graph_file):
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("kg")), "serve", "--graph", str(graph_file), "--port", "0", "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    base = line.split(" at ", 1)[1].split("/ ", 1)[0]
    port = urllib.parse.urlsplit(base).port
    for length in ("-1", "abc", "1e3", " "):
        raw(
            base,
            f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n".encode(),
        )
    stop_server(proc)
    assert "Traceback" not in proc.stderr.read()


def test_a_worker_memory_limit_too_small_for_the_graph_is_one_clear_line(graph_file):
    kg = str(Path(sys.executable).with_name("kg"))
    result = subprocess.run(
        [kg, "serve", "--graph", str(graph_file), "--port", "0", "--workers", "1", "--worker-memory", "60"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "raise --worker-memory" in result.stderr.splitlines()[-1]


def test_query_page_script_is_the_one_its_policy_allows():
    """The page's own script runs (its hash is in the policy) and nothing else would."""
    import base64
    import hashlib
    import re

    from kg.sparql.page import examples, query_page

    reply = query_page("kg: test")
    page = reply.body.decode("utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in reply.headers["Content-Security-Policy"]
    questions = examples()
    assert len(questions) >= 12 and all(q["question"] and q["query"].strip() for q in questions)
