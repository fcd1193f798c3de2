"""A small hand-built graph that follows docs/GRAPH.md exactly, for ontology and validation tests.

Its article is made up; it contains a non-ASCII word before the evidence sentences so that
code-point offsets differ from byte offsets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.core.iri import mint
from kg.core.namespaces import KG, KGID, OA, ORG, bind_prefixes

ARTICLE_ID = "900_minigraph"
ARTICLE_TEXT = (
    "Riverton Café Owners Cheer New Rules\n\n"
    "Governor Dana Reyes appointed Sam Ortiz to lead the Riverton Transit Authority on Monday. "
    "The Riverton City Council passed the Clean Streets Act in 2014. "
    "The act applies in Riverton.\n"
    "\u201cWe will keep every bus on time,\u201d Ortiz said."
)


@dataclass
class MiniGraph:
    graph: Graph
    article: URIRef
    text: str
    iris: dict[str, URIRef] = field(default_factory=dict)


def add_article(g: Graph, doc_id: str, text: str, title: str) -> URIRef:
    art = mint("article", doc_id)
    g.add((art, RDF.type, KG.Article))
    g.add((art, DCTERMS.identifier, Literal(doc_id)))
    g.add((art, DCTERMS.title, Literal(title)))
    g.add((art, KG.sourcePath, Literal(f"tests/data/{doc_id}.txt")))
    g.add((art, KG.sha256, Literal(hashlib.sha256(text.encode("utf-8")).hexdigest())))
    g.add((art, KG.text, Literal(text)))
    return art


def add_entity(g: Graph, cls: str, name: str, article: URIRef, aliases: tuple[str, ...] = ()) -> URIRef:
    iri = mint(cls.lower(), name)
    g.add((iri, RDF.type, KG[cls]))
    g.add((iri, RDFS.label, Literal(name)))
    for alias in aliases:
        g.add((iri, SKOS.altLabel, Literal(alias)))
    g.add((iri, KG.mentionedIn, article))
    return iri


def add_evidence(g: Graph, article: URIRef, doc_id: str, text: str, start: int, end: int) -> URIRef:
    ev = mint("evidence", doc_id, start, end)
    quote_sel, pos_sel = mint("evidence", doc_id, start, end, "quote"), mint("evidence", doc_id, start, end, "position")
    g.add((ev, RDF.type, OA.SpecificResource))
    g.add((ev, OA.hasSource, article))
    g.add((ev, OA.hasSelector, quote_sel))
    g.add((ev, OA.hasSelector, pos_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, Literal(text[start:end])))
    g.add((pos_sel, RDF.type, OA.TextPositionSelector))
    g.add((pos_sel, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((pos_sel, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    return ev


def add_fact(g: Graph, s: URIRef, prop: str, o, article: URIRef, doc_id: str, text: str, sentence: str, rule: str) -> URIRef:
    """State ``s prop o`` and its assertion, derived from ``sentence`` (found in ``text``)."""
    start = text.index(sentence)
    end = start + len(sentence)
    g.add((s, KG[prop], o))
    assertion = mint("assertion", s.rsplit("/", 1)[-1], s, KG[prop], o, doc_id, start, end)
    g.add((assertion, RDF.type, KG.Assertion))
    g.add((assertion, RDF.subject, s))
    g.add((assertion, RDF.predicate, KG[prop]))
    g.add((assertion, RDF.object, o))
    g.add((assertion, KG.extractedBy, Literal(rule)))
    label = rule if "/" in rule else f"test/{rule}"  # a kg:Rule is named component/pattern
    g.add((assertion, PROV.wasGeneratedBy, mint("rule", label)))
    g.add((mint("rule", label), RDF.type, KG.Rule))
    g.add((mint("rule", label), RDFS.label, Literal(label)))
    g.add((assertion, PROV.wasDerivedFrom, add_evidence(g, article, doc_id, text, start, end)))
    return assertion


def add_membership(g: Graph, person: URIRef, org: URIRef | None, office: str, kind: str, status: str, evidence: URIRef) -> URIRef:
    """An office-holding as docs/GRAPH.md shapes it (org:Membership, its office concept, evidence)."""
    role = mint("role", office)
    g.add((role, RDF.type, SKOS.Concept))
    g.add((role, SKOS.prefLabel, Literal(office)))
    g.add((role, KG.roleKind, Literal(kind)))
    m = mint("membership", person.rsplit("/", 1)[-1], person, org or "", office, status, str(evidence))
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, person))
    if org is not None:
        g.add((m, ORG.organization, org))
    g.add((m, ORG.role, role))
    g.add((m, KG.status, Literal(status)))
    g.add((m, PROV.wasDerivedFrom, evidence))
    return m


def add_quote(g: Graph, article: URIRef, doc_id: str, text: str, words: str, speaker: URIRef | None) -> URIRef:
    start = text.index(words)
    end = start + len(words)
    quote = mint("quote", doc_id, start, end)
    g.add((quote, RDF.type, KG.Quote))
    g.add((quote, KG.text, Literal(words)))
    if speaker is not None:
        g.add((quote, KG.speaker, speaker))
    g.add((quote, KG.inArticle, article))
    g.add((quote, PROV.wasDerivedFrom, add_evidence(g, article, doc_id, text, start, end)))
    return quote


def build_mini_graph() -> MiniGraph:
    """One article, six entities, facts of several properties, a literal fact, a date and a quote."""
    g = bind_prefixes(Graph())
    text, doc = ARTICLE_TEXT, ARTICLE_ID
    art = add_article(g, doc, text, "Riverton Café Owners Cheer New Rules")
    reyes = add_entity(g, "Official", "Dana Reyes", art, ("Reyes",))
    ortiz = add_entity(g, "Official", "Sam Ortiz", art, ("Ortiz",))
    authority = add_entity(g, "Agency", "Riverton Transit Authority", art)
    council = add_entity(g, "Agency", "Riverton City Council", art)
    law = add_entity(g, "Law", "Clean Streets Act", art)
    city = add_entity(g, "Place", "Riverton", art)
    s1 = "Governor Dana Reyes appointed Sam Ortiz to lead the Riverton Transit Authority on Monday."
    s2 = "The Riverton City Council passed the Clean Streets Act in 2014."
    s3 = "The act applies in Riverton."
    add_fact(g, ortiz, "appointedBy", reyes, art, doc, text, s1, "appointed-by-active")
    add_fact(g, ortiz, "heads", authority, art, doc, text, s1, "lead-of")
    add_fact(g, reyes, "title", Literal("Governor"), art, doc, text, s1, "title-before-name")
    add_fact(g, law, "enactedBy", council, art, doc, text, s2, "passed-by")
    add_fact(g, law, "enactedDate", Literal("2014", datatype=XSD.gYear), art, doc, text, s2, "year-of")
    add_fact(g, law, "jurisdiction", city, art, doc, text, s3, "applies-in")
    quote = add_quote(g, art, doc, text, "We will keep every bus on time,", ortiz)
    iris = dict(reyes=reyes, ortiz=ortiz, authority=authority, council=council, law=law, city=city, quote=quote)
    return MiniGraph(g, art, text, iris)


def add_every_property(m: MiniGraph) -> MiniGraph:
    """Extend the mini graph so that every fact property of the ontology is used once, correctly."""
    g, art, doc, text = m.graph, m.article, ARTICLE_ID, m.text
    s = "The act applies in Riverton."
    person = add_entity(g, "Person", "Lee Park", art)
    org = add_entity(g, "Organization", "Riverton Cyclists Union", art)
    court = add_entity(g, "Court", "Riverton Municipal Court", art)
    ruling = add_entity(g, "CourtRuling", "Park v. Riverton", art)
    amendment = mint("amendment", "Clean Streets Act", "2019")
    position = KGID["position/riverton-transit-commissioner"]  # kg.core.iri has no "position" kind yet
    g.add((amendment, RDF.type, KG.Amendment))
    g.add((position, RDF.type, KG.Position))
    i = m.iris
    facts = [
        (person, "memberOf", org),
        (i["authority"], "partOf", i["council"]),
        (i["law"], "amendedBy", i["council"]),
        (ruling, "decidedBy", court),
        (ruling, "regulates", i["authority"]),
        (org, "supports", i["law"]),
        (person, "opposes", ruling),
        (amendment, "amends", i["law"]),
        (amendment, "amendedBy", i["council"]),
        (position, "holder", i["ortiz"]),
        (position, "office", i["authority"]),
        (position, "title", Literal("Transit Commissioner")),
        (i["law"], "amendedDate", Literal("2019", datatype=XSD.gYear)),
        (ruling, "decisionDate", Literal("2017", datatype=XSD.gYear)),
    ]
    for subj, prop, obj in facts:
        add_fact(g, subj, prop, obj, art, doc, text, s, "test")
    m.iris.update(person=person, org=org, court=court, ruling=ruling, amendment=amendment, position=position)
    return m
