"""The view's tables in compact form: rows as their JSON text, on disk until the page is written.

:func:`read_compact` reads the same tables as :func:`kg.outputs.view.data.read_view_data` (which is
made from it), but keeps each entity, article and quote as its JSON text in a
:class:`~kg.outputs.view.jsontext.Spool`, and of the rest only what the overview and the
co-mentions need: each entity's class, number of articles and names, the articles' entities, the
facts (edges); the evidence rows as tuples until the co-mentions are counted, then as JSON text. An entity's row is stored in two halves, before and
after the keys the page adds (``cls``, ``deg``) and without ``roles`` and ``xy``, so the page joins
them with the entity's place in the overview without parsing anything (issue 19: as dicts these
tables were the peak memory of a large corpus's build).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal
from rdflib.namespace import RDFS, SKOS

from ...core.namespaces import KG
from .comention import MIN_NAME_CHARS, pairs_named
from .evidence import evidence_and_confidence
from .evidence import term_key as _term_key
from .jsontext import Spool, dump
from .roledata import roles_by_node
from .tables import IDENTIFIERS, NON_FACT_PROPERTIES, articles_of, entity_classes, local_name, present_classes, quote_rows
from .terms import text_of as _text


@dataclass
class CompactView:
    """The view's tables; ``nodes`` holds lines ``head TAB tail`` (see the module's docstring)."""

    classes: list[str] = field(default_factory=list)
    properties: list[str] = field(default_factory=list)
    articles: Spool = field(default_factory=Spool)
    nodes: Spool = field(default_factory=Spool)
    node_cls: array = field(default_factory=lambda: array("i"))
    node_mentions: array = field(default_factory=lambda: array("i"))  # articles per entity
    roles: dict[int, str] = field(default_factory=dict)  # entity -> its roles' JSON text
    edges: list[dict] = field(default_factory=list)
    evidence: Spool = field(default_factory=Spool)  # evidence_row's JSON text
    comentions: array = field(default_factory=lambda: array("q"))  # a, b, ev, n flat
    quotes: Spool = field(default_factory=Spool)

    def comention_rows(self):
        """The co-mentions as ``(a, b, ev, n)`` tuples."""
        c = self.comentions
        return (tuple(c[k : k + 4]) for k in range(0, len(c), 4))

    def close(self) -> None:
        for spool in (self.articles, self.nodes, self.evidence, self.quotes):
            spool.close()


def evidence_row(row: tuple) -> dict:
    a, s, e, x, r, p = row
    return {"article": a, "start": s, "end": e, "text": x, "rule": r, **({"page": p} if p > 0 else {})}


def read_compact(graph: Graph) -> CompactView:
    """Collect entities, facts (with evidence), articles and quotes from ``graph``, compactly."""
    classes = entity_classes(graph)
    view = CompactView(classes=present_classes(classes.values()))
    articles, article_index = articles_of(graph)
    for row in articles:
        view.articles.add(dump(row))
    del articles
    evidence, confidence = evidence_and_confidence(graph, article_index)
    iris = sorted(classes)
    node_index = {iri: i for i, iri in enumerate(iris)}
    class_index = {name: i for i, name in enumerate(view.classes)}
    ev_rows: dict[tuple, int] = {}
    cited: dict[int, list[int]] = defaultdict(list)
    in_article: dict[int, array] = defaultdict(lambda: array("i"))
    names: list[tuple[str, ...]] = []

    def ev_ids(key: tuple) -> list[int]:
        return [ev_rows.setdefault(row, len(ev_rows)) for row in evidence.get(key, [])]

    edge_keys = []
    for i, iri in enumerate(iris):
        aliases = sorted({str(a) for a in graph.objects(iri, SKOS.altLabel)})
        label = _text(graph, iri, RDFS.label) or (aliases[0] if aliases else local_name(iri))
        literals = []
        for p, o in sorted(graph.predicate_objects(iri), key=_term_key):
            if not str(p).startswith(str(KG)) or p in NON_FACT_PROPERTIES:
                continue
            if isinstance(o, Literal):
                ev = ev_ids((iri, p, o))
                literals.append({"prop": local_name(p), "value": str(o), "ev": ev, "conf": confidence.get((iri, p, o))})
                for k in ev:
                    cited[k].append(i)
            elif o in node_index:
                edge_keys.append((iri, p, o))
        mentioned = sorted({article_index[a] for a in graph.objects(iri, KG.mentionedIn) if a in article_index})
        for a in mentioned:
            in_article[a].append(i)
        shown = [a for a in aliases if a != label]
        names.append(tuple(n for n in {label, *shown} if len(n) >= MIN_NAME_CHARS))
        head = dump({"aliases": shown, "articles": mentioned})[:-1]
        ids = [f"{name}: {o}" for p, name in IDENTIFIERS for o in sorted(graph.objects(iri, p))]
        tail = dump({"ids": ids, "iri": str(iri), "label": label, "literals": literals})[1:]
        view.nodes.add(head + "\t" + tail)
        view.node_cls.append(class_index[classes[iri]])
        view.node_mentions.append(len(mentioned))
    view.properties = sorted({local_name(p) for _, p, _ in edge_keys})
    prop_index = {name: i for i, name in enumerate(view.properties)}
    for s, p, o in sorted(edge_keys):
        edge = {"from": node_index[s], "to": node_index[o], "prop": prop_index[local_name(p)]}
        edge.update(ev=ev_ids((s, p, o)), conf=confidence.get((s, p, o)))  # kg:confidence, None in older graphs
        view.edges.append(edge)
    evidence.clear(), confidence.clear(), edge_keys.clear()
    same = {row[:3]: row for row in ev_rows}  # a holding's sentence is usually a fact's evidence already
    ev = lambda row: ev_rows.setdefault(same.get(row[:3], row), len(ev_rows))  # noqa: E731
    for i, roles in roles_by_node(graph, node_index, article_index).items():  # offices in time, on both sides
        view.roles[i] = dump([{**r, "ev": [ev(row) for row in r["ev"]]} for r in roles])
    same.clear()
    rows = list(ev_rows)  # (article, start, end, text, rule, page)
    ev_rows.clear()
    view.comentions = pairs_named(names, in_article, cited, view.edges, ((r[0], r[3]) for r in rows))
    del names, in_article, cited
    for row in rows:  # their sentences wait on disk, not through the overview's communities (issue 19)
        view.evidence.add(dump(evidence_row(row)))
    del rows
    for row in quote_rows(graph, node_index, article_index):
        view.quotes.add(dump(row))
    return view
