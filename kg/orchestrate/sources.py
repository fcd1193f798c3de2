"""The corpus as a build sees it: articles and problems, with source paths safe to publish.

A source path goes into graph.ttl (``kg:sourcePath``), graph.html and the build summary, which
users share, so it never holds an absolute path of the user's machine: it is the path inside the
input given on the command line, prefixed by that input's name (``corpus/2019/a.txt`` for
``kg build /home/me/leaks/corpus``), or the path as typed when it was typed relative
(``seeds/a.txt``, ``../shared/news.jsonl.gz:12``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..core.records import Document
from ..corpus import JsonlFields, Problem, iter_documents

_LINE = re.compile(r":\d+$")


def read_items(paths: Iterable[str | Path], fields: JsonlFields | None = None) -> Iterator[Document | Problem]:
    """The articles (with their display paths) and reading problems of ``paths``, streamed.
    ``fields``: the JSONL field names (default ``id``, ``text``, ``title``, ...)."""
    paths = list(paths)
    roots = [Path(p) for p in paths if str(p) != "-"]
    for item in iter_documents(paths, fields=fields):
        if isinstance(item, Document):
            item.path = display_path(item.path, roots)
        elif item.unsupported:
            item = dataclasses.replace(item, path=display_path(item.path, roots))
        yield item


def display_path(path: str, roots: Iterable[Path] = ()) -> str:
    """``path`` (a file under one of ``roots``, the inputs as given, optionally with ``:line``) as
    users see it and may publish it: never absolute (see the module's description)."""
    if not path or path == "-" or path.startswith("<"):
        return path
    m = _LINE.search(path)
    line = m.group(0) if m and not Path(path).exists() else ""
    file = Path(path[: len(path) - len(line)])
    for root in roots:
        inside = _inside(file, root)
        if inside is None:
            continue
        if root.is_absolute():
            return (Path(root.name) / inside).as_posix() + line if inside.parts else file.name + line
        return _relative(file) + line
    return (_relative(file) if not file.is_absolute() else file.name) + line


def _inside(file: Path, root: Path) -> Path | None:
    if file == root:
        return Path()
    try:
        return file.relative_to(root)
    except ValueError:
        return None


def _relative(file: Path) -> str:
    """A relative path: relative to the working folder when inside it (``./seeds/a.txt`` is
    ``seeds/a.txt``), else as typed."""
    try:
        return file.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return file.as_posix()
