"""Small hand-built graphs in the shape of docs/GRAPH.md, for the network view's tests and bench."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.core.iri import mint
from kg.core.namespaces import KG, OA, bind_prefixes

ROOT = Path(__file__).resolve().parents[1]
SEED_002 = ROOT / "seeds" / "002_c8cfb4c10c946031.txt"
COX_SENTENCE_START = "Boston Police Commissioner Michael Cox, appointed by Mayor Michelle Wu,"


class GraphBuilder:
    """Adds entities, articles, facts with evidence, and quotes to an rdflib Graph."""

    def __init__(self) -> None:
        self.graph = bind_prefixes(Graph())
        self.texts: dict[URIRef, str] = {}

    def entity(self, cls: str, name: str, *aliases: str) -> URIRef:
        iri = mint(cls, name)
        self.graph.add((iri, RDF.type, KG[cls]))
        self.graph.add((iri, RDFS.label, Literal(name)))
        for alias in aliases:
            self.graph.add((iri, SKOS.altLabel, Literal(alias)))
        return iri

    def article(self, ident: str, title: str, text: str, path: str = "") -> URIRef:
        iri = mint("article", ident)
        g = self.graph
        g.add((iri, RDF.type, KG.Article))
        g.add((iri, DCTERMS.identifier, Literal(ident)))
        g.add((iri, DCTERMS.title, Literal(title)))
        g.add((iri, KG.sourcePath, Literal(path or f"seeds/{ident}.txt")))
        self.texts[iri] = text
        return iri

    def evidence(self, article: URIRef, exact: str, start: int | None = None) -> URIRef:
        text = self.texts[article]
        start = text.index(exact) if start is None else start
        end = start + len(exact)
        ev = mint("evidence", str(article), start, end)
        g = self.graph
        g.add((ev, RDF.type, OA.SpecificResource))
        g.add((ev, OA.hasSource, article))
        quote_sel, pos_sel = URIRef(f"{ev}-quote"), URIRef(f"{ev}-position")
        g.add((ev, OA.hasSelector, quote_sel))
        g.add((ev, OA.hasSelector, pos_sel))
        g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
        g.add((quote_sel, OA.exact, Literal(exact)))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((pos_sel, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
        return ev

    def fact(self, s: URIRef, prop: str, o, article: URIRef, exact: str, rule: str = "test") -> URIRef:
        g = self.graph
        obj = o if isinstance(o, (URIRef, Literal)) else Literal(o)
        g.add((s, KG[prop], obj))
        ev = self.evidence(article, exact)
        assertion = mint("assertion", str(s), prop, str(obj), str(article), str(ev))
        g.add((assertion, RDF.type, KG.Assertion))
        g.add((assertion, RDF.subject, s))
        g.add((assertion, RDF.predicate, KG[prop]))
        g.add((assertion, RDF.object, obj))
        g.add((assertion, KG.extractedBy, Literal(rule)))
        g.add((assertion, PROV.wasDerivedFrom, ev))
        for entity in (s, obj):
            if isinstance(entity, URIRef):
                g.add((entity, KG.mentionedIn, article))
        return assertion

    def quote(self, speaker: URIRef, article: URIRef, text: str) -> URIRef:
        iri = mint("quote", str(article), text)
        g = self.graph
        g.add((iri, RDF.type, KG.Quote))
        g.add((iri, KG.text, Literal(text)))
        g.add((iri, KG.speaker, speaker))
        g.add((iri, KG.inArticle, article))
        g.add((iri, PROV.wasDerivedFrom, self.evidence(article, text)))
        return iri


def seed_like_graph() -> Graph:
    """Michael Cox and his neighbours from seeds/002, in the shape `kg build` writes."""
    b = GraphBuilder()
    text = SEED_002.read_text("utf-8")
    art = b.article("002_c8cfb4c10c946031", "Boston Police Chief Affirms Opposition to ICE Enforcement Policies", text)
    cox = b.entity("Official", "Michael Cox", "Cox", "Commissioner Cox")
    wu = b.entity("Official", "Michelle Wu", "Wu", "Mayor Wu")
    bpd = b.entity("Agency", "Boston Police Department")
    ice = b.entity("Agency", "U.S. Immigration and Customs Enforcement", "ICE")
    trust = b.entity("Law", "Trust Act")
    lunn = b.entity("CourtRuling", "Lunn vs. Commonwealth")
    sjc = b.entity("Court", "Massachusetts Supreme Judicial Court")
    boston = b.entity("Place", "Boston")
    start = text.index(COX_SENTENCE_START)
    sentence = text[start : text.index("(ICE).", start) + len("(ICE).")]
    b.fact(cox, "appointedBy", wu, art, sentence, "appointed-by-participle")
    b.fact(cox, "title", Literal("Police Commissioner"), art, sentence, "title-before-name")
    b.fact(cox, "heads", bpd, art, sentence, "title-of-agency")
    b.fact(wu, "title", Literal("Mayor"), art, sentence, "title-before-name")
    b.fact(cox, "opposes", ice, art, sentence, "stance")
    law_sentence = text[text.index("Boston’s approach") : text.index("Commonwealth.") + len("Commonwealth.")]
    b.fact(trust, "enactedDate", Literal("2014", datatype=XSD.gYear), art, law_sentence)
    b.fact(lunn, "decidedBy", sjc, art, law_sentence)
    b.fact(trust, "jurisdiction", boston, art, law_sentence)
    b.fact(wu, "supports", trust, art, law_sentence)
    b.quote(cox, art, "we don’t enforce civil immigration detainers filed by ICE.")
    return b.graph


HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    '<a href="javascript:alert(3)">href click</a>',
    "javascript:alert(4)",
    "line\u2028sep\u2029para",
)


def hostile_graph() -> Graph:
    """Names, aliases, titles, quotes and sentences made of markup and script payloads."""
    b = GraphBuilder()
    payload = " ".join(HOSTILE)
    text = f"{payload} said {payload}. Then {HOSTILE[3]} met {HOSTILE[0]} at <b>noon</b>."
    art = b.article("evil</script>&<b>", f"Title {HOSTILE[1]} {HOSTILE[3]}", text, path="x/<img src=x onerror=alert(5)>.txt")
    one = b.entity("Official", HOSTILE[0], HOSTILE[1], HOSTILE[5])
    two = b.entity("Agency", HOSTILE[3], HOSTILE[4])
    three = b.entity("Person", HOSTILE[2])
    b.fact(one, "heads", two, art, text[: text.index(" said ")])
    b.fact(three, "supports", two, art, f"{HOSTILE[3]} met {HOSTILE[0]} at <b>noon</b>.")
    b.fact(one, "title", Literal(HOSTILE[1]), art, text[: text.index(" said ")])
    b.quote(one, art, payload + ".")
    return b.graph
