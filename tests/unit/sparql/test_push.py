"""``kg push`` against a real Oxigraph server, and the per-article split it sends."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from click.testing import CliRunner
from minigraph import add_article, add_entity, add_fact, build_mini_graph
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS
from rdflib.term import URIRef

from kg.cli import main
from kg.core.namespaces import KG, KGID
from kg.errors import KgError
from kg.graph.split import ONTOLOGY_GRAPH, split_by_article
from kg.sparql.push import push

ROOT = Path(__file__).resolve().parents[3]
SECOND_ID = "901_second"
SECOND_TEXT = "Transit Chief Named\n\nSam Ortiz will lead the Riverton Transit Authority. Ortiz once worked for Lee Park.\n"
UNION_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def two_article_graph() -> tuple[Graph, dict]:
    """The mini graph plus a second article that supports one of its facts and adds an entity."""
    mini = build_mini_graph()
    g = mini.graph
    art2 = add_article(g, SECOND_ID, SECOND_TEXT, "Transit Chief Named")
    ortiz = add_entity(g, "Official", "Sam Ortiz", art2, ("Ortiz",))
    authority = add_entity(g, "Agency", "Riverton Transit Authority", art2)
    park = add_entity(g, "Person", "Lee Park", art2)
    g.add((park, RDFS.comment, Literal('Escapes: "quoted", back\\slash,\r\nnew line, tab\t.', lang="en")))
    add_fact(
        g,
        ortiz,
        "heads",
        authority,
        art2,
        SECOND_ID,
        SECOND_TEXT,
        "Sam Ortiz will lead the Riverton Transit Authority.",
        "lead-of",
    )
    g.parse(ROOT / "ontology" / "kg.ttl")
    return g, {"art1": mini.article, "art2": art2, "ortiz": ortiz, "authority": authority, "park": park, **mini.iris}


def test_split_by_article():
    g, iri = two_article_graph()
    parts = split_by_article(g)
    assert list(parts) == sorted([iri["art1"], iri["art2"], ONTOLOGY_GRAPH])
    union = Graph()
    for part in parts.values():
        union += part
    assert isomorphic(union, g)
    a1, a2, onto = parts[iri["art1"]], parts[iri["art2"]], parts[ONTOLOGY_GRAPH]
    shared_fact = (iri["ortiz"], KG.heads, iri["authority"])
    assert shared_fact in a1 and shared_fact in a2
    assert (iri["ortiz"], KG.appointedBy, iri["reyes"]) in a1 and (iri["ortiz"], KG.appointedBy, None) not in a2
    assert (iri["ortiz"], RDFS.label, Literal("Sam Ortiz")) in a2
    assert (iri["ortiz"], KG.mentionedIn, iri["art1"]) not in a2
    assert (iri["park"], None, None) not in a1 and (iri["park"], RDFS.label, Literal("Lee Park")) in a2
    assert (iri["quote"], KG.inArticle, iri["art1"]) in a1 and (iri["quote"], None, None) not in a2
    assert (iri["art2"], KG.text, Literal(SECOND_TEXT)) in a2
    assert not any(str(s).startswith(str(KGID)) for s in onto.subjects())
    assert (KG.Official, RDFS.subClassOf, KG.Person) in onto


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


@pytest.fixture()
def oxigraph(tmp_path_factory):
    """A fresh Oxigraph server on a free local port, queried with its union default graph (as the
    README advises); yields its base URL; always stopped."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the test extra)")
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph exited with {proc.returncode}: {proc.stderr.read().decode()[-500:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph did not start listening within 30 s")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


XSD_NS = "http://www.w3.org/2001/XMLSchema#"  # (a module-level XSD namespace object makes pytest warn)
XSD_INTEGER = URIRef(XSD_NS + "integer")
INTEGER_TYPES = {
    URIRef(XSD_NS + t)
    for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte")
}


def as_stored(graph: Graph) -> Graph:
    """``graph`` as Oxigraph (like Virtuoso, Fuseki TDB1, Stardog) stores it: literals of types derived
    from xsd:integer come back as xsd:integer (same value). Our offsets are xsd:nonNegativeInteger."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype in INTEGER_TYPES:
            o = Literal(str(o), datatype=XSD_INTEGER)
        out.add((s, p, o))
    return out


def sparql(base: str, query: str, accept: str) -> bytes:
    req = Request(
        f"{base}/query",
        data=query.encode(),
        method="POST",
        headers={"Content-Type": "application/sparql-query", "Accept": accept},
    )
    with urlopen(req, timeout=30) as r:
        return r.read()


def stored_graph(base: str, name) -> Graph:
    with urlopen(f"{base}/store?{urlencode({'graph': str(name)})}", timeout=30) as r:
        return Graph().parse(data=r.read(), format="nt")


def stored_default(base: str) -> Graph:
    with urlopen(f"{base}/store?default", timeout=30) as r:
        return Graph().parse(data=r.read(), format="nt")


def store_quads(base: str) -> list[str]:
    """Every quad in the store: the default graph's triples (read with the Graph Store Protocol, as the
    union default graph would also show the named graphs' triples) and the named graphs' quads."""
    with urlopen(f"{base}/store?default", timeout=30) as r:
        default = [line for line in r.read().decode().splitlines() if line.strip()]
    named = sparql(base, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", "text/tab-separated-values")
    return default + named.decode().splitlines()[1:]


def test_push_lays_out_shared_triples_in_the_default_graph_and_evidence_per_article(oxigraph, tmp_path):
    g, iri = two_article_graph()
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    result = push(path, f"{oxigraph}/store")
    assert (result.articles, result.sent, result.removed, result.default) == (2, 2, 0, "replaced")

    union = Graph().parse(data=sparql(oxigraph, UNION_QUERY, "application/n-triples"), format="nt")
    union += stored_default(oxigraph)
    assert isomorphic(union, as_stored(g))
    assert len(store_quads(oxigraph)) == len(g), "no triple is stored in two graphs"
    names = sparql(oxigraph, GRAPHS_QUERY, "text/csv").decode().split()[1:]
    assert sorted(names) == sorted(str(n) for n in (iri["art1"], iri["art2"]))
    default = stored_default(oxigraph)
    shared_fact = (iri["ortiz"], KG.heads, iri["authority"])
    assert shared_fact in default and (iri["ortiz"], RDFS.label, Literal("Sam Ortiz")) in default
    assert (iri["park"], RDFS.label, Literal("Lee Park")) in default and (KG.Official, RDFS.subClassOf, KG.Person) in default
    assert (iri["ortiz"], KG.mentionedIn, iri["art1"]) in default
    art2 = stored_graph(oxigraph, iri["art2"])
    assert (iri["art2"], KG.text, Literal(SECOND_TEXT)) in art2 and (iri["ortiz"], None, None) not in art2
    assert (iri["quote"], KG.inArticle, iri["art1"]) in stored_graph(oxigraph, iri["art1"])

    # nothing changed: nothing is sent; the store is unchanged
    calls = []
    again = push(path, f"{oxigraph}/store", progress=lambda done, total: calls.append((done, total)))
    assert (again.sent, again.removed, again.default, again.triples, calls) == (0, 0, "unchanged", 0, [])
    assert len(store_quads(oxigraph)) == len(g)


def test_incremental_push_sends_only_the_article_added_then_removes_it(oxigraph, tmp_path):
    mini = build_mini_graph().graph
    mini.parse(ROOT / "ontology" / "kg.ttl")
    g, iri = two_article_graph()
    path = tmp_path / "graph.ttl"
    mini.serialize(path, format="turtle")
    assert push(path, f"{oxigraph}/store").sent == 1
    g.serialize(path, format="turtle")
    added = push(path, f"{oxigraph}/store")
    assert (added.sent, added.removed) == (1, 0) and added.default.endswith("triples added")
    assert sorted(sparql(oxigraph, GRAPHS_QUERY, "text/csv").decode().split()[1:]) == sorted([str(iri["art1"]), str(iri["art2"])])
    assert len(store_quads(oxigraph)) == len(g)
    mini.serialize(path, format="turtle")
    removed = push(path, f"{oxigraph}/store")
    assert (removed.sent, removed.removed, removed.default) == (0, 1, "replaced")
    assert len(store_quads(oxigraph)) == len(mini)
    assert isomorphic(stored_default(oxigraph) + stored_graph(oxigraph, iri["art1"]), as_stored(mini))


def test_replace_clears_graphs_the_state_does_not_know(oxigraph, tmp_path):
    g, _ = two_article_graph()
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    stray = Request(
        f"{oxigraph}/store?graph=http%3A%2F%2Fexample.org%2Fold", data=b"<http://a> <http://b> <http://c> .", method="PUT"
    )
    stray.add_header("Content-Type", "application/n-triples")
    urlopen(stray, timeout=30).close()
    push(path, f"{oxigraph}/store")
    assert len(store_quads(oxigraph)) == len(g) + 1  # an earlier push's graph stays ...
    again = push(path, f"{oxigraph}/store", replace=True)
    assert (again.sent, again.default) == (2, "replaced")
    assert len(store_quads(oxigraph)) == len(g)  # ... until --replace


def test_cli_push(oxigraph, tmp_path):
    g, _ = two_article_graph()
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    out = CliRunner().invoke(main, ["push", "--endpoint", f"{oxigraph}/store", "--graph", str(path)])
    assert out.exit_code == 0, out.output
    assert out.output.startswith(f"Pushed to {oxigraph}/store: default graph (entities, facts, ontology) replaced; ")
    assert "2 of 2 article evidence graphs sent, 0 removed" in out.output
    assert list((tmp_path / ".kg-push").glob("*.json"))


def test_push_errors(oxigraph, tmp_path):
    path = tmp_path / "graph.ttl"
    build_mini_graph().graph.serialize(path, format="turtle")
    closed = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(KgError, match=r"^http://127\.0\.0\.1:\d+/store: connection refused"):
        push(path, closed)
    with pytest.raises(KgError, match=r"/nowhere: the store answered HTTP 404"):
        push(path, f"{oxigraph}/nowhere")
    with pytest.raises(KgError, match="not an http"):
        push(path, "localhost:7878/store")
    with pytest.raises(KgError, match="no such graph file"):
        push(tmp_path / "missing.ttl", f"{oxigraph}/store")
    (tmp_path / "bad.ttl").write_text("this is not turtle <<<")
    with pytest.raises(KgError, match="bad.ttl: not a valid turtle graph"):
        push(tmp_path / "bad.ttl", f"{oxigraph}/store")
    out = CliRunner().invoke(main, ["push", "--endpoint", closed, "--graph", str(path)])
    assert out.exit_code == 2 and "connection refused" in out.output and "Traceback" not in out.output


# -- competency questions on the store, incremental pushes of real builds ---------------------------
def store_rows(base: str, text: str) -> list[tuple] | bool:
    """The rows of a SELECT on the server, as pyoxigraph terms (sorted: ties in ORDER BY may differ)."""
    import json

    import pyoxigraph as ox

    from kg.graph.store import PREFIX_IRIS

    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIX_IRIS.items())
    answer = json.loads(sparql(base, prologue + text, "application/sparql-results+json"))

    def term(b):
        if b["type"] == "uri":
            return ox.NamedNode(b["value"])
        if "xml:lang" in b:
            return ox.Literal(b["value"], language=b["xml:lang"])
        return ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"]) if "datatype" in b else None)

    if "boolean" in answer:  # an ASK question
        return answer["boolean"]
    variables = answer["head"]["vars"]
    rows = (tuple(str(term(r[v])) if v in r else None for v in variables) for r in answer["results"]["bindings"])
    return sorted(rows, key=_unbound_first)


def local_rows(graph: Path, text: str) -> list[tuple] | bool:
    """The rows `kg query` computes on graph.ttl (the same store and runner)."""
    from kg.graph.store import load_store, run

    form, solutions = run(load_store(graph), text)
    if form == "ASK":
        return bool(solutions)
    variables = [v.value for v in solutions.variables]
    return sorted(
        (tuple(str(row[v]) if row[v] is not None else None for v in variables) for row in solutions), key=_unbound_first
    )


QUERIES = sorted((ROOT / "ontology" / "queries").glob("*.rq"))


def test_every_competency_question_gives_kg_querys_rows_on_the_store(oxigraph, tmp_path):
    import shutil

    from kg.orchestrate.run import run_build

    out = tmp_path / "out"
    held = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", held)
    last = sorted(held.glob("*.txt"))[-1]
    aside = last.rename(tmp_path / last.name)
    assert run_build([held], out=out, model=None, quiet=True, cache_dir=tmp_path / "cache") == 0
    first = push(out / "graph.ttl", f"{oxigraph}/store")
    assert (first.articles, first.sent) == (4, 4)
    for q in QUERIES:
        assert store_rows(oxigraph, q.read_text()) == local_rows(out / "graph.ttl", q.read_text()), q.name

    aside.rename(last)  # one more article: only its graph (and the default graph's new triples) go
    assert run_build([held], out=out, model=None, quiet=True, cache_dir=tmp_path / "cache") == 0
    second = push(out / "graph.ttl", f"{oxigraph}/store")
    assert (second.articles, second.sent, second.removed) == (5, 1, 0)
    nonempty = 0
    for q in QUERIES:
        rows = local_rows(out / "graph.ttl", q.read_text())
        assert store_rows(oxigraph, q.read_text()) == rows, q.name
        nonempty += rows is not False and bool(rows)
    assert nonempty >= len(QUERIES) - 3, "the questions have answers on the seeds"
    assert len(store_quads(oxigraph)) == len(Graph().parse(out / "graph.ttl"))


# -- credentials, deadline, malformed URLs ------------------------------------------------------------
def test_credentials_are_never_printed(oxigraph, tmp_path):
    path = tmp_path / "graph.ttl"
    build_mini_graph().graph.serialize(path, format="turtle")
    host = oxigraph.removeprefix("http://")
    ok = CliRunner().invoke(main, ["push", "--endpoint", f"http://alice:s3cret@{host}/store", "--graph", str(path)])
    assert ok.exit_code == 0 and "s3cret" not in ok.output and f"http://***@{host}/store" in ok.output, ok.output
    for endpoint in (
        f"http://alice:s3cret@{host}/nowhere",
        f"http://alice:s3cret@127.0.0.1:{free_port()}/store",
        "http://alice:s3cret@[::1/store",
        "http://alice:s3cret@127.0.0.1:port/store",
        "ftp://alice:s3cret@127.0.0.1/store",
    ):
        out = CliRunner().invoke(main, ["push", "--endpoint", endpoint, "--graph", str(path)])
        assert out.exit_code == 2 and "Traceback" not in out.output, out.output
        assert "s3cret" not in out.output and "***@" in out.output and len(out.output.strip().splitlines()) == 1, out.output
    for state in (tmp_path / ".kg-push").glob("*.json"):
        assert "s3cret" not in state.read_text()


def test_a_malformed_ipv6_url_is_one_line(tmp_path):
    path = tmp_path / "graph.ttl"
    build_mini_graph().graph.serialize(path, format="turtle")
    out = CliRunner().invoke(main, ["push", "--endpoint", "http://[::1", "--graph", str(path)])
    assert out.exit_code == 2 and out.output.startswith("kg: error: http://[::1: not a valid URL"), out.output
    assert len(out.output.strip().splitlines()) == 1


def test_the_timeout_is_a_deadline_for_the_whole_push(tmp_path):
    """A server that trickles its answer (a byte every 0.2 s, each read well within the timeout,
    the whole answer after 3 s) is cut off at the deadline, within its one request."""
    import threading

    path = tmp_path / "graph.ttl"
    path.write_text("")  # an empty graph: one request (PUT of the default graph)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    stop = threading.Event()

    def trickle():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    conn.recv(1 << 16)
                    head = b"HTTP/1.1 204 No Content\r\nX-Slow: " + b"." * 15 + b"\r\nContent-Length: 0\r\n\r\n"
                    for i in range(len(head)):
                        if stop.wait(0.2 if 10 < i < 26 else 0):
                            break
                        conn.sendall(head[i : i + 1])
                except OSError:
                    pass

    server = threading.Thread(target=trickle, daemon=True)
    server.start()
    try:
        with pytest.raises(KgError, match=r"not done within the 1 s deadline \(--timeout\)"):
            push(path, f"http://127.0.0.1:{listener.getsockname()[1]}/store", timeout=1)
    finally:
        stop.set()
        server.join(5)
        listener.close()


def test_first_push_over_an_earlier_kgs_layout_leaves_no_triple_twice(oxigraph, tmp_path):
    """Earlier kg pushed one named graph per article (labels and facts repeated in each) plus one for
    the ontology: the first push with a push state replaces the former and deletes the latter."""
    g, _ = two_article_graph()
    for name, part in split_by_article(g).items():
        req = Request(
            f"{oxigraph}/store?{urlencode({'graph': str(name)})}", data=part.serialize(format="nt").encode(), method="PUT"
        )
        req.add_header("Content-Type", "application/n-triples")
        urlopen(req, timeout=30).close()
    assert len(store_quads(oxigraph)) > len(g)
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    push(path, f"{oxigraph}/store")
    assert len(store_quads(oxigraph)) == len(g)


def _unbound_first(row: tuple) -> tuple:
    """A sort key for result rows whose unbound cells are None (OPTIONAL variables)."""
    return tuple((cell is not None, cell or "") for cell in row)
