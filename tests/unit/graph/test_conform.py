"""`kg build` makes its graph conform to the shapes: it retypes an entity where the evidence says
so, otherwise drops the fact, and says what it did. A hand-built graph with each kind of violation."""

from __future__ import annotations

from minigraph import ARTICLE_ID, add_entity, add_every_property, add_fact, add_quote, build_mini_graph
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.core.namespaces import KG
from kg.core.records import Entity
from kg.graph.conform import conform
from kg.graph.validate import validate_graph

SENTENCE = "The act applies in Riverton."


def broken():
    m = add_every_property(build_mini_graph())
    g, art, text, i = m.graph, m.article, m.text, m.iris

    def fact(s, prop, o):
        add_fact(g, s, prop, o, art, ARTICLE_ID, text, SENTENCE, "test")

    case = add_entity(g, "Court", "Kim v. Riverton", art)  # a ruling typed Court, with a decision date
    fact(case, "decisionDate", Literal("2016", datatype=XSD.gYear))
    fact(case, "decidedBy", i["court"])
    court = add_entity(g, "Court", "Riverton Superior Court", art)  # a court given a ruling's year
    fact(court, "decisionDate", Literal("2015", datatype=XSD.gYear))
    lee = add_entity(g, "Person", "Lee Kim", art)  # a Person appointedBy, no title: the fact goes
    fact(lee, "appointedBy", i["reyes"])
    jo = add_entity(g, "Person", "Jo Diaz", art)  # a Person appointedBy with an office's title: an Official
    fact(jo, "appointedBy", i["reyes"])
    fact(jo, "title", Literal("Deputy Police Commissioner"))
    al = add_entity(g, "Person", "Al Gray", art)  # a title that is no public office: the fact goes
    fact(al, "appointedBy", i["reyes"])
    fact(al, "title", Literal("Medical Correspondent"))
    doyle = add_entity(g, "CourtRuling", "Doyle", art)  # a governor read as a ruling: his title says so
    fact(doyle, "title", Literal("Governor"))
    fact(doyle, "heads", i["city"])
    fact(i["law"], "enactedBy", i["city"])  # a Place enacts nothing
    fact(i["law"], "amendedDate", Literal("20x4", datatype=XSD.gYear))  # not a year
    add_quote(g, art, ARTICLE_ID, text, "We will", i["city"])  # a Place speaks no quote
    return m, dict(case=case, court=court, lee=lee, jo=jo, al=al, doyle=doyle)


def test_the_hand_built_graph_breaks_the_shapes():
    m, _ = broken()
    assert not validate_graph(m.graph).conforms


def test_conform_retypes_or_drops_until_the_graph_conforms():
    m, x = broken()
    g, i = m.graph, m.iris
    entities = [Entity(str(x["case"]), "Court", "Kim v. Riverton"), Entity(str(x["jo"]), "Person", "Jo Diaz")]
    report = conform(g, entities)
    assert validate_graph(g).conforms, validate_graph(g).text
    assert (x["case"], RDF.type, KG.CourtRuling) in g and (x["case"], RDF.type, KG.Court) not in g
    assert (x["case"], KG.decidedBy, i["court"]) in g  # its other fact fits the new class too
    assert (x["jo"], RDF.type, KG.Official) in g and (x["jo"], KG.appointedBy, i["reyes"]) in g
    assert (x["court"], RDF.type, KG.Court) in g and g.value(x["court"], KG.decisionDate) is None
    assert (x["lee"], RDF.type, KG.Person) in g and g.value(x["lee"], KG.appointedBy) is None
    assert (x["al"], RDF.type, KG.Person) in g and g.value(x["al"], KG.appointedBy) is None
    assert (i["law"], KG.enactedBy, i["city"]) not in g and (i["law"], KG.enactedBy, i["council"]) in g
    assert (i["law"], KG.amendedDate, Literal("2019", datatype=XSD.gYear)) in g
    assert (i["law"], KG.amendedDate, Literal("20x4", datatype=XSD.gYear)) not in g
    assert not any(o == i["city"] for o in g.objects(None, KG.speaker))
    assert {k: v for k, v in report.dropped.items()} == {
        KG.decisionDate: 1,
        KG.appointedBy: 2,
        KG.enactedBy: 1,
        KG.amendedDate: 1,
    }
    assert (x["doyle"], RDF.type, KG.Official) in g and (x["doyle"], KG.heads, i["city"]) in g
    assert report.retyped == {
        str(x["case"]): ("Court", "CourtRuling"),
        str(x["jo"]): ("Person", "Official"),
        str(x["doyle"]): ("CourtRuling", "Official"),
    }
    assert [e.cls for e in entities] == ["CourtRuling", "Official"]
    assert report.summary() == (
        "5 facts dropped, 3 entities retyped, 1 quote speaker dropped to conform to the shapes "
        "(amendedDate 1, appointedBy 2, decisionDate 1, enactedBy 1)"
    )


def test_dropped_facts_take_their_assertions_and_unused_evidence_along():
    m, x = broken()
    g = m.graph
    conform(g)
    for a in g.subjects(RDF.type, KG.Assertion):
        assert (g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)) in g
    assert not list(g.subjects(RDF.subject, x["lee"]))


def test_a_conforming_graph_is_left_as_it_is():
    m = add_every_property(build_mini_graph())
    before = set(m.graph)
    report = conform(m.graph)
    assert set(m.graph) == before
    assert report.summary() == "0 facts dropped, 0 entities retyped to conform to the shapes"
