"""End-to-end: `kg build` on seeds/ writes the outputs, and the graph keeps its promises."""

from __future__ import annotations

import csv
import hashlib

from conftest import SEEDS
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.core.namespaces import KG, PREFIXES
from kg.lexicon.resources import ontology_dir

EVIDENCE = """
SELECT ?text ?start ?end ?exact WHERE {
  ?x prov:wasDerivedFrom ?ev .
  ?ev oa:hasSource ?art ; oa:hasSelector ?q, ?p .
  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?art kg:text ?text .
}"""


def test_outputs_written(seed_build):
    for name in ("graph.ttl", "facts.csv", "entities.csv", "graph.html", "resolution.tsv"):
        assert (seed_build / name).stat().st_size > 0, name
    assert not list(seed_build.glob(".*tmp")), "no temporary file left behind"


def test_every_term_is_declared(seed_graph):
    onto = Graph().parse(ontology_dir() / "kg.ttl")
    declared = (
        set(onto.subjects(RDF.type, OWL.Class))
        | set(onto.subjects(RDF.type, OWL.ObjectProperty))
        | set(onto.subjects(RDF.type, OWL.DatatypeProperty))
        | set(onto.subjects(RDF.type, OWL.AnnotationProperty))
    )
    used = {p for _, p, _ in seed_graph if str(p).startswith(str(KG))}
    used |= {o for _, _, o in seed_graph.triples((None, RDF.type, None)) if str(o).startswith(str(KG))}
    assert used, "the graph uses kg terms"
    assert used <= declared, sorted(used - declared)


def test_every_evidence_slices_its_article(seed_graph):
    rows = list(seed_graph.query(EVIDENCE, initNs=PREFIXES))
    assert len(rows) > 50
    for r in rows:
        assert str(r.text)[int(r.start) : int(r.end)] == str(r.exact)


def test_evidence_offsets_point_into_the_seed_files(seed_graph):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    q = EVIDENCE.replace("?art kg:text ?text .", "?art dcterms:identifier ?text .")
    for r in seed_graph.query(q, initNs=PREFIXES):
        assert texts[str(r.text)][int(r.start) : int(r.end)] == str(r.exact)


def test_every_fact_has_an_assertion(seed_graph):
    entity_props = [
        KG[p]
        for p in (
            "memberOf",
            "heads",
            "appointedBy",
            "enactedBy",
            "amendedBy",
            "decidedBy",
            "regulates",
            "jurisdiction",
            "partOf",
            "supports",
            "opposes",
            "title",
            "enactedDate",
            "amendedDate",
            "decisionDate",
        )
    ]
    facts = [(s, p, o) for p in entity_props for s, o in seed_graph.subject_objects(p)]
    assert len(facts) > 20
    for s, p, o in facts:
        stmts = (
            set(seed_graph.subjects(RDF.subject, s))
            & set(seed_graph.subjects(RDF.predicate, p))
            & set(seed_graph.subjects(RDF.object, o))
        )
        assert any((a, RDF.type, KG.Assertion) in seed_graph for a in stmts), (s, p, o)


def test_articles_carry_id_hash_and_source(seed_graph):
    for path in sorted(SEEDS.glob("*.txt")):
        art = seed_graph.value(None, URIRef(PREFIXES["dcterms"]["identifier"]), Literal(path.stem))
        assert art is not None, path.stem
        digest = hashlib.sha256(path.read_text(encoding="utf-8").encode()).hexdigest()
        assert str(seed_graph.value(art, KG.sha256)) == digest
        assert str(seed_graph.value(art, KG.sourcePath)).endswith(path.name)


def test_entities_have_one_class_and_label(seed_graph):
    classes = {KG[c] for c in ("Official", "Person", "Agency", "Court", "Organization", "Law", "CourtRuling", "Place")}
    entities = {s for c in classes for s in seed_graph.subjects(RDF.type, c)}
    assert len(entities) > 20
    for e in entities:
        assert len([c for c in seed_graph.objects(e, RDF.type) if c in classes]) == 1, e
        assert len(list(seed_graph.objects(e, RDFS.label))) == 1, e


def test_csv_outputs(seed_build, seed_graph):
    with (seed_build / "facts.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) >= {"subject", "subject_class", "property", "object", "object_class", "article_id", "evidence"}
    assert any(r["property"] == "appointedBy" and r["subject"] == "Michael Cox" and "appointed by" in r["evidence"] for r in rows)
    with (seed_build / "entities.csv").open(encoding="utf-8") as fh:
        ents = list(csv.DictReader(fh))
    cox = next(e for e in ents if e["label"] == "Michael Cox")
    assert cox["class"] == "Official" and "Cox" in cox["aliases"].split("; ") and int(cox["articles"]) == 1


def test_quotes_have_text_speaker_article(seed_graph):
    quotes = list(seed_graph.subjects(RDF.type, KG.Quote))
    assert len(quotes) >= 10
    for q in quotes:
        assert seed_graph.value(q, KG.text) is not None
        assert seed_graph.value(q, KG.inArticle) is not None


def test_two_builds_are_byte_identical(seed_build, tmp_path):
    from kg.orchestrate.run import run_build

    assert run_build([SEEDS], out=tmp_path, model=None, quiet=True) == 0
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()
    assert (tmp_path / "facts.csv").read_bytes() == (seed_build / "facts.csv").read_bytes()


def test_built_graph_conforms_to_shapes(seed_graph):
    from kg.graph.validate import validate_graph

    result = validate_graph(seed_graph)
    assert result.conforms, result.text
