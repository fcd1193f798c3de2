"""The merge log of corpus resolution (``resolution.tsv``), kept on disk until it is written (issue 19).

One row per merge: (entity IRI, name merged, article, reason). A large corpus logs some 25 rows per
article, each with a reason of its own ("merged with 'Jane Doe' of a1b2 (same full name: 'jane doe')"):
held in memory they took as much as the rest of the resolution, from resolution to the last output.
:class:`MergeLog` pickles each entity's rows to a temporary file as resolution makes them and reads
them back sorted, as ``sorted()`` of all the rows would give them.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from itertools import groupby

Row = tuple[str, str, str, str]


class MergeLog(Sequence):
    """The rows of a resolution's merges, sorted; a read-only sequence whose rows live on disk."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="kg-merges-")  # noqa: SIM115 (closed with this object)
        self._chunks: list[tuple[str, int, int]] = []  # (entity IRI, offset, bytes) of each entity's rows
        self._end = self._count = 0

    def add(self, iri: str, rows: list[Row]) -> None:
        """The rows of entity ``iri`` (all of them: one call per entity)."""
        if not rows:
            return
        data = pickle.dumps(sorted(rows), protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(data)
        self._chunks.append((iri, self._end, len(data)))
        self._end += len(data)
        self._count += len(rows)

    def _load(self, offset: int, size: int) -> list[Row]:
        self._file.flush()
        return pickle.loads(os.pread(self._file.fileno(), size, offset))

    def __iter__(self) -> Iterator[Row]:
        for _, chunks in groupby(sorted(self._chunks), key=lambda c: c[0]):
            parts = [self._load(offset, size) for _, offset, size in chunks]
            yield from (parts[0] if len(parts) == 1 else sorted(row for part in parts for row in part))

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        return list(self)[index]

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"MergeLog({len(self)} rows)"
