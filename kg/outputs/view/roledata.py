"""Offices in time for the view's panel: each entity's org:Membership resources (kg/graph/roles.py)."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from ...core.namespaces import KG, OA, ORG
from .terms import as_int as _as_int
from .terms import text_of as _text


def roles_by_node(graph: Graph, nodes: dict[URIRef, int], articles: dict[URIRef, int]) -> dict[int, list[dict]]:
    """node -> the office-holdings (org:Membership) it is the member or the body of, oldest first:
    office, status, years, as-of date, the other side and evidence rows (as :func:`_evidence`)."""
    out: dict[int, list[tuple]] = defaultdict(list)
    for m in graph.subjects(RDF.type, ORG.Membership):
        member, org = nodes.get(graph.value(m, ORG.member), -1), nodes.get(graph.value(m, ORG.organization), -1)
        span = graph.value(m, ORG.memberDuring)
        years = [_text(graph, span, p) if span is not None else "" for p in (KG.startYear, KG.endYear)]
        evs = []
        for ev in graph.objects(m, PROV.wasDerivedFrom):
            sels = list(graph.objects(ev, OA.hasSelector))
            text = next((str(v) for x in sels for v in graph.objects(x, OA.exact)), "")
            pos = [
                (_as_int(graph.value(x, OA.start)), _as_int(graph.value(x, OA.end)))
                for x in sels
                if graph.value(x, OA.start) is not None
            ]
            page = _as_int(graph.value(ev, KG.page) or 0)
            evs.append((articles.get(graph.value(ev, OA.hasSource), -1), *(pos[0] if pos else (-1, -1)), text, "", page))
        role = graph.value(m, ORG.role)
        row = (_text(graph, m, KG.asOf), *years, _text(graph, role, SKOS.prefLabel), _text(graph, m, KG.status))
        item = (row, member, org, _text(graph, role, KG.roleKind), tuple(sorted(evs)))
        for i in {member, org} - {-1}:
            out[i].append(item)
    keys = ("asOf", "from", "to", "role", "status")
    rows: dict[int, dict] = {}  # one dict per holding, on both its sides' lists (id of the item: alive meanwhile)

    def row_of(item: tuple) -> dict:
        found = rows.get(id(item))
        if found is None:
            row, a, b, k, evs = item
            found = rows[id(item)] = {**dict(zip(keys, row)), "member": a, "org": b, "kind": k, "ev": list(evs)}
        return found

    return {i: [row_of(item) for item in sorted(items)] for i, items in out.items()}
