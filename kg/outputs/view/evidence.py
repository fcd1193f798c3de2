"""The view's evidence and confidence tables: each fact's sentences and its kg:confidence.

They read every kg:Assertion's provenance (some ten values each, most of a large graph). A graph on
disk (:class:`~kg.graph.diskstore.DiskStore`, ``kg build``'s) is read by one SQL join, an assertion
at a time (:mod:`kg.graph.diskjoin`), and a term is decoded only where a value is used (its text,
offsets, rule): no column of the whole graph is held (issue 19). Any other store is read predicate by
predicate into columns (of term ids where the store numbers its terms, ``id_triples``), to the same tables.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from ...core.namespaces import KG, OA
from ...graph.diskjoin import assertion_rows, confidence_rows
from ...graph.diskstore import DiskStore
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
    read, so they are never all held at once (issue 19: on a large corpus, the view's peak). A
    graph on disk (:class:`~kg.graph.diskstore.DiskStore`, ``kg build``'s) is read by one join
    instead, an assertion at a time (:mod:`kg.graph.diskjoin`): the same tables, without the columns.
    """
    if isinstance(graph.store, DiskStore):  # by SQL joins, an assertion at a time: no columns at all
        return _joined(graph.store, articles)
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


def _least(ids: set, order):
    """The smallest of a value's term ids by its terms' order (there is one value, nearly always)."""
    return next(iter(ids)) if len(ids) == 1 else min(ids, key=order)


def _values(rows: list[tuple], k: int) -> set:
    return {row[k] for row in rows if row[k] is not None}


class _Joined:
    """Terms of a graph on disk, decoded once each where a row uses them again."""

    def __init__(self, store: DiskStore, articles: dict[URIRef, int]) -> None:
        self.store = store
        self.term = _memo(store.term)
        self.text = _memo(lambda i: str(store.term(i)))  # a sentence is the evidence of several facts: one string
        self.article = _memo(lambda i: articles.get(store.term(i), -1))

    def order(self, i) -> tuple:
        return term_key((self.store.term(i),))

    def least(self, ids: set):
        return _least(ids, self.order)

    def number(self, ids: set) -> int:
        return _as_int(self.store.term(self.least(ids)))

    def source_row(self, rows: list[tuple], rule: str) -> tuple:
        """(article, start, end, exact, rule, page) of one source from its rows (article, page,
        selector, exact, start, end), as :func:`_sources` reads it: the first selector (in the terms'
        order) with a text gives the text, the first with both offsets the offsets."""
        texts, spans = {}, {}
        for selector in _values(rows, 2):
            mine = [row for row in rows if row[2] == selector]
            exact, start, end = (_values(mine, k) for k in (3, 4, 5))
            if exact:
                texts[selector] = exact
            if start and end:
                spans[selector] = (start, end)
        text = self.text(self.least(texts[self.least(set(texts))])) if texts else ""
        begin, end = (self.number(ids) for ids in spans[self.least(set(spans))]) if spans else (-1, -1)
        sources, pages = _values(rows, 0), _values(rows, 1)
        article = self.article(self.least(sources)) if sources else -1
        return article, begin, end, text, rule, self.number(pages) if pages else 0


def _joined(store: DiskStore, articles: dict[URIRef, int]) -> tuple[dict, dict]:
    """:func:`evidence_and_confidence` of a graph on disk, from :mod:`kg.graph.diskjoin`'s rows."""
    j = _Joined(store, articles)
    found: dict[tuple, set[tuple]] = defaultdict(set)
    for rows in assertion_rows(store):  # (subject, predicate, object, rule, source, article, page, selector, ...)
        key = tuple(_values(rows, k) for k in range(3))
        if not all(key):
            continue
        key = tuple(map(j.least, key))
        rules = _values(rows, 3)
        rule = j.text(j.least(rules)) if rules else ""
        for source in {row[4] for row in rows}:
            found[key].add(j.source_row([row[5:] for row in rows if row[4] == source], rule))
    evidence = {tuple(map(j.term, key)): sorted(rows) for key, rows in found.items()}
    del found
    confidence: dict[tuple, float] = {}
    for rows in confidence_rows(store):  # (value, subject, predicate, object)
        key = tuple(j.term(j.least(ids)) if ids else None for ids in (_values(rows, k) for k in (1, 2, 3)))
        confidence[key] = max(confidence.get(key, 0.0), round(float(store.term(rows[0][0])), 3))
    return evidence, confidence
