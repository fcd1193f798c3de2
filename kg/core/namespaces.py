"""The namespaces kg uses, bound once so every graph and query shares the same prefixes."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/civic-kg/ns#")
"""The project's ontology: classes and properties (``kg:Official``, ``kg:heads`` ...)."""

KGID = Namespace("https://w3id.org/civic-kg/id/")
"""Where minted instance IRIs live (entities, articles, assertions, evidence, quotes)."""

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "kgid": KGID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "oa": OA,
    "time": TIME,
    "dcterms": DCTERMS,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX declarations for every namespace in :data:`PREFIXES`, for predeclared queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


_BY_LENGTH = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda x: -len(x[1]))


def shorten(iri: str) -> str:
    """``kgid:official/michael-cox`` for a kg-prefixed IRI; the IRI itself otherwise."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri
