"""JSON lines (``.jsonl``, ``.jsonl.gz``, or standard input): one article per line, streamed.

Each line is an object with the fields named by :class:`~kg.corpus.base.JsonlFields` (by default
``id``, ``text``, ``title``, ``date``, ``url``, ``source``, ``authors``). Blank lines are skipped.
A line without an id gets ``<file stem>-<line number>``. A malformed line (bad JSON, not an
object, no text) is one :class:`Problem` with its line number; the other lines are still read.
Gzip is recognised by its magic bytes, whatever the file is called.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..core.records import Document
from .base import JsonlFields, Problem, Unreadable, clean_text, norm_date, norm_str, shown, size_text, split_authors
from .decode import binary_signature, decode
from .files import os_reason

MAX_BAD_LINES = 100
"""Stop reading a file after this many malformed lines and not one good article."""
MAX_BAD_IN_A_ROW = 1000
"""Stop reading a file after this many malformed lines in a row (good articles before them are kept)."""
MAX_SHOWN = 20
"""Malformed lines of one file reported one by one; the others are counted in one summary line."""
MAX_RATIO = 100
"""Largest expansion of gzip data (decompressed / compressed bytes) before it is taken for a bomb;
JSON lines of news text expand 3 to 6 times."""
RATIO_FLOOR = 16_000_000
"""Decompressed bytes read before the ratio is checked (small files may expand more, harmlessly)."""
MAX_EXPANDED = 20_000_000_000
"""Most bytes decompressed from one gzip file."""
_CHUNK = 1 << 20

Item = tuple[int, Document, list[str]] | Problem


def read_jsonl_file(path: Path, stem: str, fields: JsonlFields, max_bytes: int) -> Iterator[Item]:
    """Articles of a JSONL file (plain or gzip), as ``(line, document, warnings)`` or Problems."""
    name = shown(path)
    try:
        raw = open(path, "rb")
    except OSError as err:
        yield Problem(name, None, os_reason(err))
        return
    with raw:
        try:
            magic = raw.read(2)
            raw.seek(0)
            gz = magic == b"\x1f\x8b"
            stream = gzip.GzipFile(fileobj=raw) if gz else raw
            what = binary_signature(stream.peek(16)[:16])
        except (OSError, EOFError, zlib.error) as err:
            reason = os_reason(err) if type(err) is not gzip.BadGzipFile else f"corrupt gzip data ({_short(err)})"
            yield Problem(name, None, reason)
            return
        if what:
            yield Problem(name, None, f"binary file ({what}), not JSON lines")
            return
        yield from read_jsonl_lines(bounded_lines(stream, max_bytes, raw if gz else None), name, stem, fields, max_bytes)


def bounded_lines(stream: BinaryIO, limit: int, compressed: BinaryIO | None = None, first: bytes = b"") -> Iterator[bytes | int]:
    """The lines of ``stream`` (after ``first``), never holding more than ``limit + 1`` bytes of one:
    a longer line yields its length (an int) instead, read through in chunks.

    ``compressed``: the file ``stream`` decompresses; raises :class:`Unreadable` when the data
    expands more than :data:`MAX_RATIO` times or past :data:`MAX_EXPANDED` bytes (a bomb)."""
    total = 0

    def check(n: int) -> None:
        nonlocal total
        total += n
        if compressed is not None and total > RATIO_FLOOR:
            if total > MAX_EXPANDED:
                raise Unreadable(f"decompressed data over the {size_text(MAX_EXPANDED)} limit")
            if total > MAX_RATIO * max(1, compressed.tell()):
                raise Unreadable(f"compressed data expands over {MAX_RATIO} times (a decompression bomb?)")

    line = first or stream.readline(limit + 1)
    while line:
        check(len(line))
        if len(line) > limit:
            n = len(line)
            while not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
                if not line:
                    break
                n += len(line)
                check(len(line))
            yield n
        else:
            yield line
        line = stream.readline(limit + 1)


def read_jsonl_lines(lines: Iterable[bytes | int], name: str, stem: str, fields: JsonlFields, max_bytes: int) -> Iterator[Item]:
    """Parse byte lines (an int: the length of a line too long to read); I/O and decompression
    errors end the file with one Problem. Malformed lines past the first :data:`MAX_SHOWN` are
    counted in one summary Problem; :data:`MAX_BAD_IN_A_ROW` in a row end the file."""
    lineno, bad, good, row, hidden = 0, 0, 0, 0, 0
    it = iter(lines)
    while True:
        try:
            line = next(it, None)
        except (OSError, EOFError, zlib.error, Unreadable) as err:
            if isinstance(err, Unreadable):
                reason = str(err)
            elif isinstance(err, (EOFError, zlib.error, gzip.BadGzipFile)):
                reason = f"truncated or corrupt gzip data ({_short(err)})"
            else:
                reason = os_reason(err)
            yield Problem(name, lineno + 1, f"{reason}; stopped reading after line {lineno}")
            break
        if line is None:
            break
        lineno += 1
        item = parse_line(line, lineno, name, stem, fields, max_bytes)
        if item is None:
            continue
        if not isinstance(item, Problem):
            good, row = good + 1, 0
            yield item
            continue
        bad, row = bad + 1, row + 1
        if bad <= MAX_SHOWN:
            yield item
        else:
            hidden += 1
        if bad >= MAX_BAD_LINES and not good:
            yield Problem(name, None, f"{bad} malformed lines and no article: not JSON lines? stopped reading")
            break
        if row >= MAX_BAD_IN_A_ROW:
            yield Problem(name, None, f"{row:,} malformed lines in a row: stopped reading after line {lineno:,}")
            break
    if hidden:
        yield Problem(name, None, f"{hidden:,} more malformed lines not shown (the first {MAX_SHOWN} are above)", count=hidden)


def parse_line(line: bytes | int, lineno: int, name: str, stem: str, fields: JsonlFields, max_bytes: int) -> Item | None:
    """One article (``(lineno, Document, warnings)``), a Problem, or ``None`` for a blank line."""
    if isinstance(line, int) or len(line) > max_bytes:
        n = line if isinstance(line, int) else len(line)
        return Problem(name, lineno, f"line too large ({size_text(n)} > {size_text(max_bytes)} limit)")
    warnings: list[str] = []
    try:
        text = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError:
        try:
            text, warning = decode(line)
        except Unreadable as err:
            return Problem(name, lineno, str(err))
        warnings.append(warning or "not valid UTF-8; read with a detected legacy encoding")
    if not text.strip():
        return None
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as err:
        return Problem(name, lineno, f"malformed JSON ({_short(err)})")
    if not isinstance(obj, dict):
        return Problem(name, lineno, f"not a JSON object (a {type(obj).__name__})")
    body = obj.get(fields.text)
    if body is None:
        return Problem(name, lineno, f"no '{fields.text}' field")
    if not isinstance(body, str):
        return Problem(name, lineno, f"'{fields.text}' is not a string")
    body = clean_text(body)
    if not body.strip():
        return Problem(name, lineno, f"empty '{fields.text}'")
    doc = Document(
        id=norm_str(obj.get(fields.id)) or f"{stem}-{lineno}",
        text=body,
        path=f"{name}:{lineno}",
        title=norm_str(obj.get(fields.title)),
        date=norm_date(obj.get(fields.date)),
        url=norm_str(obj.get(fields.url)),
        publisher=norm_str(obj.get(fields.publisher)),
        authors=split_authors(obj.get(fields.authors)),
    )
    return lineno, doc, warnings


def _short(err: Exception) -> str:
    msg = str(err) if not isinstance(err, RecursionError) else "nested too deeply"
    return msg if len(msg) <= 120 else msg[:117] + "..."
