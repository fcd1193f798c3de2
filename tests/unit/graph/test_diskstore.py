"""kg.graph.diskstore.DiskStore answers like CompactStore (and rdflib's Memory), in the same order,
from a temporary SQLite file that is removed when the store is closed."""

import os
import random
import subprocess
import sys
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from test_compact import EX, _patterns, _random_ops

from kg.graph.compact import CompactStore
from kg.graph.diskstore import DiskStore, key_term, n3_order, term_key


def test_every_pattern_gives_compact_stores_triples_in_its_order():
    for seed in range(5):
        compact, disk = Graph(store=CompactStore()), Graph(store=DiskStore())
        for op, triple in _random_ops(seed):
            for g in (compact, disk):
                getattr(g, op)(triple)
        assert len(disk) == len(compact)
        for pattern in _patterns(compact):
            assert list(disk.triples(pattern)) == list(compact.triples(pattern)), pattern
        disk.close()


def test_a_retyped_node_keeps_its_type_first():
    compact, disk = Graph(store=CompactStore()), Graph(store=DiskStore())
    s, typ, label = URIRef(EX + "s"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(EX + "label")
    for g in (compact, disk):
        g.add((s, typ, URIRef(EX + "A")))
        g.add((s, label, Literal("x")))
        g.set((s, typ, URIRef(EX + "B")))
    assert (
        list(disk.predicate_objects(s)) == list(compact.predicate_objects(s)) == [(typ, URIRef(EX + "B")), (label, Literal("x"))]
    )


def test_literals_come_back_with_their_exact_lexical_form():
    for lit in (
        Literal(Decimal("0.900"), datatype=XSD.decimal),
        Literal(5, datatype=XSD.nonNegativeInteger),
        Literal("2019", datatype=XSD.gYear),
        Literal("a\x1fb\nc", lang="en"),
        Literal("plain"),
        Literal("https://example.org/a b", datatype=XSD.anyURI),
    ):
        back = key_term(term_key(lit))
        assert back == lit and back.n3() == lit.n3() and str(back) == str(lit) and hash(back) == hash(lit)


def test_the_file_is_removed_on_close():
    store = DiskStore()
    g = Graph(store=store)
    g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("v")))
    assert g.value(URIRef(EX + "s"), URIRef(EX + "p")) == Literal("v")
    store.close()
    assert not os.path.exists(store.path)


def test_a_killed_process_leaves_no_file(tmp_path):
    """On POSIX the file has no name once open: a build killed (SIGKILL) while holding a large graph
    leaves nothing in the temporary folder; the store still reads and writes through the open file."""
    if os.name != "posix":
        return
    code = (
        "import os, signal, sys; from rdflib import Graph, Literal, URIRef; from kg.graph.diskstore import DiskStore\n"
        "store = DiskStore(directory=sys.argv[1]); g = Graph(store=store)\n"
        "for i in range(3000): g.add((URIRef(f'https://example.org/s{i}'), URIRef('https://example.org/p'), Literal('x' * 200)))\n"
        "assert len(g) == 3000 and g.value(URIRef('https://example.org/s7'), URIRef('https://example.org/p')) == Literal('x' * 200)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_subjects_come_sorted_as_their_n3_from_disk():
    """``<...>`` order, not the IRIs' own: ``x/10`` sorts before ``x/1`` (``0`` < ``>``)."""
    store = DiskStore()
    g = Graph(store=store)
    for tail in ("x/1", "x/10", "x/1-a", "x", "x!", "é", "x/1>"[:-1] + "z"):
        g.add((URIRef(EX + tail), URIRef(EX + "p"), Literal(tail)))
    g.add((URIRef(EX + "o"), URIRef(EX + "p"), URIRef(EX + "x/2")))  # an object only: not a subject
    assert list(store.subjects_sorted()) == sorted(set(g.subjects()), key=lambda t: t.n3())
    store.close()


def test_subjects_in_n3_order_without_a_sort():
    """IRIs that start one another, in every order of their next character around ``>``; the store
    reads them in its index's order and sorts nothing (graph.ttl's writer, issue 19)."""
    rng = random.Random(7)
    store = DiskStore()
    g = Graph(store=store)
    tails = {"".join(rng.choice("/0=?a-é") for _ in range(rng.randint(0, 5))) for _ in range(400)}
    for tail in tails:
        g.add((URIRef(EX + tail), URIRef(EX + "p"), Literal(tail)))
    expected = sorted(set(g.subjects()), key=lambda t: t.n3())
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    assert list(store.subjects_sorted()) == expected
    store._db.set_trace_callback(None)
    plans = [row[-1] for sql in statements for row in store._db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert plans and not any("TEMP B-TREE" in plan for plan in plans), plans
    keys = sorted({"<" + "".join(rng.choice("/0=>?a") for _ in range(rng.randint(0, 5))) for _ in range(400)})
    assert list(n3_order(keys)) == sorted(keys, key=lambda k: k + ">")
    store.close()


def test_id_triples_decode_to_the_triples_in_their_order():
    """The view reads a large graph's provenance as term ids (24 bytes a triple), decoded where used."""
    for seed in range(3):
        store = DiskStore()
        g = Graph(store=store)
        for op, triple in _random_ops(seed):
            getattr(g, op)(triple)
        for pattern in _patterns(g):
            ids = list(store.id_triples(pattern))
            assert [tuple(map(store.term, t)) for t in ids] == [t for t, _ in store.triples(pattern)], pattern
        assert list(store.id_triples((URIRef(EX + "never-added"), None, None))) == []
        store.close()


def test_select_binds_terms_to_their_ids_and_an_absent_term_to_nothing():
    store = DiskStore()
    g = Graph(store=store)
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    g.add((s, p, Literal("v")))
    sql = "SELECT s, o FROM t WHERE p = :p"
    ((sid, oid),) = store.select(sql, {"p": p})
    assert (store.term(sid), store.term(oid)) == (s, Literal("v"))
    assert list(store.select(sql, {"p": URIRef(EX + "never-added")})) == []
    store.close()
