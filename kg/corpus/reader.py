"""``iter_documents``: every article in the given folders, files and standard input, streamed.

Bad input never raises: each unreadable file, folder or JSONL line is one :class:`Problem`
(``path[:line]: reason``) and reading goes on. Article ids are unique and deterministic:

- a .txt/.md/.html article's id is its file stem; when an earlier article already has that id,
  the stem is prefixed with its parent folder names (``2019-index``, ``news-2019-index``) and,
  failing that, numbered (``index-2``). This is normal for scraped sites, so it is silent.
- a JSONL article keeps its ``id``; a repeated id is a data problem, so the later article is read
  as ``<id>-2`` (``-3`` ...) with a warning Problem (``skipped=False``).
- an article whose id *and* text repeat an earlier one's is a duplicate: skipped, with a Problem.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from ..core.records import Document
from .base import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, PDF_BYTES_FACTOR, JsonlFields, Problem, Unreadable, shown
from .decode import decode
from .files import SUFFIXES, SUPPORTED, check_regular, check_size, kind_of, read_bytes, walk
from .formats import READERS, txt_document
from .jsonl import bounded_lines, read_jsonl_file, read_jsonl_lines
from .pdf import pdf_document

STDIN = "<stdin>"


def iter_documents(
    paths: Sequence[str | Path],
    *,
    fields: JsonlFields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Problem]:
    """Yield each article (:class:`~kg.core.records.Document`) and each :class:`Problem`, in a fixed order.

    ``paths``: folders (walked recursively, sorted by name, hidden entries skipped), files, and
    ``"-"`` for standard input (JSON lines if its first line starts with ``{``, else one text
    article with id ``stdin``); a single path is accepted too. ``max_bytes`` bounds a
    single-article file or a JSONL line (a PDF: ``PDF_BYTES_FACTOR`` times that); ``max_chars`` bounds an article's text. JSONL files of
    any size are streamed.
    """
    reader = _Reader(fields or JsonlFields(), max_bytes, max_chars)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        if str(raw) == "-":
            yield from reader.stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(raw)
        if path.is_dir():
            for item in walk(path):
                yield from (reader.file(item) if isinstance(item, Path) else (item,))
        elif path.exists() or path.is_symlink():
            if kind_of(path) is None:
                yield Problem(shown(path), None, f"unsupported file type (kg reads {SUPPORTED})")
            else:
                yield from reader.file(path)
        else:
            yield Problem(shown(path), None, "no such file or folder")


class _Reader:
    def __init__(self, fields: JsonlFields, max_bytes: int, max_chars: int) -> None:
        self.fields, self.max_bytes, self.max_chars = fields, max_bytes, max_chars
        self.ids = _IdRegistry()

    def file(self, path: Path) -> Iterator[Document | Problem]:
        kind = kind_of(path)
        if kind == "jsonl":
            try:
                check_regular(path)
            except Unreadable as err:
                yield Problem(shown(path), None, str(err))
                return
            yield from self._jsonl(read_jsonl_file(path, _stem(path), self.fields, self.max_bytes), shown(path))
            return
        try:
            if kind == "pdf":
                (doc, warnings), warning = (
                    pdf_document(_stem(path), read_bytes(path, self.max_bytes * PDF_BYTES_FACTOR), shown(path)),
                    None,
                )
            else:
                text, warning = decode(read_bytes(path, self.max_bytes), html=kind == "html")
                doc, warnings = READERS[kind](_stem(path), text, shown(path))
        except Unreadable as err:
            yield Problem(shown(path), None, str(err))
            return
        yield from self._accept(doc, [warning] if warning else [], warnings, shown(path), None, _alternatives(path))

    def stdin(self, stream: BinaryIO) -> Iterator[Document | Problem]:
        try:
            first = stream.readline(self.max_bytes + 1)
            if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
                lines = bounded_lines(stream, self.max_bytes, first=first)
                yield from self._jsonl(read_jsonl_lines(lines, STDIN, "stdin", self.fields, self.max_bytes), STDIN)
                return
            data = first + stream.read(self.max_bytes + 1 - len(first))
            check_size(len(data), self.max_bytes)
            text, warning = decode(data)
            doc, warnings = txt_document("stdin", text, STDIN)
        except Unreadable as err:
            yield Problem(STDIN, None, str(err))
            return
        except OSError as err:
            yield Problem(STDIN, None, f"could not read standard input ({err})")
            return
        yield from self._accept(doc, [warning] if warning else [], warnings, STDIN, None, ())

    def _jsonl(self, items: Iterable, name: str) -> Iterator[Document | Problem]:
        for item in items:
            if isinstance(item, Problem):
                yield item
            else:
                lineno, doc, warnings = item
                yield from self._accept(doc, warnings, [], name, lineno, None)

    def _accept(
        self, doc: Document, pre: list[str], post: list[str], where: str, line: int | None, alternatives: Iterable[str] | None
    ) -> Iterator[Document | Problem]:
        if len(doc.text) > self.max_chars:
            yield Problem(where, line, f"article too long ({len(doc.text):,} characters > {self.max_chars:,} limit)")
            return
        wanted = doc.id
        new_id = self.ids.claim(wanted, doc.text, alternatives)
        if new_id is None:
            yield Problem(where, line, f"duplicate article: id '{wanted}' and text already read; skipped")
            return
        notes = pre + post
        if new_id != wanted and alternatives is None:
            notes.append(f"duplicate article id '{wanted}' (different text); read as '{new_id}'")
        doc.id = new_id
        for note in notes:
            yield Problem(where, line, note, skipped=False)
        yield doc


class _IdRegistry:
    """Hands out unique ids; remembers a short digest of each id's text to spot duplicates."""

    def __init__(self) -> None:
        self._texts: dict[str, bytes] = {}

    def claim(self, wanted: str, text: str, alternatives: Iterable[str] | None) -> str | None:
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
        held = self._texts.get(wanted)
        if held is None:
            self._texts[wanted] = digest
            return wanted
        if held == digest:
            return None
        for candidate in chain(alternatives or (), (f"{wanted}-{i}" for i in range(2, 10**9))):
            if candidate not in self._texts:
                self._texts[candidate] = digest
                return candidate
        raise AssertionError("unreachable")


def _stem(path: Path) -> str:
    """The file name without its kg suffix, as printable UTF-8 text (see :func:`shown`)."""
    name = path.name
    for suffix, _ in SUFFIXES:
        if name.lower().endswith(suffix):
            return shown(name[: -len(suffix)])
    return shown(path.stem)


def _alternatives(path: Path) -> Iterator[str]:
    """``parent-stem``, ``grandparent-parent-stem`` ... from the path as given."""
    parts = [shown(p) for p in path.parent.parts if p not in {".", "..", "/", path.anchor}]
    stem = _stem(path)
    for i in range(1, len(parts) + 1):
        yield "-".join([*parts[-i:], stem])
