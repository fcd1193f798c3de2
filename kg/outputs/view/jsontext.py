"""The view's JSON text, and rows of it kept on disk until the page is written (issue 19).

:func:`dump` is the one way the page turns a value into JSON: ASCII, sorted keys, no spaces, and
``< > &`` and the line separators escaped, so no article text can end the page's data block.
A large corpus's view holds tens of thousands of entity rows and evidence sentences: held as
Python dicts they were the build's peak memory. :class:`Spool` keeps rows as their JSON text in a
temporary file instead, one row a line (JSON text made by :func:`dump` holds no raw newline), and
gives them back in order when the page is written.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def dump(value: object) -> str:
    """``value`` as JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return re.sub(r"[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


class Spool:
    """Text rows (no newline in any) appended to a temporary file and read back in order."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(mode="w+", encoding="ascii", newline="\n", prefix="kg-view-")  # noqa: SIM115
        self.count = 0

    def add(self, row: str) -> None:
        self._file.write(row)
        self._file.write("\n")
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self.count):
            yield self._file.readline()[:-1]
        self._file.seek(0, 2)

    def close(self) -> None:
        self._file.close()
