"""The view's evidence and confidence tables: each fact's sentences and its kg:confidence.

They read every kg:Assertion's provenance (some ten values each, most of a large graph). On a store
that numbers its terms (:class:`~kg.graph.diskstore.DiskStore`'s ``id_triples``) the per-assertion
columns hold those numbers, and a term is decoded only where a value is used (its text, offsets,
rule): the columns of a large corpus then take a few bytes an entry, not a decoded IRI or literal
each (issue 19). Any other store is read through its terms, to the same tables.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from ...core.namespaces import KG, OA
from .terms import as_int as _as_int


def term_key(pair: tuple) -> tuple:
    """A total order on (predicate, object) pairs that never compares a Literal with a URIRef."""
    return tuple((type(term).__name__, str(term)) for term in pair)


class _Ids:
    """A graph's triples as term ids where its store has them, else as the terms themselves."""

    def __init__(self, graph: Graph) -> None:
        store = graph.store
        if hasattr(store, "id_triples") and hasattr(store, "term"):
            self.pattern = store.id_triples
            self.term = store.term
        else:
            self.pattern = lambda pattern: graph.triples(pattern)
            self.term = lambda term: term

    def pairs(self, predicate):
        return ((s, o) for s, _, o in self.pattern((None, predicate, None)))

    def subjects(self, predicate, obj):
        return (s for s, _, _ in self.pattern((None, predicate, obj)))

    def order(self, i) -> tuple:
        return term_key((self.term(i),))


def _column(ids: _Ids, predicate) -> dict:
    """subject -> its smallest value of ``predicate`` (one pass over the predicate's triples)."""
    found: dict = {}
    for subject, value in ids.pairs(predicate):
        old = found.get(subject)
        if old is None or (old != value and ids.order(value) < ids.order(old)):
            found[subject] = value
    return found


def _multi(ids: _Ids, predicate) -> dict:
    """subject -> sorted list of all its values of ``predicate``."""
    found: dict = defaultdict(list)
    for subject, value in ids.pairs(predicate):
        found[subject].append(value)
    return {k: sorted(v, key=ids.order) if len(v) > 1 else v for k, v in found.items()}


def _memo(function):
    seen: dict = {}

    def get(i):
        out = seen.get(i)
        if out is None:
            out = seen[i] = function(i)
        return out

    return get


def evidence_and_confidence(graph: Graph, articles: dict[URIRef, int]) -> tuple[dict[tuple, list[tuple]], dict[tuple, float]]:
    """(subject, predicate, object) -> sorted evidence rows (article, start, end, exact, rule, page),
    and (subject, predicate, object) -> the fact's kg:confidence (the highest of its assertions').

    Reads each provenance predicate once into a dictionary: fast on graphs with many assertions. The
    selectors' columns are folded into one row per source and let go before the assertions' are
    read, so they are never all held at once (issue 19: on a large corpus, the view's peak).
    """
    ids = _Ids(graph)
    per_source = _sources(ids, articles)
    subj, pred, obj = _column(ids, RDF.subject), _column(ids, RDF.predicate), _column(ids, RDF.object)
    term = _memo(ids.term)  # the few terms used often: facts' subjects, predicates and objects, rules, articles
    found = _evidence(ids, per_source, subj, pred, obj)
    del per_source
    evidence = {tuple(map(term, key)): sorted(rows) for key, rows in found.items()}
    del found
    confidence: dict[tuple, float] = {}
    for assertion, value in ids.pairs(KG.confidence):
        key = tuple(None if x is None else term(x) for x in (subj.get(assertion), pred.get(assertion), obj.get(assertion)))
        confidence[key] = max(confidence.get(key, 0.0), round(float(ids.term(value)), 3))
    return evidence, confidence


NO_SOURCE = (-1, -1, -1, "", 0)
"""A source the graph says nothing about: no article, no offsets, no text, no page."""


def _sources(ids: _Ids, articles: dict[URIRef, int]) -> dict:
    """source -> (article, start, end, exact, page): what an evidence row takes from its source."""
    selectors, exact = _multi(ids, OA.hasSelector), _column(ids, OA.exact)
    text_of = _memo(lambda i: str(ids.term(i)))  # a sentence is the evidence of several facts: one string
    texts = {src: next((text_of(exact[x]) for x in sels if x in exact), "") for src, sels in selectors.items()}
    del exact
    start, end = _column(ids, OA.start), _column(ids, OA.end)
    spans = {}
    for src, sels in selectors.items():
        pos = next((x for x in sels if x in start and x in end), None)
        if pos is not None:
            spans[src] = (_as_int(ids.term(start[pos])), _as_int(ids.term(end[pos])))
    del selectors, start, end
    article_of = _memo(lambda i: articles.get(ids.term(i), -1))
    sources = {src: article_of(doc) for src, doc in _column(ids, OA.hasSource).items()}
    pages = {src: _as_int(ids.term(page)) for src, page in _column(ids, KG.page).items()}  # PDF sources only
    out = {}
    for src in texts.keys() | spans.keys() | sources.keys() | pages.keys():
        out[src] = (sources.get(src, -1), *spans.get(src, (-1, -1)), texts.get(src, ""), pages.get(src, 0))
    return out


def _evidence(ids: _Ids, per_source: dict, subj: dict, pred: dict, obj: dict) -> dict[tuple, set[tuple]]:
    rules, derived = _column(ids, KG.extractedBy), _multi(ids, PROV.wasDerivedFrom)
    rule_of = _memo(lambda i: str(ids.term(i)))
    found: dict[tuple, set[tuple]] = defaultdict(set)
    for assertion in ids.subjects(RDF.type, KG.Assertion):
        key = (subj.get(assertion), pred.get(assertion), obj.get(assertion))
        if None in key:
            continue
        rule = rule_of(rules[assertion]) if assertion in rules else ""
        for source in derived.get(assertion, []):
            article, begin, end, text, page = per_source.get(source, NO_SOURCE)
            found[key].add((article, begin, end, text, rule, page))
    return found
