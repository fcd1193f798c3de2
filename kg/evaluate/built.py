"""Read what the scorer needs out of a built graph shaped per docs/GRAPH.md.

- Entities: every subject whose ``rdf:type`` is a kg entity class. If a subject has several
  kg classes, the most specific one is taken (Official > Person, Court > Agency > Organization;
  otherwise the order of :data:`CLASS_PRIORITY`). Names: ``rdfs:label`` + ``skos:altLabel``.
- Facts: triples ``(s, kg:P, o)`` with P one of the 11 entity properties and both ends entities.
- Titles (``kg:title``) and dates (``kg:enactedDate`` / ``amendedDate`` / ``decisionDate``, read
  by year whatever their datatype: ``xsd:gYear``, ``xsd:date`` or a plain string).
- Quotes: ``kg:Quote`` nodes with ``kg:text``, ``kg:speaker`` and ``kg:inArticle``; the article's
  ``dcterms:identifier`` is the document id the reference keys quotes by.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.util import guess_format

from ..core.namespaces import KG
from ..core.records import ENTITY_CLASSES, ENTITY_PROPERTIES
from ..errors import KgError
from ..language.normalize import normalize
from .gold import DATE_PROPERTIES

CLASS_PRIORITY = ("Official", "Court", "Agency", "CourtRuling", "Law", "Person", "Organization", "Place")
"""Most specific first: Official before Person; Court before Agency before Organization."""

_CLASS_OF = {KG[c]: c for c in ENTITY_CLASSES}


@dataclass(frozen=True)
class BuiltEntity:
    iri: str
    cls: str
    label: str  # rdfs:label on one line, else the IRI's last segment (reports)
    names: frozenset[str]  # normalized label + alt labels
    docs: frozenset[str]  # ids of the articles it is kg:mentionedIn


@dataclass(frozen=True)
class BuiltQuote:
    iri: str
    doc: str | None
    text: str
    speaker: str | None  # entity IRI


@dataclass
class Built:
    entities: dict[str, BuiltEntity] = field(default_factory=dict)
    facts: set[tuple[str, str, str]] = field(default_factory=set)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (entity, title)
    dates: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, prop, value)
    quotes: list[BuiltQuote] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    left_out: int = 0  # entities outside the reference's documents (see restrict)


def load_built(path: str | Path) -> Built:
    """Parse the graph file at ``path`` (format from its suffix, Turtle by default)."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: graph file not found (run `kg build` first, or pass --graph)")
    fmt = guess_format(str(path)) or "turtle"
    graph = Graph()
    try:
        graph.parse(str(path), format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        first = str(err).strip().splitlines()[0] if str(err).strip() else err.__class__.__name__
        raise KgError(f"{path}: cannot parse as {fmt}: {first}") from None
    return read_graph(graph)


def read_graph(graph: Graph) -> Built:
    """Extract entities, facts, titles, dates and quotes from an rdflib graph."""
    built = Built()
    doc_of: dict[URIRef, str] = {}
    for art in set(graph.subjects(RDF.type, KG.Article)) | set(graph.objects(None, KG.inArticle)):
        doc_of[art] = _doc_id(graph, art)
    built.articles = set(doc_of.values())

    types: dict[URIRef, set[str]] = {}
    for cls_iri, cls in _CLASS_OF.items():
        for s in graph.subjects(RDF.type, cls_iri):
            if isinstance(s, URIRef):
                types.setdefault(s, set()).add(cls)
    for s, classes in types.items():
        cls = next(c for c in CLASS_PRIORITY if c in classes)
        label = next((str(o) for o in graph.objects(s, RDFS.label)), "")
        raw = [label, *(str(o) for o in graph.objects(s, SKOS.altLabel))]
        names = frozenset(n for n in map(normalize, raw) if n)
        docs = frozenset(doc_of.get(a) or _doc_id(graph, a) for a in graph.objects(s, KG.mentionedIn))
        shown = " ".join(label.split()) or unquote(str(s).rstrip("/").rsplit("/", 1)[-1])
        built.entities[str(s)] = BuiltEntity(str(s), cls, shown, names, docs)

    for prop in ENTITY_PROPERTIES:
        for s, o in graph.subject_objects(KG[prop]):
            if str(s) in built.entities and str(o) in built.entities:
                built.facts.add((str(s), prop, str(o)))
    for s, o in graph.subject_objects(KG.title):
        if str(s) in built.entities and isinstance(o, Literal):
            built.titles.append((str(s), str(o)))
    for prop in DATE_PROPERTIES:
        for s, o in graph.subject_objects(KG[prop]):
            if str(s) in built.entities and isinstance(o, Literal):
                built.dates.append((str(s), prop, str(o)))

    for q in sorted(graph.subjects(RDF.type, KG.Quote)):
        text = " ".join(str(t) for t in graph.objects(q, KG.text))
        speaker = next((str(o) for o in graph.objects(q, KG.speaker) if str(o) in built.entities), None)
        art = next(graph.objects(q, KG.inArticle), None)
        doc = doc_of.get(art) if art is not None else None
        built.quotes.append(BuiltQuote(str(q), doc, text, speaker))
    built.titles.sort()
    built.dates.sort()
    return built


def restrict(built: Built, documents: tuple[str, ...]) -> Built:
    """Leave out what comes only from articles the reference does not cover.

    Applied only when the graph holds articles outside ``documents`` (e.g. a build of a larger
    corpus scored against the seeds reference). An entity is kept when it is mentioned in a
    covered article or carries no ``kg:mentionedIn`` at all; facts, titles and dates are kept
    when their entities are; quotes when their article is covered. Otherwise ``built`` is
    returned unchanged.
    """
    docs = set(documents)
    if not docs or built.articles <= docs:
        return built
    keep = {i: e for i, e in built.entities.items() if not e.docs or e.docs & docs}
    return Built(
        entities=keep,
        facts={f for f in built.facts if f[0] in keep and f[2] in keep},
        titles=[t for t in built.titles if t[0] in keep],
        dates=[d for d in built.dates if d[0] in keep],
        quotes=[q for q in built.quotes if q.doc in docs],
        articles=built.articles & docs,
        left_out=len(built.entities) - len(keep),
    )


def _doc_id(graph: Graph, article) -> str:
    ident = next(graph.objects(article, DCTERMS.identifier), None)
    if ident is not None:
        return str(ident)
    return unquote(str(article).rstrip("/").rsplit("/", 1)[-1])
