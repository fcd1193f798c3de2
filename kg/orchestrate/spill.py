"""Extractions kept on disk while a build resolves its entities, read back in order for the graph.

Corpus resolution needs every article's entities at once, and of its facts only the few that tell
persons apart (titles, heads, memberOf: ``kg.resolve.corpus.FACTS_READ``), not its quotes and other facts; the graph needs those one article at a time. :class:`Spilled` pickles each extraction
to a temporary file as it comes and yields them again, in the same order, as often as it is read.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from functools import cache

from ..core.records import Evidence, Extraction
from ..resolve.corpus import FACTS_READ


class Spilled:
    """Extractions (or documents) in an unnamed temporary file, in the order appended.

    The file has no name (``tempfile.TemporaryFile``: ``O_TMPFILE``, or unlinked at once), so nothing
    is left in the temporary folder when the build is killed (SIGKILL, out of memory), where a named
    file outlived every killed build. Each read and append seeks where it works, so a reading may be
    interleaved with appends and with other readings."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-extractions-", suffix=".pickle")  # noqa: SIM115
        self._count = 0

    def append(self, x) -> None:
        self._file.seek(0, os.SEEK_END)
        pickle.dump(x, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator:
        return self._read(self._count)  # the items appended so far, even if more come while reading

    def _read(self, count: int) -> Iterator:
        at = 0
        for _ in range(count):
            self._file.seek(at)
            x = pickle.load(self._file)
            at = self._file.tell()
            yield x

    def close(self) -> None:
        self._file.close()


NO_OFFSETS = (-1, -1)
"""A mention's offsets as corpus resolution holds them: it counts an entity's mentions, never reads where."""
NO_EVIDENCE = Evidence(-1, -1, "")
"""A fact's evidence as corpus resolution holds it: it reads who holds which title or body, never the sentence."""


@cache
def _no_offsets(n: int) -> tuple[tuple[int, int], ...]:
    """:data:`NO_OFFSETS` ``n`` times: one tuple shared by every entity of ``n`` mentions, not a list each."""
    return (NO_OFFSETS,) * n


class SlimEntity:
    """A local entity as corpus resolution reads it (issue 19: a slotted object, not a dataclass with a
    ``__dict__``): the fields of :class:`~kg.core.records.LocalEntity`, its strings interned, its
    mentions :data:`NO_OFFSETS` that many times."""

    __slots__ = ("key", "cls", "name", "names", "mentions", "sex")

    def __init__(self, key: str, cls: str, name: str, names: list[str], mentions: tuple, sex: str | None) -> None:
        self.key, self.cls, self.name, self.names, self.mentions, self.sex = key, cls, name, names, mentions, sex

    def __repr__(self) -> str:
        return f"SlimEntity({self.key!r}, {self.cls!r}, {self.name!r}, {self.names!r}, {len(self.mentions)} mentions)"


class SlimFact:
    """A fact as corpus resolution reads it: who (``subj``) holds which title (``value``) or heads or
    belongs to which body (``obj``); no evidence sentence (:data:`NO_EVIDENCE`), rule or component."""

    __slots__ = ("subj", "prop", "obj", "value")
    evidence = NO_EVIDENCE
    rule = component = ""

    def __init__(self, subj: str, prop: str, obj: str | None, value: str | None) -> None:
        self.subj, self.prop, self.obj, self.value = subj, prop, obj, value


class SlimExtraction:
    """What corpus resolution reads of one article's extraction: its id, entities, the facts of
    :data:`~kg.resolve.corpus.FACTS_READ` and its in-article merges (for the merge log)."""

    __slots__ = ("doc_id", "entities", "facts", "merges")
    quotes = furniture = ()

    def __init__(self, doc_id: str, entities: list, facts: list, merges: list) -> None:
        self.doc_id, self.entities, self.facts, self.merges = doc_id, entities, facts, merges


def _interned(s: str | None) -> str | None:
    return None if s is None else sys.intern(s)


def for_resolution(x: Extraction) -> SlimExtraction:
    """``x`` without what corpus resolution does not read: its quotes, page furniture, authors, headline
    and the facts other than :data:`~kg.resolve.corpus.FACTS_READ`; of those facts their evidence sentence,
    rule and component, of its entities their mentions' offsets (each entity keeps its number of mentions:
    :data:`NO_OFFSETS` that many times, in a tuple shared by every entity of that many mentions). Slotted
    objects with interned strings (issue 19: a third of the dataclasses' size, resolution's input being
    the part of its memory that grows with the corpus). (Dropping every fact silently disabled the merges
    and splits that read a person's titles and bodies: "Chris Wray" / "Christopher Wray".)"""
    i = sys.intern
    facts = [SlimFact(i(f.subj), i(f.prop), _interned(f.obj), _interned(f.value)) for f in x.facts if f.prop in FACTS_READ]
    entities = [
        SlimEntity(i(e.key), i(e.cls), i(e.name), [i(n) for n in e.names], _no_offsets(len(e.mentions)), e.sex)
        for e in x.entities
    ]
    merges = [tuple(i(s) for s in m) for m in x.merges]
    return SlimExtraction(i(x.doc_id), entities, facts, merges)
