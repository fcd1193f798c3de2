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


def dated_seed_graph() -> Graph:
    """The seed-like graph, its article given a date, an outlet, an author and a URL."""
    graph = seed_like_graph()
    b = GraphBuilder()
    b.graph = graph
    art = next(graph.subjects(DCTERMS.identifier, Literal("002_c8cfb4c10c946031")))
    graph.add((art, DCTERMS.date, Literal("2024-12-11", datatype=XSD.date)))
    graph.add((art, DCTERMS.publisher, b.entity("Organization", "Boston Courier")))
    graph.add((art, DCTERMS.creator, b.entity("Person", "Jane Reporter")))
    graph.add((art, URIRef("https://schema.org/url"), Literal("https://news.example/cox", datatype=XSD.anyURI)))
    return graph


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
    g = b.graph
    g.add((art, DCTERMS.publisher, b.entity("Organization", "<i>Outlet</i>")))
    g.add((art, DCTERMS.creator, b.entity("Person", "<u>Author</u>")))
    g.add((art, DCTERMS.date, Literal("2020-01-02", datatype=XSD.date)))
    g.add((art, URIRef("https://schema.org/url"), Literal("javascript:alert(6)", datatype=XSD.anyURI)))
    return b.graph


FIRST = "Ana Ben Carla Dev Elena Farid Grace Hugo Ines Jamal Kofi Lena Marta Nadia Omar Paula Quinn Rosa Sami Tara".split()
LAST = "Adams Bauer Castro Díaz Evans Fischer García Hughes Ibáñez Jensen Khan López Moreau Nakamura Ortiz Peña Quist Rótolo Silva Tran".split()
BODY = "Police Housing Transit Health Water Parks Labor Schools Elections Immigration Courts Budget".split()
PLACE = "Boston Dayton Fresno Tulsa Akron Salem Provo Mesa Tacoma Eugene Camden Yonkers".split()
OUTLETS = ("Daily Ledger", "Civic Wire", "Harbor Times", "Valley Post", "Metro Courier", "State Review")
TITLES = ("Fire Commissioner", "Mayor", "City Clerk", "Director", "State Senator", "Judge")
# (subject class, object class) -> property, for facts that read like the pipeline's.
SHAPES = (
    ("Official", "Agency", "heads"),
    ("Person", "Organization", "memberOf"),
    ("Official", "Official", "appointedBy"),
    ("Law", "Agency", "enactedBy"),
    ("CourtRuling", "Court", "decidedBy"),
    ("Organization", "Law", "supports"),
    ("Person", "Law", "opposes"),
    ("Agency", "Place", "jurisdiction"),
)


def _synthetic_name(cls: str, k: int, rng) -> str:
    tail = "" if k < 400 else f" {k // 400}"
    if cls in ("Official", "Person"):
        return f"{FIRST[k % 20]} {'ABCDEFGHJKLMNPRSTVWZ'[(k // 20) % 20]}. {LAST[rng.randrange(20)]}{tail}"
    body, place = BODY[k % 12], PLACE[(k // 12) % 12]
    suffix = "" if k < 144 else f" {k // 144}"
    return {
        "Agency": f"{place} {body} Department{suffix}",
        "Organization": f"{place} {body} Alliance{suffix}",
        "Law": f"{place} {body} Act{suffix}",
        "Court": f"{place} {body} Court{suffix}",
        "CourtRuling": f"{place} v. {body} Board{suffix}",
        "Place": f"{place} {body} District{suffix}",
    }[cls]


def synthetic_graph(n_entities: int, seed: int = 1, *, fact_share: float = 0.3) -> Graph:
    """A corpus-like graph of ``n_entities`` entities: communities of 20-120 entities that share
    articles (one per 5 entities, dated 2012-2020, from six outlets), about ``fact_share`` of them in
    facts (mostly inside their community), every fact with its sentence; most entities have no fact.
    Includes "Laura Rótolo" and "Michael Cox" (title "Police Commissioner") for search tests."""
    import random

    rng = random.Random(seed)
    b = GraphBuilder()
    classes = ("Official", "Person", "Agency", "Organization", "Law", "Court", "CourtRuling", "Place")
    weights = (3, 6, 2, 3, 1, 0.5, 0.5, 1.5)
    counters = dict.fromkeys(classes, 0)
    ents: list[tuple[URIRef, str, str]] = []
    for i in range(n_entities):
        cls = "Official" if i == 1 else "Person" if i == 0 else rng.choices(classes, weights)[0]
        name = "Laura Rótolo" if i == 0 else "Michael Cox" if i == 1 else _synthetic_name(cls, counters[cls], rng)
        counters[cls] += 1
        ents.append((mint(cls, name), cls, name))
    for iri, cls, name in ents:
        b.graph.add((iri, RDF.type, KG[cls]))
        b.graph.add((iri, RDFS.label, Literal(name)))
    communities, start = [], 0
    while start < n_entities:
        size = rng.randint(20, 120)
        communities.append(range(start, min(n_entities, start + size)))
        start += size
    by_cls: dict[str, list[int]] = {}
    for i, (_, cls, _) in enumerate(ents):
        by_cls.setdefault(cls, []).append(i)
    outlets = [b.entity("Organization", name) for name in OUTLETS]
    for community in communities:
        sentences: dict[int, list[tuple]] = {}
        n_articles = max(1, len(community) // 5)
        year = rng.randint(2012, 2020)
        members = list(community)
        if community.start == 0:  # Cox and Rótolo: facts a test can count on
            near = {cls: next(m for m in by_cls[cls] if m > 1) for cls in ("Agency", "Organization", "Official", "Place")}
            sentences[0] = [
                (1, "heads", near["Agency"], f"Michael Cox heads {ents[near['Agency']][2]}, Laura Rótolo said."),
                (1, "appointedBy", near["Official"], f"Michael Cox appointedBy {ents[near['Official']][2]}."),
                (0, "memberOf", near["Organization"], f"Laura Rótolo memberOf {ents[near['Organization']][2]}."),
                (
                    near["Agency"],
                    "jurisdiction",
                    near["Place"],
                    f"{ents[near['Agency']][2]} jurisdiction {ents[near['Place']][2]}.",
                ),
            ]
        for _ in range(int(len(members) * fact_share)):
            s = rng.choice(members)
            scls = ents[s][1]
            shapes = [sh for sh in SHAPES if sh[0] == scls] or [(scls, "Organization", "memberOf")]
            _, ocls, prop = rng.choice(shapes)
            pool = [m for m in members if ents[m][1] == ocls and m != s]
            if not pool or rng.random() < 0.1:
                pool = [m for m in by_cls.get(ocls, []) if m != s]
            if not pool:
                continue
            o = rng.choice(pool)
            witness = ents[rng.choice(members)][2] if rng.random() < 0.3 else "the report"
            sentence = f"{ents[s][2]} {prop} {ents[o][2]}, {witness} said."
            sentences.setdefault(rng.randrange(n_articles), []).append((s, prop, o, sentence))
        for m in members:
            if ents[m][1] == "Official" and (m == 1 or rng.random() < 0.5):
                title = "Police Commissioner" if m == 1 else rng.choice(TITLES)
                sentences.setdefault(rng.randrange(n_articles), []).append((m, "title", title, f"{title} {ents[m][2]} spoke."))
        arts = []
        for a in range(n_articles):
            rows = sentences.get(a, [])
            ident = f"syn_{community.start:06d}_{a:02d}"
            art = b.article(ident, f"Report {a + 1} on {ents[community.start][2]}", " ".join(r[3] for r in rows) or "No facts.")
            b.graph.add(
                (art, DCTERMS.date, Literal(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=XSD.date))
            )
            b.graph.add((art, DCTERMS.publisher, rng.choice(outlets)))
            if rng.random() < 0.7:
                b.graph.add((art, DCTERMS.creator, ents[rng.choice(by_cls["Person"])][0]))
            arts.append(art)
            b.graph.add((art, URIRef("https://schema.org/url"), Literal(f"https://news.example/{ident}", datatype=XSD.anyURI)))
            for s, prop, o, sentence in rows:
                obj = Literal(o) if prop == "title" else ents[o][0]
                b.fact(ents[s][0], prop, obj, art, sentence, "synthetic")
        for m in members:
            for _ in range(1 if rng.random() < 0.85 else rng.randint(2, 8)):
                b.graph.add((ents[m][0], KG.mentionedIn, rng.choice(arts)))
    return b.graph
