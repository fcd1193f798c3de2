"""No-change rebuilds: the record of the last build in an output folder (``<out>/.kg-build.json``).

A build's *stamp* is a hash of everything its outputs depend on: every article read (id, source
path, metadata and a hash of its text, in order), every reading problem, the aliases file, the
extraction pipeline's fingerprint (:func:`kg.orchestrate.cache.pipeline_fingerprint`: model, spaCy, lexicon,
extraction code) and the source of all of kg and of ``ontology/``. After writing its outputs a
build records its stamp, the SHA-256 of each output and its summary. When the next build has the
same stamp and every output is still byte for byte what was recorded, there is nothing to do: the
outputs are kept and the recorded summary is shown.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from ..core.records import Document
from ..corpus import Problem
from ..outputs.atomic import atomic_write
from .codehash import PACKAGE

NAME = ".kg-build.json"
FORMAT = 1


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def code_hash() -> str:
    """A hash of every file of the kg package and of ``ontology/`` (names and bytes)."""
    h = hashlib.sha256()
    roots = [PACKAGE, PACKAGE.parent / "ontology"]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(f"{root.name}/{path.relative_to(root).as_posix()}".encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def stamp(items: Iterable[Document | Problem], *, fingerprint: str, aliases: Path | None) -> str:
    """The stamp of a build of ``items`` (documents and reading problems, in order)."""
    h = hashlib.sha256()

    def add(*parts) -> None:
        h.update(json.dumps(parts, ensure_ascii=False, default=str).encode("utf-8") + b"\n")

    add("kg-build", FORMAT, code_hash(), fingerprint)
    add("aliases", hashlib.sha256(Path(aliases).read_bytes()).hexdigest() if aliases else None)
    for it in items:
        if isinstance(it, Problem):
            add("problem", str(it), it.skipped)
        else:
            add(
                "doc",
                it.id,
                it.path,
                it.title,
                it.date,
                it.url,
                it.publisher,
                it.authors,
                hashlib.sha256(it.text.encode("utf-8", "surrogatepass")).hexdigest(),
            )
    return h.hexdigest()


def up_to_date(out: Path, build_stamp: str, outputs: Iterable[str]) -> dict | None:
    """The record of the last build in ``out`` if it had this stamp and its outputs are untouched."""
    try:
        record = json.loads((Path(out) / NAME).read_text(encoding="utf-8"))
        if record.get("format") != FORMAT or record.get("stamp") != build_stamp:
            return None
        hashes = record["outputs"]
        for name in outputs:
            if hashes.get(name) != _file_hash(Path(out) / name):
                return None
        return record
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def record(out: Path, build_stamp: str, outputs: Iterable[str], summary: str) -> None:
    """Remember this build (after its outputs are all written)."""
    data = {
        "format": FORMAT,
        "stamp": build_stamp,
        "summary": summary,
        "outputs": {name: _file_hash(Path(out) / name) for name in outputs},
    }
    with atomic_write(Path(out) / NAME) as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
