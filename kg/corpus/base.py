"""Small shared pieces of the corpus reader: problems, settings and text clean-up."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

DEFAULT_MAX_BYTES = 10_000_000
"""Largest single-article file (.txt, .md, .html) or JSONL line read, in bytes."""

PDF_BYTES_FACTOR = 10
"""A PDF may be this many times ``max_bytes``: its bytes are mostly images and fonts (a scanned
exhibit or a court opinion with seals easily passes 10 MB), and the text it yields is bounded by
``max_chars`` like any other article's."""

DEFAULT_MAX_CHARS = 1_000_000
"""Longest article text accepted, in characters (spaCy's default ``nlp.max_length``)."""


@dataclass(frozen=True)
class Problem:
    """An input that could not be read (or, with ``skipped=False``, was read with a caveat).

    ``str(problem)`` is the one line shown to users: ``path[:line]: reason``. ``unsupported``: a
    file of a type kg does not read, found in a folder (named in the build summary, not skipped).
    """

    path: str
    line: int | None
    reason: str
    skipped: bool = True
    unsupported: bool = False
    count: int = 1
    """How many inputs this line stands for (a summary of malformed lines not shown one by one)."""

    def __str__(self) -> str:
        where = shown(self.path) if self.line is None else f"{shown(self.path)}:{self.line}"
        return f"{where}: {shown(self.reason)}"


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(name: str | bytes | os.PathLike) -> str:
    """A file name (or any text) safe to print on one line and to store as UTF-8.

    Bytes that are not UTF-8 (a file name such as ``b"bad\\xffname.txt"``, which Python holds as
    lone surrogates) become ``\\xff`` (``backslashreplace``), and control characters (newlines,
    escapes, NUL) are escaped (``\\n``, ``\\x1b``), so a hostile name can neither stop a build
    nor split or forge a report line. Ordinary names are returned unchanged.
    """
    if not isinstance(name, str):
        name = os.fsdecode(name)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            data = os.fsencode(name)
        except UnicodeEncodeError:
            data = name.encode("utf-8", "surrogatepass")
        name = data.decode("utf-8", "backslashreplace")
    if _CONTROLS.search(name):
        name = _CONTROLS.sub(lambda m: ascii(m.group())[1:-1], name)
    return name


@dataclass(frozen=True)
class JsonlFields:
    """The JSONL field names to read each article attribute from."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    publisher: str = "source"
    authors: str = "authors"

    @classmethod
    def parse(cls, pairs: Iterable[str]) -> JsonlFields:
        """From ``ATTR=NAME`` strings (``text=body``, ``id=uuid``); ``source`` may name ``publisher``."""
        from dataclasses import fields, replace

        known = {f.name for f in fields(cls)}
        changes: dict[str, str] = {}
        for pair in pairs:
            attr, sep, name = pair.partition("=")
            attr = {"source": "publisher"}.get(attr.strip(), attr.strip())
            if not sep or not name.strip() or attr not in known:
                raise ValueError(
                    f"--field {pair!r}: expected ATTR=NAME with ATTR one of "
                    f"{', '.join(sorted(known - {'publisher'} | {'source'}))}"
                )
            changes[attr] = name.strip()
        return replace(cls(), **changes)


class Unreadable(Exception):
    """Raised inside the reader for one input; becomes a :class:`Problem` with this message."""


_NEWLINES = re.compile(r"\r\n?")
_BAD_CHARS = re.compile(r"[\x00\ufeff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")  # lone ones, e.g. from JSON "\ud800" escapes
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def clean_text(text: str) -> str:
    """The reference text of an article: NFC, ``\\n`` newlines, no BOM, NUL or lone surrogates.

    Every offset kg stores points into this string (``Document.text``), so any clean-up happens
    here, once, before extraction.
    """
    text = _SURROGATES.sub("\ufffd", _BAD_CHARS.sub("", text))
    text = _NEWLINES.sub("\n", text)
    return unicodedata.normalize("NFC", text)


# No news article is older than printed newspapers; earlier years are placeholders of a
# publishing system (civic-news has one article dated 0001-11-30), which would stretch every
# time axis (the view's date slider, "as of" answers) over two thousand years.
EARLIEST_YEAR = 1600


def norm_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or date-time string, else ``None`` (never a bad literal,
    never a placeholder year before :data:`EARLIEST_YEAR`)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat() if value.year >= EARLIEST_YEAR else None
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return norm_date(date.fromisoformat(m.group(1)))
    except ValueError:
        return None


def norm_str(value: object) -> str | None:
    """A stripped one-line string, or ``None`` for empty / non-scalar values."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = " ".join(_SURROGATES.sub("\ufffd", value).split())
    return value or None


def split_authors(value: object) -> list[str]:
    """Author names from ``"A, B; C"`` or ``["A", "B"]``; leading "By " dropped, order kept, no repeats."""
    if isinstance(value, str):
        items: list[object] = re.split(r"[,;]", value)
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        return []
    out: list[str] = []
    for item in items:
        name = norm_str(item)
        if name and name.lower().startswith("by "):
            name = name[3:].strip()
        if name and name not in out:
            out.append(name)
    return out


def first_line_title(text: str, max_len: int = 200) -> str | None:
    """The first non-empty line of ``text`` if it is short enough to be a headline."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) < max_len else None
    return None


def size_text(n: int) -> str:
    """``52 MB`` / ``10 MB`` style sizes for messages."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.0f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} kB"
    return f"{n} bytes"
