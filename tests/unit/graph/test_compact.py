"""kg.graph.compact.CompactStore answers like rdflib's default in-memory store, in the same order."""

import random

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.compact import CompactStore

EX = "http://example.org/"


def _graphs_after(ops) -> tuple[Graph, Graph]:
    plain, compact = Graph(), Graph(store=CompactStore())
    for op, triple in ops:
        for g in (plain, compact):
            getattr(g, op)(triple)
    return plain, compact


def _random_ops(seed: int, n: int = 600) -> list:
    rng = random.Random(seed)
    nodes = [URIRef(f"{EX}n{i}") for i in range(8)]
    preds = [URIRef(f"{EX}p{i}") for i in range(3)]
    values = [*nodes, Literal("a"), Literal("1", datatype=XSD.integer), Literal("01", datatype=XSD.integer)]
    ops = []
    for _ in range(n):
        s, p, o = rng.choice(nodes), rng.choice(preds), rng.choice(values)
        if rng.random() < 0.7:
            ops.append(("add", (URIRef(str(s)), URIRef(str(p)), o)))  # equal terms, new objects
        else:
            pattern = [s, p, o]
            for i in range(3):
                if rng.random() < 0.4:
                    pattern[i] = None
            ops.append(("remove", tuple(pattern)))
    return ops


def _patterns(g: Graph):
    terms = sorted({t for triple in g for t in triple}, key=lambda t: (type(t).__name__, str(t)))
    yield (None, None, None)
    for t in terms:
        yield (t, None, None)
        yield (None, t, None)
        yield (None, None, t)
        for u in terms:
            yield (t, u, None)
            yield (t, None, u)
            yield (None, t, u)


def test_every_pattern_gives_the_same_triples_in_the_same_order():
    for seed in range(5):
        plain, compact = _graphs_after(_random_ops(seed))
        assert len(compact) == len(plain)
        for pattern in _patterns(plain):
            got, want = list(compact.triples(pattern)), list(plain.triples(pattern))
            if pattern[:2] == (None, None):
                assert sorted(got) == sorted(want)  # rdflib's own order there is a set's; object alone, predicate first
            else:
                assert got == want, pattern


def test_set_value_and_membership():
    g = Graph(store=CompactStore())
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    g.add((s, p, Literal("old")))
    g.set((s, p, Literal("new")))
    assert g.value(s, p) == Literal("new") and len(g) == 1
    assert (s, p, Literal("new")) in g and (s, p, Literal("old")) not in g
    g.add((s, p, Literal("new")))  # already there: no second copy
    assert len(g) == 1
    g.remove((s, None, None))
    assert len(g) == 0 and list(g) == []


def test_each_term_is_kept_once():
    g = Graph(store=CompactStore())
    for i in range(3):
        g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(f"v{i}")))
    kept = [s for s, _, _ in g]
    assert all(s is kept[0] for s in kept)


def test_a_plain_literal_keeps_its_text_once():
    import sys

    g = Graph(store=CompactStore())
    text = "".join(["the evidence’s sentence "] * 40)  # a string of its own, referenced here only
    held = sys.getrefcount(text)
    g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(text)))
    assert sys.getrefcount(text) == held  # rdflib's Literal would keep ``text`` as its value as well
    (lit,) = g.objects(URIRef(EX + "s"), URIRef(EX + "p"))
    assert lit == Literal(text) and hash(lit) == hash(Literal(text))
    assert lit.value == text and type(lit.value) is str and lit.toPython() == text and lit.n3() == Literal(text).n3()
    node = URIRef(EX + "z")
    assert sorted([lit, node]) == [node, lit] and sorted([node, lit]) == sorted([node, Literal(text)])
    typed = Literal("7", datatype=XSD.integer)
    g.add((URIRef(EX + "s"), URIRef(EX + "q"), typed))
    assert g.value(URIRef(EX + "s"), URIRef(EX + "q")).value == 7  # typed literals keep their value
