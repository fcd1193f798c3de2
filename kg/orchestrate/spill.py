"""Extractions kept on disk while a build resolves its entities, read back in order for the graph.

Corpus resolution needs every article's entities at once, and of its facts only the few that tell
persons apart (titles, heads, memberOf: ``kg.resolve.corpus.FACTS_READ``), not its quotes and other facts; the graph needs those one article at a time. :class:`Spilled` pickles each extraction
to a temporary file as it comes and yields them again, in the same order, as often as it is read.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ..core.records import Evidence, Extraction
from ..resolve.corpus import FACTS_READ


class Spilled:
    """Extractions (or documents) in a temporary file (removed when this object is), in the order appended."""

    def __init__(self) -> None:
        self._file = tempfile.NamedTemporaryFile(prefix="kg-extractions-", suffix=".pickle")  # noqa: SIM115
        self._count = 0

    def append(self, x) -> None:
        pickle.dump(x, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator:
        self._file.flush()
        with open(self._file.name, "rb") as fh:
            for _ in range(self._count):
                yield pickle.load(fh)

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


def for_resolution(x: Extraction) -> Extraction:
    """``x`` without what corpus resolution does not read: its quotes, page furniture and the facts
    other than :data:`~kg.resolve.corpus.FACTS_READ`; of those facts their evidence sentence, of its
    entities their mentions' offsets (each entity keeps its number of mentions: :data:`NO_OFFSETS`
    that many times, in a tuple shared by every entity of that many mentions). (Dropping every fact silently disabled the merges and splits
    that read a person's titles and bodies: "Chris Wray" / "Christopher Wray".)"""
    facts = [replace(f, evidence=NO_EVIDENCE) for f in x.facts if f.prop in FACTS_READ]
    entities = [replace(e, mentions=_no_offsets(len(e.mentions))) for e in x.entities]
    return replace(x, entities=entities, facts=facts, quotes=[], furniture=[])
