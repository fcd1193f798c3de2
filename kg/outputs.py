"""Writing a build's outputs: graph.ttl, facts.csv, entities.csv, resolution.tsv, graph.html.

Each file is replaced atomically, so a build that fails or is killed leaves the previous outputs
whole.
"""

from __future__ import annotations

import csv
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from .atomic import atomic_write
from .namespaces import PREFIXES
from .resolve import Resolution

FACTS_QUERY = """
SELECT ?s ?p ?o ?doc ?exact ?start WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  ?ev oa:hasSource ?art ; oa:hasSelector ?q, ?pos .
  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
  ?pos a oa:TextPositionSelector ; oa:start ?start .
  ?art dcterms:identifier ?doc .
}"""


def write_turtle(graph: Graph, path: Path) -> None:
    with atomic_write(path, "wb") as fh:
        graph.serialize(fh, format="turtle")


def _label(graph: Graph, node) -> tuple[str, str]:
    if isinstance(node, Literal):
        return str(node), ""
    label = graph.value(node, RDFS.label)
    cls = graph.value(node, RDF.type)
    return (str(label) if label is not None else str(node)), (str(cls).rsplit("#", 1)[-1] if cls else "")


def write_facts_csv(graph: Graph, path: Path) -> int:
    """One row per fact and evidence sentence."""
    rows = []
    for r in graph.query(FACTS_QUERY, initNs=PREFIXES):
        s_label, s_cls = _label(graph, r.s)
        o_label, o_cls = _label(graph, r.o)
        prop = str(r.p).rsplit("#", 1)[-1]
        rows.append((s_label, s_cls, prop, o_label, o_cls, str(r.doc), str(r.exact), str(r.s), str(r.o), int(r.start)))
    rows.sort(key=lambda r: (r[0], r[2], r[3], r[5], r[9], r[7]))
    with atomic_write(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["subject", "subject_class", "property", "object", "object_class", "article_id", "evidence",
                    "subject_iri", "object_iri"])
        for r in rows:
            w.writerow([*r[:7], r[7], r[8] if r[4] else ""])
    return len(rows)


def write_entities_csv(res: Resolution, path: Path) -> None:
    with atomic_write(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["iri", "label", "class", "aliases", "articles"])
        for e in res.entities:
            w.writerow([e.iri, e.label, e.cls, "; ".join(e.aliases), len(e.articles)])


def write_resolution_log(res: Resolution, path: Path) -> None:
    with atomic_write(path, newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["entity", "name", "article", "decision"])
        w.writerows(res.log)


def write_html(graph: Graph, path: Path) -> None:
    from .view import write_html as view_html

    view_html(graph, path)

