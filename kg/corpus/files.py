"""Finding input files (folders walked recursively, in a fixed order) and reading their bytes safely."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from .base import Problem, Unreadable, size_text

# (name ending, kind); longest endings first so ".jsonl.gz" wins over ".gz".
SUFFIXES = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".markdown", "md"),
    (".md", "md"),
    (".txt", "txt"),
    (".xhtml", "html"),
    (".html", "html"),
    (".htm", "html"),
    (".pdf", "pdf"),
)
SUPPORTED = ", ".join(s for s, _ in SUFFIXES if s not in {".ndjson", ".ndjson.gz", ".markdown", ".xhtml"})


def kind_of(path: Path) -> str | None:
    """``txt``, ``md``, ``html``, ``pdf`` or ``jsonl`` for a supported file name, else ``None``."""
    name = path.name.lower()
    for suffix, kind in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return kind
    return None


def walk(root: Path) -> Iterator[Path | Problem]:
    """Supported files under ``root``, depth first, entries sorted by name; hidden entries skipped.

    Unreadable sub-folders become :class:`Problem` items; symbolic-link loops are not followed.
    """
    found = False
    for item in _walk(root, set()):
        found = found or isinstance(item, Path)
        yield item
    if not found:
        yield Problem(str(root), None, f"no supported files in this folder ({SUPPORTED})")


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | Problem]:
    try:
        real = os.path.realpath(folder)
        if real in seen:
            return
        seen.add(real)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        yield Problem(str(folder), None, f"folder not listed: {os_reason(err)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif kind_of(path):
            yield path
        else:
            yield Problem(str(path), None, "a type of file kg does not read", skipped=False, unsupported=True)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises :class:`Unreadable` otherwise."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable("not a regular file")
        check_size(st.st_size, max_bytes)
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as err:
        raise Unreadable(os_reason(err)) from None
    check_size(len(data), max_bytes)
    return data


def check_size(n: int, max_bytes: int) -> None:
    if n > max_bytes:
        raise Unreadable(f"too large ({size_text(n)} > {size_text(max_bytes)} limit)")


def check_regular(path: Path) -> None:
    """Raise :class:`Unreadable` unless ``path`` is an existing regular file."""
    try:
        st = os.stat(path)
    except OSError as err:
        raise Unreadable(os_reason(err)) from None
    if not stat.S_ISREG(st.st_mode):
        raise Unreadable("not a regular file")


def os_reason(err: OSError) -> str:
    """A short reason for an OS error (no path: the Problem already names the file)."""
    if isinstance(err, FileNotFoundError):
        return "file not found (deleted or moved while kg was running?)"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a folder, not a file"
    return (err.strerror or type(err).__name__).lower()
