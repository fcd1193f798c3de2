"""An rdflib store on disk (SQLite in a temporary file) for the graph of a large ``kg build`` (issue 19).

:class:`~kg.graph.compact.CompactStore` holds every triple in Python objects: some 45 MB per 1,000
articles, most of a large build's memory. :class:`DiskStore` keeps them in a temporary SQLite file
instead (unlinked as soon as it is opened on POSIX, so not even a killed build leaves it behind; elsewhere removed when the store is closed or collected), so resident memory stays flat in the corpus
size; SQLite's page cache is bounded (:data:`CACHE_KB`).

It answers every triple pattern with the triples in the order :class:`CompactStore` gives them (so
the outputs are byte-identical): a subject's predicates in the order first given, a predicate's
objects in the order first given (kept across removals), then the triples in insertion order. The
tables: ``terms`` (each term once, by its key: kind, language, datatype and lexical form), ``t`` (the
triples, by rowid: insertion order), ``sp`` and ``po`` (when a subject-predicate and a
predicate-object pair was first seen; never deleted, as ``CompactStore`` keeps its emptied keys).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from array import array

from rdflib import BNode, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory

CACHE_KB = 32 * 1024  # SQLite's page cache: a constant, whatever the corpus size
TERMS_KEPT = 50_000  # decoded terms kept for reuse (a bounded cache, emptied when full)
_SEP = "\x1f"
_CHUNK = 10_000  # rows fetched from SQLite at a time

_SCHEMA = """
CREATE TABLE terms (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE t (s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL, UNIQUE (s, p, o));
CREATE INDEX t_pos ON t (p, o);
CREATE TABLE sp (seq INTEGER PRIMARY KEY, s INTEGER NOT NULL, p INTEGER NOT NULL, UNIQUE (s, p));
CREATE TABLE po (seq INTEGER PRIMARY KEY, p INTEGER NOT NULL, o INTEGER NOT NULL, UNIQUE (p, o));
"""


def term_key(term) -> str:
    """A term's key: ``<`` and the IRI, ``_`` and a blank node's id, or ``"`` and a literal's
    language, datatype and lexical form (separated by U+001F, the lexical form last)."""
    if isinstance(term, Literal):
        return f'"{term.language or ""}{_SEP}{term.datatype or ""}{_SEP}{str.__str__(term)}'
    if isinstance(term, BNode):
        return "_" + str(term)
    return "<" + str(term)


def key_term(key: str):
    """The rdflib term of a :func:`term_key` (a literal keeps its lexical form exactly)."""
    kind = key[0]
    if kind == "<":
        return URIRef(key[1:])
    if kind == "_":
        return BNode(key[1:])
    lang, dt, lexical = key[1:].split(_SEP, 2)
    return Literal(lexical, lang=lang or None, datatype=URIRef(dt) if dt else None, normalize=False)


_A_SUBJECT = "EXISTS (SELECT 1 FROM t WHERE t.s = terms.id)"


def n3_order(keys):
    """IRI keys (``<`` and the IRI) given in their own order, yielded in the order of their ``n3()``
    (the IRI and ``>``): they differ only where an IRI is the start of another, which comes first
    when it goes on with a character before ``>`` (``x/1`` before ``x``). Holds only the chain of
    IRIs that start one another (a handful)."""
    waiting: list[str] = []  # each the start of the next
    for key in keys:
        while waiting and not (key.startswith(waiting[-1]) and key[len(waiting[-1])] < ">"):
            yield waiting.pop()
        waiting.append(key)
    yield from reversed(waiting)


class DiskStore(SimpleMemory):
    """A one-graph rdflib store in a temporary SQLite file; namespaces as ``SimpleMemory`` (in memory)."""

    def __init__(self, configuration=None, identifier=None, directory: str | None = None):
        super().__init__(configuration, identifier)
        fd, self.path = tempfile.mkstemp(prefix="kg-graph-", suffix=".sqlite", dir=directory)
        os.close(fd)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", f"cache_size=-{CACHE_KB}"):
            self._db.execute("PRAGMA " + pragma)
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")
        if os.name == "posix":  # open files outlive their name: nothing is left behind, even if the build is killed
            os.unlink(self.path)
        self._ids: dict[str, int] = {}  # recently used keys (bounded)
        self._terms: dict[int, object] = {}  # recently decoded terms (bounded)
        self._size = 0

    def close(self, commit_pending_transaction=False) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
            if os.path.exists(self.path):  # (not on POSIX, where it went when opened)
                os.unlink(self.path)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: S110 (interpreter shutdown)
            pass

    def _id(self, term, create: bool) -> int | None:
        key = term_key(term)
        found = self._ids.get(key)
        if found is not None:
            return found
        row = self._db.execute("SELECT id FROM terms WHERE key = ?", (key,)).fetchone()
        if row is None:
            if not create:
                return None
            found = self._db.execute("INSERT INTO terms (key) VALUES (?)", (key,)).lastrowid
        else:
            found = row[0]
        if len(self._ids) >= TERMS_KEPT:
            self._ids.clear()
        if len(key) < 300:  # article texts and long sentences are looked up again rarely
            self._ids[key] = found
        return found

    def _term(self, i: int):
        term = self._terms.get(i)
        if term is None:
            (key,) = self._db.execute("SELECT key FROM terms WHERE id = ?", (i,)).fetchone()
            term = key_term(key)
            if len(key) < 300:  # an article's text or a long sentence is not kept: read again if asked again
                if len(self._terms) >= TERMS_KEPT:
                    self._terms.clear()
                self._terms[i] = term
        return term

    def add(self, triple, context=None, quoted=False) -> None:
        s, p, o = (self._id(t, True) for t in triple)
        db = self._db
        if db.execute("INSERT OR IGNORE INTO t (s, p, o) VALUES (?, ?, ?)", (s, p, o)).rowcount:
            db.execute("INSERT OR IGNORE INTO sp (s, p) VALUES (?, ?)", (s, p))
            db.execute("INSERT OR IGNORE INTO po (p, o) VALUES (?, ?)", (p, o))
            self._size += 1

    def remove(self, triple_pattern, context=None) -> None:
        for (s, p, o), _ in list(self.triples(triple_pattern)):
            ids = (self._id(s, False), self._id(p, False), self._id(o, False))
            self._size -= self._db.execute("DELETE FROM t WHERE s = ? AND p = ? AND o = ?", ids).rowcount

    def _rows(self, pattern):
        """(s, p, o) ids of the triples matching ``pattern``, in ``CompactStore``'s order; ``None``
        if a bound term is not in the store."""
        ids = []
        for t in pattern:
            i = None if t is None else self._id(t, False)
            if t is not None and i is None:
                return None
            ids.append(i)
        s, p, o = ids
        where, args = [], []
        for col, i in zip("spo", ids, strict=True):
            if i is not None:
                where.append(f"t.{col} = ?")
                args.append(i)
        cond = " AND ".join(where) or "1"
        if s is not None:  # a subject's predicates in first-given order, then insertion order
            sql = f"SELECT t.s, t.p, t.o FROM t JOIN sp ON sp.s = t.s AND sp.p = t.p WHERE {cond} ORDER BY sp.seq, t.rowid"
        elif p is not None:  # a predicate's objects in first-given order, then insertion order
            sql = f"SELECT t.s, t.p, t.o FROM t JOIN po ON po.p = t.p AND po.o = t.o WHERE {cond} ORDER BY po.seq, t.rowid"
        elif o is not None:  # predicate by predicate (first given), then insertion order
            sql = (
                "SELECT t.s, t.p, t.o FROM t JOIN (SELECT p, MIN(seq) AS first FROM po GROUP BY p) AS f "
                f"ON f.p = t.p WHERE {cond} ORDER BY f.first, t.rowid"
            )
        else:  # subject by subject (first given), then as for a subject
            sql = (
                "SELECT t.s, t.p, t.o FROM t JOIN sp ON sp.s = t.s AND sp.p = t.p "
                "JOIN (SELECT s, MIN(seq) AS first FROM sp GROUP BY s) AS f ON f.s = t.s "
                "ORDER BY f.first, sp.seq, t.rowid"
            )
        rows = array("q")  # 24 bytes a triple, not a tuple of three ints (some 150): a pattern may match most of the graph
        cur = self._db.execute(sql, args)
        for chunk in iter(lambda: cur.fetchmany(_CHUNK), []):
            for row in chunk:
                rows.extend(row)
        return rows

    def triples(self, triple_pattern, context=None):
        for ids in self.id_triples(triple_pattern):
            yield tuple(map(self._term, ids)), iter(())

    def id_triples(self, triple_pattern):
        """The (s, p, o) term ids of the triples matching ``triple_pattern``, in :meth:`triples`'
        order (read all at once, so the caller may change the store meanwhile); :meth:`term` decodes one."""
        rows = self._rows(triple_pattern)
        for i in range(0, len(rows) if rows else 0, 3):
            yield rows[i], rows[i + 1], rows[i + 2]

    def term(self, i: int):
        """The rdflib term of the id ``i`` (from :meth:`id_triples`)."""
        return self._term(i)

    def select(self, sql: str, terms: dict):
        """The rows of a read-only ``sql`` over the tables (term ids; ``NULL`` -> ``None``), each
        ``:name`` bound to the id of ``terms[name]`` (-1, matching nothing, if it is not in the store)."""
        args = {name: self._id(term, False) or -1 for name, term in terms.items()}
        cur = self._db.execute(sql, args)
        for chunk in iter(lambda: cur.fetchmany(_CHUNK), []):
            yield from chunk

    def subjects_sorted(self):
        """Every subject in the order of its ``n3()`` (``<iri>``), one at a time; ``None`` if a subject
        is not an IRI (then sort in Python). Read in the order of the terms' index, so nothing is
        sorted: no sorter's memory (issue 19: graph.ttl's writer)."""
        db = self._db
        if db.execute("SELECT 1 FROM terms WHERE id IN (SELECT s FROM t) AND substr(key, 1, 1) != '<' LIMIT 1").fetchone():
            return None
        keys = self.select(f"SELECT key FROM terms WHERE key >= '<' AND key < '=' AND {_A_SUBJECT} ORDER BY key", {})
        return (URIRef(key[1:]) for key in n3_order(key for (key,) in keys))

    def __len__(self, context=None) -> int:
        return self._size

    def contexts(self, triple=None):
        return iter(())
