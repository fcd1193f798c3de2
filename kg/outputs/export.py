"""``kg export``: the graph in another RDF syntax, or its entity network for Gephi and Cytoscape.

- ``turtle``, ``ntriples``, ``jsonld``: the same triples (serialized by Oxigraph: fast on big graphs);
- ``trig``: one named graph per article holding what that article supports, plus one for the
  ontology (:func:`kg.graph.split.split_by_article`); the union of the named graphs is the input graph;
- ``graphml``, ``gexf``: the entity network (:func:`kg.outputs.network.entity_network`); characters
  XML 1.0 cannot hold (NUL and other control characters) are removed from its texts.

Files are written atomically; without ``--out`` the export goes to standard output.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox

from ..errors import KgError
from ..graph.store import TURTLE_PREFIXES, load_store
from .atomic import atomic_write

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = (*RDF_FORMATS, "trig", "graphml", "gexf")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def export(graph_path: Path, fmt: str, out: IO[bytes]) -> None:
    """Write the graph at ``graph_path`` to the binary stream ``out`` in ``fmt``."""
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "trig":
        return _write_trig(graph_path, out)
    if fmt in RDF_FORMATS:
        return _convert(Path(graph_path), RDF_FORMATS[fmt], out)
    from .network import entity_network

    store = load_store(graph_path)

    net = _xml_safe(entity_network(store))
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(net, out)
    return None


def _xml_safe(net: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The network with every text attribute (and node id) holding only characters XML 1.0 allows."""

    def clean(attrs: dict) -> None:
        for k, v in attrs.items():
            if isinstance(v, str) and _NOT_XML.search(v):
                attrs[k] = _NOT_XML.sub("", v)

    for _, attrs in net.nodes(data=True):
        clean(attrs)
    for *_, attrs in net.edges(keys=True, data=True):
        clean(attrs)
    bad = {n: _NOT_XML.sub("", n) for n in net if isinstance(n, str) and _NOT_XML.search(n)}
    return nx.relabel_nodes(net, bad, copy=False) if bad else net


def _convert(graph_path: Path, fmt: ox.RdfFormat, out: IO[bytes]) -> None:
    """Parse and re-serialize as a stream. Not through a store: Oxigraph's store normalizes some
    literals (``"5"^^xsd:nonNegativeInteger`` becomes ``5``, an ``xsd:integer``), an export must not."""
    if not graph_path.is_file():
        raise KgError(f"{graph_path}: no such graph file (run `kg build` first, or pass --graph)")
    try:
        source = ox.RdfFormat.from_extension(graph_path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    except ValueError:
        source = ox.RdfFormat.TURTLE
    triples = (quad.triple for quad in ox.parse(path=str(graph_path), format=source))
    try:
        ox.serialize(triples, out, fmt, prefixes=TURTLE_PREFIXES)
    except SyntaxError as err:
        raise KgError(f"{graph_path}: not valid {source.name}: {err.args[0] if err.args else err}") from None


def _write_trig(graph_path: Path, out: IO[bytes]) -> None:
    """Named graphs in IRI order, triples in N-Triples order: the same graph gives the same bytes."""
    from ..graph.split import split_by_article
    from ..graph.validate import load_rdf

    def quads():
        for name, graph in split_by_article(load_rdf(Path(graph_path))).items():
            lines = sorted(graph.serialize(format="nt", encoding="utf-8").splitlines())
            target = ox.NamedNode(str(name))
            for quad in ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(quad.subject, quad.predicate, quad.object, target)

    ox.serialize(quads(), out, ox.RdfFormat.TRIG, prefixes=TURTLE_PREFIXES)


def run_export(graph_path: Path, fmt: str, out_path: Path | None = None) -> int:
    """Export to ``out_path`` (atomically) or standard output. Exit code."""
    if out_path is None:
        export(graph_path, fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return 0
    if out_path.exists() and out_path.is_dir():
        raise KgError(f"{out_path}: is a folder; give the output file name")
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=out_path.parent).close()
    except OSError as err:
        why = "a part of the path is a file" if isinstance(err, (FileExistsError, NotADirectoryError)) else err.strerror
        raise KgError(f"--out {out_path}: cannot write there ({(why or str(err)).lower()})") from None
    with atomic_write(out_path, "wb") as fh:
        export(graph_path, fmt, fh)
    print(f"kg export: wrote {out_path} ({fmt})", file=sys.stderr)
    return 0
