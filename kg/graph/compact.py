"""An rdflib store for the graph ``kg build`` makes: rdflib's in-memory store, at a fraction of its size.

rdflib's default ``Memory`` store keeps every triple four times over (three nested indexes whose
innermost level is a dictionary per (subject, predicate), (predicate, object) and (object,
subject), and two sets of the triples for its contexts) and a fresh copy of each term per triple:
about 1 KB per triple, most of a large build's memory (a corpus article gives some 300 triples).

:class:`CompactStore` keeps two of those indexes (subject-predicate-object and
predicate-object-subject) for one graph only (no contexts), each term once (interned) and, at the
innermost level, the one value itself or a list of the values, instead of a dictionary; a plain
literal's text once (:class:`TextLiteral`), not twice. It answers
the triple patterns with the triples in the order ``Memory`` gives them (insertion order, kept
across removals as ``Memory`` keeps it), so whatever reads the graph sees the same sequence. Two
patterns are the exception: nothing bound (``Memory`` yields those in set order) and only the
object bound (answered from the predicate index, predicate by predicate; kg never asks it).
"""

from __future__ import annotations

from rdflib import Literal
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import _ORDERING

_EMPTY = ()


class TextLiteral(Literal):
    """A plain literal (no datatype, no language) whose text is held once.

    rdflib keeps a literal's lexical form (the ``str`` it is) and its Python value, for a plain
    literal the very string it was made from: every article text, evidence sentence and quote
    twice. This one answers ``value`` from its own text and keeps no second string; it equals,
    hashes, sorts and serializes as the :class:`~rdflib.Literal` it was."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str.__str__(self)


_ORDERING[TextLiteral] = _ORDERING[Literal]  # rdflib orders terms of different classes by this table


def _text_once(term):
    """A plain string literal becomes a :class:`TextLiteral` in place (the same object)."""
    if type(term) is Literal and term.datatype is None and term.language is None and type(term.value) is str:
        term.__class__ = TextLiteral
        term._value = None
    return term


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


def _at(row: list, p) -> int:
    """Where the values of the (interned) predicate ``p`` are in a subject's row, or -1."""
    for i in range(0, len(row), 2):
        if row[i] is p:
            return i + 1
    return -1


class CompactStore(SimpleMemory):
    """A one-graph, in-memory rdflib store (see the module docstring); namespaces as ``SimpleMemory``.

    A subject's predicates and values are one flat list ``[p1, values1, p2, values2, ...]`` (a
    subject has a few predicates: a list is a third of a dictionary's size), the predicates in the
    order first given, compared by identity (every term is interned)."""

    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration, identifier)
        self._terms: dict = {}
        self._spo: dict = {}
        self._pos: dict = {}
        self._size = 0

    def add(self, triple, context=None, quoted=False) -> None:
        terms = self._terms
        s, p, o = (terms.setdefault(t, t) for t in triple)
        o = _text_once(o)  # an interned literal's text kept once
        row = self._spo.get(s)
        if row is None:
            self._spo[s] = [p, o]
        else:
            i = _at(row, p)
            if i < 0:
                row += (p, o)
            else:
                slot = row[i]
                if type(slot) is list:
                    if o in slot:
                        return
                    slot.append(o)
                elif slot is o:
                    return
                else:
                    row[i] = [slot, o]
        _put(self._pos, p, o, s)
        self._size += 1

    def remove(self, triple_pattern, context=None) -> None:
        for (s, p, o), _ in list(self.triples(triple_pattern)):
            row, p = self._spo[s], self._terms[p]
            i = _at(row, p)
            if type(row[i]) is list:
                row[i].remove(o)
            else:
                row[i] = []
            _take(self._pos, p, o, s)
            self._size -= 1

    def _objects(self, row: list, p) -> list:
        """The values of the interned predicate ``p`` in ``row`` now (a copy)."""
        i = _at(row, p)
        return [] if i < 0 else list(_values(row[i]))

    def triples(self, triple_pattern, context=None):
        s, p, o = triple_pattern
        none = iter(_EMPTY)
        if s is not None:
            row = self._spo.get(s)
            if row is None:
                return
            if p is not None:
                key = self._terms.get(p)
                preds = [(p, key)] if key is not None else []
            else:
                preds = [(row[i], row[i]) for i in range(0, len(row), 2)]
            for pred, key in preds:
                for obj in self._objects(row, key):
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
            for subj, row in list(self._spo.items()):
                for pred in row[0::2]:
                    for obj in self._objects(row, pred):
                        yield (subj, pred, obj), none

    def __len__(self, context=None) -> int:
        return self._size

    def contexts(self, triple=None):
        return iter(_EMPTY)
