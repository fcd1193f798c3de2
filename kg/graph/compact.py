"""An rdflib store for the graph ``kg build`` makes: rdflib's in-memory store, at a fraction of its size.

rdflib's default ``Memory`` store keeps every triple four times over (three nested indexes whose
innermost level is a dictionary per (subject, predicate), (predicate, object) and (object,
subject), and two sets of the triples for its contexts) and a fresh copy of each term per triple:
about 1 KB per triple, most of a large build's memory (a corpus article gives some 300 triples).

:class:`CompactStore` keeps two of those indexes (subject-predicate-object and
predicate-object-subject) for one graph only (no contexts), each term once (interned) and, at the
innermost level, the one value itself or a list of the values, instead of a dictionary. It answers
the triple patterns with the triples in the order ``Memory`` gives them (insertion order, kept
across removals as ``Memory`` keeps it), so whatever reads the graph sees the same sequence. Two
patterns are the exception: nothing bound (``Memory`` yields those in set order) and only the
object bound (answered from the predicate index, predicate by predicate; kg never asks it).
"""

from __future__ import annotations

from rdflib.plugins.stores.memory import SimpleMemory

_EMPTY = ()


def _values(slot) -> tuple | list:
    """The values an innermost slot holds (a single term, or a list of them)."""
    return slot if type(slot) is list else (slot,)


def _put(index: dict, a, b, c) -> None:
    """Add ``c`` under ``index[a][b]``."""
    inner = index.get(a)
    if inner is None:
        index[a] = {b: c}
        return
    slot = inner.get(b, _EMPTY)
    if slot is _EMPTY:
        inner[b] = c
    elif type(slot) is list:
        slot.append(c)
    else:
        inner[b] = [slot, c]


def _take(index: dict, a, b, c) -> None:
    """Remove ``c`` from ``index[a][b]``; the keys stay (as ``Memory`` keeps its emptied dictionaries)."""
    inner = index[a]
    slot = inner[b]
    if type(slot) is list:
        slot.remove(c)
    else:
        inner[b] = []


class CompactStore(SimpleMemory):
    """A one-graph, in-memory rdflib store (see the module docstring); namespaces as ``SimpleMemory``."""

    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration, identifier)
        self._terms: dict = {}
        self._spo: dict = {}
        self._pos: dict = {}
        self._size = 0

    def add(self, triple, context=None, quoted=False) -> None:
        terms = self._terms
        s, p, o = (terms.setdefault(t, t) for t in triple)
        inner = self._spo.get(s)
        if inner is not None and o in _values(inner.get(p, [])):
            return
        _put(self._spo, s, p, o)
        _put(self._pos, p, o, s)
        self._size += 1

    def remove(self, triple_pattern, context=None) -> None:
        for (s, p, o), _ in list(self.triples(triple_pattern)):
            _take(self._spo, s, p, o)
            _take(self._pos, p, o, s)
            self._size -= 1

    def triples(self, triple_pattern, context=None):
        s, p, o = triple_pattern
        none = iter(_EMPTY)
        if s is not None:
            inner = self._spo.get(s, {})
            for pred in [p] if p is not None else list(inner):
                for obj in list(_values(inner.get(pred, []))):
                    if o is None or obj == o:
                        yield (s, pred, obj), none
        elif p is not None:
            inner = self._pos.get(p, {})
            for obj in [o] if o is not None else list(inner):
                for subj in list(_values(inner.get(obj, []))):
                    yield (subj, p, obj), none
        elif o is not None:
            for pred, inner in list(self._pos.items()):
                for subj in list(_values(inner.get(o, []))):
                    yield (subj, pred, o), none
        else:
            for subj, inner in list(self._spo.items()):
                for pred in list(inner):
                    for obj in list(_values(inner[pred])):
                        yield (subj, pred, obj), none

    def __len__(self, context=None) -> int:
        return self._size

    def contexts(self, triple=None):
        return iter(_EMPTY)
