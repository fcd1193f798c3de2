"""Taking facts out of a built graph, with everything that only they used.

A fact is a triple (s, p, o) plus its assertions (one per evidence); an assertion points to its
evidence resource (shared with other assertions or quotes of the same sentence) and to its rules.
:func:`drop_facts` removes the triple, its assertions, and the evidence resources, selectors and
rules no other node refers to any more. Entities stay (they are still mentioned in their articles).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from ..core.namespaces import KG, OA

Triple = tuple[Node, Node, Node]


def assertions_by_fact(graph: Graph) -> dict[Triple, list[Node]]:
    """Each stated fact (s, p, o) with its assertions, in a stable order."""
    out: dict[Triple, list[Node]] = defaultdict(list)
    for a in sorted(graph.subjects(RDF.type, KG.Assertion)):
        s, p, o = graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object)
        if s is not None and p is not None and o is not None:
            out[(s, p, o)].append(a)
    return out


def drop_facts(graph: Graph, facts: Iterable[Triple], index: dict[Triple, list[Node]] | None = None) -> int:
    """Remove ``facts`` (their triples and assertions, and what only they used); returns how many
    were in the graph."""
    index = index if index is not None else assertions_by_fact(graph)
    evidence, rules, n = set(), set(), 0
    for triple in facts:
        if triple not in graph:
            continue
        n += 1
        graph.remove(triple)
        for a in index.get(triple, []):
            evidence.update(graph.objects(a, PROV.wasDerivedFrom))
            rules.update(graph.objects(a, PROV.wasGeneratedBy))
            graph.remove((a, None, None))
    for ev in evidence:
        if next(graph.subjects(PROV.wasDerivedFrom, ev), None) is None:
            for selector in list(graph.objects(ev, OA.hasSelector)):
                graph.remove((selector, None, None))
            graph.remove((ev, None, None))
    for rule in rules:
        if next(graph.subjects(PROV.wasGeneratedBy, rule), None) is None:
            graph.remove((rule, None, None))
    return n
