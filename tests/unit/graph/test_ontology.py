"""ontology/kg.ttl declares every term kg uses, each with label, definition, domain, range and an
alignment to a standard vocabulary; ontology/shapes.ttl only uses declared terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.core.namespaces import KG, ORG, SCHEMA
from kg.core.records import ENTITY_CLASSES, ENTITY_PROPERTIES, LITERAL_PROPERTIES
from kg.lexicon.resources import ontology_dir

ROOT = Path(__file__).resolve().parents[3]
ALIGNMENTS = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    OWL.inverseOf,
    SKOS.closeMatch,
    SKOS.exactMatch,
    SKOS.relatedMatch,
)
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl")


def kg_terms(g: Graph) -> set[URIRef]:
    return {s for kind in KINDS for s in g.subjects(RDF.type, kind) if str(s).startswith(str(KG))}


def kind_of(g: Graph, term: URIRef):
    return next(k for k in KINDS if (term, RDF.type, k) in g)


def test_ontology_header(onto):
    header = URIRef("https://w3id.org/civic-kg/ns")
    assert (header, RDF.type, OWL.Ontology) in onto
    for prop in (RDFS.label, OWL.versionInfo, DCTERMS.description):
        assert onto.value(header, prop), prop


def test_no_blank_nodes_so_the_turtle_is_byte_stable(onto):
    assert not any(isinstance(t, BNode) for triple in onto for t in triple)


def test_issue_vocabulary_is_declared_with_the_right_kind(onto):
    classes = ENTITY_CLASSES + ("Article", "Quote", "Assertion", "Amendment", "Position")
    for name in classes:
        assert (KG[name], RDF.type, OWL.Class) in onto, name
    for name in ENTITY_PROPERTIES + ("speaker", "inArticle", "mentionedIn", "amends", "holder", "office"):
        assert (KG[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in LITERAL_PROPERTIES + ("text", "sourcePath", "sha256", "extractedBy"):
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in onto, name


@pytest.mark.parametrize(
    "sub, rel, sup",
    [
        (KG.Official, RDFS.subClassOf, KG.Person),
        (KG.Agency, RDFS.subClassOf, KG.Organization),
        (KG.Court, RDFS.subClassOf, KG.Agency),
        (KG.Agency, RDFS.subClassOf, SCHEMA.GovernmentOrganization),
        (KG.Law, RDFS.subClassOf, SCHEMA.Legislation),
        (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (KG.Quote, RDFS.subClassOf, SCHEMA.Quotation),
        (KG.Assertion, RDFS.subClassOf, RDF.Statement),
        (KG.heads, RDFS.subPropertyOf, KG.memberOf),
        (KG.heads, SKOS.closeMatch, ORG.headOf),
        (KG.enactedBy, RDFS.subPropertyOf, SCHEMA.legislationPassedBy),
        (KG.jurisdiction, SKOS.closeMatch, SCHEMA.legislationJurisdiction),
        (KG.inArticle, RDFS.subPropertyOf, DCTERMS.isPartOf),
        (KG.partOf, RDFS.subPropertyOf, ORG.subOrganizationOf),
    ],
)
def test_required_hierarchy_and_alignments(onto, sub, rel, sup):
    assert (sub, rel, sup) in onto


def test_every_term_has_label_definition_and_is_defined_here(onto):
    terms = kg_terms(onto)
    assert len(terms) >= 40
    for term in terms:
        assert onto.value(term, RDFS.label), term
        comment = onto.value(term, RDFS.comment)
        assert comment and "\n" not in comment, term
        assert onto.value(term, RDFS.isDefinedBy) == URIRef("https://w3id.org/civic-kg/ns"), term


def test_every_property_has_domain_and_range(onto):
    for term in kg_terms(onto):
        if kind_of(onto, term) != OWL.Class:
            assert onto.value(term, RDFS.domain) is not None, term
            assert onto.value(term, RDFS.range) is not None, term


def test_date_properties_are_years(onto):
    for name in ("enactedDate", "amendedDate", "decisionDate"):
        assert onto.value(KG[name], RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#gYear")


def test_every_term_is_aligned_to_a_standard_vocabulary(onto):
    """Directly, or through the kg term it specializes (Official through Person)."""

    def aligned(term, seen=()):
        for rel in ALIGNMENTS:
            for other in onto.objects(term, rel):
                if not str(other).startswith(str(KG)):
                    return True
                if other not in seen and aligned(other, seen + (term,)):
                    return True
        return False

    unaligned = sorted(t for t in kg_terms(onto) if not aligned(t))
    assert not unaligned


def test_every_kg_term_in_the_graph_contract_is_declared(onto):
    """docs/GRAPH.md is the contract the builder follows: all its kg: terms exist."""
    doc = (ROOT / "docs" / "GRAPH.md").read_text(encoding="utf-8")
    used = {KG[name] for name in re.findall(r"\bkg:([A-Za-z]+)\b", doc)}
    assert used
    assert not used - kg_terms(onto), sorted(used - kg_terms(onto))


def test_shapes_use_only_declared_terms(onto):
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    text = (ontology_dir() / "shapes.ttl").read_text(encoding="utf-8")
    used |= {KG[name] for name in re.findall(r"\bkg:([A-Za-z]+)\b", text)}
    assert used
    assert not used - kg_terms(onto), sorted(used - kg_terms(onto))
