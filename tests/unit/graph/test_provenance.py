"""Every assertion names the rule that produced it: prov:wasGeneratedBy a kg:Rule labelled
component/pattern, and facts.csv has a rule column."""

from __future__ import annotations

import csv

from rdflib.namespace import PROV, RDF, RDFS

from kg.core.iri import mint
from kg.core.namespaces import KG
from kg.core.records import Document, Evidence, Extraction, Fact, LocalEntity
from kg.graph.rdf import build_graph
from kg.outputs.write import write_facts_csv
from kg.resolve.corpus import resolve

TEXT = "Mayor Ann Lee appointed Bo Park. The Riverton Council passed the Tree Act."


def tiny_graph():
    ents = [
        LocalEntity("e0", "Official", "Ann Lee", ["Ann Lee"], [(6, 13)]),
        LocalEntity("e1", "Official", "Bo Park", ["Bo Park"], [(24, 31)]),
        LocalEntity("e2", "Agency", "Riverton Council", ["Riverton Council"], [(37, 53)]),
        LocalEntity("e3", "Law", "Tree Act", ["Tree Act"], [(65, 73)]),
    ]
    first, second = Evidence(0, 32, TEXT[0:32]), Evidence(33, 74, TEXT[33:74])
    facts = [
        Fact("e1", "appointedBy", first, obj="e0", rule="appointed-by", component="relations"),
        Fact("e0", "title", first, value="Mayor", rule="title-premodifier", component="titles"),
        Fact("e3", "enactedBy", second, obj="e2", rule="enactedBy-verb", component="relations"),
    ]
    x = Extraction("a1", ents, facts)
    docs = [Document("a1", TEXT, title="Tree Act passes")]
    return build_graph(docs, [x], resolve([x]), include_ontology=False)


def test_each_assertion_is_generated_by_a_rule_named_component_and_pattern():
    g = tiny_graph()
    assertions = set(g.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == 3
    labels = {}
    for a in assertions:
        rules = list(g.objects(a, PROV.wasGeneratedBy))
        assert len(rules) == 1
        assert (rules[0], RDF.type, KG.Rule) in g
        labels[str(g.value(a, RDF.predicate)).rsplit("#", 1)[-1]] = str(g.value(rules[0], RDFS.label))
    assert labels == {
        "appointedBy": "relations/appointed-by",
        "title": "titles/title-premodifier",
        "enactedBy": "relations/enactedBy-verb",
    }
    assert mint("rule", "relations/appointed-by") in set(g.subjects(RDF.type, KG.Rule))


def test_a_fact_without_names_still_gets_a_rule():
    assert Fact("a", "title", Evidence(0, 1, "x"), value="v").rule_label == "unknown/unnamed"


def test_facts_csv_has_the_rule_column(tmp_path):
    write_facts_csv(tiny_graph(), tmp_path / "facts.csv")
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert {(r["property"], r["rule"]) for r in rows} == {
        ("appointedBy", "relations/appointed-by"),
        ("title", "titles/title-premodifier"),
        ("enactedBy", "relations/enactedBy-verb"),
    }


def test_every_seed_fact_names_a_known_rule(seed_graph, seed_build):
    """Every assertion kg builds from the seeds names its component and pattern (none unknown)."""
    assertions = set(seed_graph.subjects(RDF.type, KG.Assertion))
    assert assertions
    for a in assertions:
        labels = [str(seed_graph.value(r, RDFS.label)) for r in seed_graph.objects(a, PROV.wasGeneratedBy)]
        assert labels, a
        for label in labels:
            component, pattern = label.split("/", 1)
            assert component in ("titles", "relations", "stances", "consequences", "articlefacts"), label
            assert pattern and pattern != "unnamed", label
    rows = list(csv.DictReader((seed_build / "facts.csv").open(encoding="utf-8")))
    assert rows and all("/" in r["rule"] for r in rows)


def test_facts_csv_has_the_holding_status_its_sentence_gives(tmp_path):
    """A title read from "Former Mayor Ann Lee" is the row of a past holding (status "former"); the
    same title stated as held now has an empty status, as has every fact that is no holding."""
    text = "Former Mayor Ann Lee spoke. Mayor Bo Park listened to the Tree Act debate."
    ents = [
        LocalEntity("e0", "Official", "Ann Lee", ["Ann Lee"], [(13, 20)]),
        LocalEntity("e1", "Official", "Bo Park", ["Bo Park"], [(34, 41)]),
        LocalEntity("e2", "Law", "Tree Act", ["Tree Act"], [(58, 66)]),
    ]
    first, second = Evidence(0, 27, text[0:27]), Evidence(28, 74, text[28:74])
    facts = [
        Fact("e0", "title", first, value="Mayor", rule="title-premodifier", component="titles"),
        Fact("e1", "title", second, value="Mayor", rule="title-premodifier", component="titles"),
    ]
    x = Extraction("a1", ents, facts)
    g = build_graph([Document("a1", text, title="t")], [x], resolve([x]), include_ontology=False)
    write_facts_csv(g, tmp_path / "facts.csv")
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert {(r["subject"], r["object"], r["status"]) for r in rows} == {("Ann Lee", "Mayor", "former"), ("Bo Park", "Mayor", "")}
