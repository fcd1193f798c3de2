"""A hand-built graph of the five seed articles, shaped exactly per docs/GRAPH.md.

It states what the articles say (tests/data/seed_fixture.json, after the reference annotations)
without running the extractor, so query, serve, export and stats tests have a realistic graph
whose answers are known. Evidence strings are found verbatim in ``seeds/<doc>.txt``, so every
offset slices the article text exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

from minigraph import add_article, add_evidence, add_fact, add_membership, add_quote
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.core.iri import mint
from kg.core.namespaces import KG, bind_prefixes

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path(__file__).resolve().parent / "data" / "seed_fixture.json"
CLOSING_QUOTES = ("\u201d", '"')


def _quote_words(text: str, starts: str) -> str:
    """The quoted words that begin with ``starts``: up to the next closing quote mark."""
    start = text.index(starts)
    end = min(i for i in (text.find(q, start + len(starts)) for q in CLOSING_QUOTES) if i > 0)
    return text[start:end].rstrip(" ,")


def build_seed_fixture(seeds_dir: Path = ROOT / "seeds") -> Graph:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    g = bind_prefixes(Graph())
    ontology = ROOT / "ontology" / "kg.ttl"
    if ontology.exists():
        g.parse(ontology, format="turtle")
    texts = {doc: (seeds_dir / f"{doc}.txt").read_text(encoding="utf-8") for doc in spec["articles"]}
    arts = {doc: add_article(g, doc, texts[doc], meta["title"]) for doc, meta in spec["articles"].items()}
    ents = {}
    for key, (cls, name, aliases) in spec["entities"].items():
        iri = ents[key] = mint(cls.lower(), name)
        g.add((iri, RDF.type, KG[cls]))
        g.add((iri, RDFS.label, Literal(name)))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))
        for doc, text in texts.items():
            if any(n in text for n in (name, *aliases)):
                g.add((iri, KG.mentionedIn, arts[doc]))
    for doc, meta in spec["articles"].items():
        if "author" in meta:
            g.add((arts[doc], DCTERMS.creator, ents[meta["author"]]))
        if "publisher" in meta:
            g.add((arts[doc], DCTERMS.publisher, ents[meta["publisher"]]))
    for s, prop, o, doc, sentence in spec["facts"]:
        add_fact(g, ents[s], prop, ents[o], arts[doc], doc, texts[doc], sentence, "fixture")
    for s, prop, value, doc, sentence in spec["values"]:
        lit = Literal(value, datatype=XSD.gYear) if prop.endswith("Date") else Literal(value)
        add_fact(g, ents[s], prop, lit, arts[doc], doc, texts[doc], sentence, "fixture")
    for person, org, office, kind, status, doc, sentence in spec["roles"]:
        start = texts[doc].index(sentence)
        ev = add_evidence(g, arts[doc], doc, texts[doc], start, start + len(sentence))
        add_membership(g, ents[person], ents[org] if org else None, office, kind, status, ev)
    for doc, speaker, starts in spec["quotes"]:
        add_quote(g, arts[doc], doc, texts[doc], _quote_words(texts[doc], starts), ents[speaker])
    return g


def write_seed_fixture(path: Path) -> Path:
    build_seed_fixture().serialize(path, format="turtle")
    return path
