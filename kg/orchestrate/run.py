"""``kg build``: corpus -> documents -> spaCy Docs -> extractions -> entities -> graph -> outputs.

A failure in one article is reported (file and reason) and never loses the others. Extractions
are cached per article (:mod:`kg.orchestrate.cache`) and can run in worker processes (:mod:`kg.orchestrate.parallel`);
a build whose inputs, settings and code did not change keeps its outputs (:mod:`kg.orchestrate.manifest`).
Outputs are published all at once (:mod:`kg.orchestrate.generations`).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from ..core.records import Document, Extraction
from ..corpus import JsonlFields, Problem
from ..corpus.base import shown
from ..errors import InputError, KgError
from ..graph.diskstore import DiskStore
from ..graph.rdf import build_graph
from ..resolve.corpus import Aliases, Resolution, resolve
from ..resolve.metadata import with_metadata
from ..resolve.terms import with_terms
from ..resolve.unmatched import unmatched_aliases
from .cache import open_cache, pipeline_fingerprint
from .cluster import extractor_for
from .extract import BATCH, extract_documents
from .generations import OutLock, check_out
from .memory import release, shared_strings
from .publish import Published, publish
from .signals import stop_on_signals
from .sources import read_items
from .spill import Spilled, for_resolution
from .writeout import OUTPUTS, summary, unsupported_line
from .writeout import publish as publish_outputs

__all__ = ["OUTPUTS", "BuildResult", "build_corpus", "extract_documents", "run_build", "summary"]

CACHE_DIR = ".kg-cache"


@dataclass
class BuildResult:
    graph: Graph
    documents: Iterable[Document]  # read back from disk, in corpus order (``len`` is their number)
    extractions: Iterable[Extraction]  # read back from disk (:mod:`kg.orchestrate.spill`), in corpus order
    resolution: Resolution
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    cached: int = 0
    extracted: int = 0
    published: Published | None = None
    entity_classes: Counter | None = None  # entities per class, once the outputs let the entities go


def build_corpus(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    aliases: Path | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    progress: Callable[[int], None] | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    batch: int = BATCH,
    items: Iterable[Document | Problem] | None = None,
    fields: JsonlFields | None = None,
    dask: str | None = None,
    work=None,
    min_confidence: float | None = None,
) -> BuildResult:
    """Build the graph of the articles under ``paths`` (library entry point of ``kg build``).

    ``jobs``: extraction processes. ``cache_dir``: where per-article extractions are kept and
    reused (see :mod:`kg.orchestrate.cache`); ``None`` extracts every article. ``batch``: articles per
    ``nlp.pipe`` call and per job sent to a worker. ``items``: the corpus already read (by
    :func:`read_items`), instead of reading ``paths``. ``dask``: a Dask scheduler's address to extract
    on (:mod:`kg.orchestrate.cluster`). ``work``: replaces the extraction in the workers (tests). ``min_confidence``: see
    :mod:`kg.orchestrate.publish`.
    """
    t0 = time.perf_counter()
    problems: list[Problem] = []

    def report(p: Problem) -> None:
        problems.append(p)
        if on_problem:
            on_problem(p)

    overrides = Aliases.load(aliases)
    cache = open_cache(cache_dir, model)

    def documents() -> Iterator[Document]:
        for item in items if items is not None else read_items(paths, fields):
            if isinstance(item, Problem):
                report(item)
            else:
                yield item

    docs, extractions, entities = Spilled(), Spilled(), []  # documents and whole extractions on disk, entities here
    with extractor_for(model, jobs, dask, work) as extractor:
        for d, x in extract_documents(documents(), extractor, report, cache, batch):
            docs.append(d)
            x = with_terms(with_metadata(x, d), d)  # who held a national office on the article's date
            extractions.append(x)
            entities.append(shared_strings(for_resolution(x)))  # x itself is on disk already
            if progress:
                progress(len(docs))
    if cache is not None:
        cache.prune()
    for section, name in unmatched_aliases(aliases, entities) if aliases else ():
        report(Problem(str(aliases), None, f"{section} name {name!r} matches no name in the articles", skipped=False))
    res = resolve(entities, overrides)
    del entities
    release()
    graph = build_graph(docs, extractions, res, store=DiskStore())  # on disk: memory flat in the corpus size
    res.local_to_iri = {}  # read by the graph only (the outputs read the entities and the log)
    release()
    published = publish(graph, res.entities, min_confidence)  # conform to the shapes, confidence
    hits, seconds = (cache.hits if cache is not None else 0), time.perf_counter() - t0
    return BuildResult(graph, docs, extractions, res, problems, seconds, hits, len(docs) - hits, published)


def run_build(
    paths,
    *,
    out: Path,
    model: str | None,
    jobs: int = 1,
    cache: bool = True,
    aliases: Path | None = None,
    strict: bool = False,
    quiet: bool = False,
    cache_dir: Path | None = None,
    fields: JsonlFields | None = None,
    dask: str | None = None,
    min_confidence: float | None = None,
) -> int:
    """The ``kg build`` command: build, write the outputs, print a summary; returns the exit code.

    ``out`` is checked and locked before anything is read (:mod:`kg.orchestrate.generations`).
    The extraction cache lives in ``cache_dir`` (default ``<out>/.kg-cache``); ``cache=False``
    neither reads nor writes it, nor looks for an unchanged previous build. SIGTERM and Ctrl-C stop
    the build (exit 143 / 130) with the previous outputs intact."""
    for p in paths:
        if str(p) != "-" and not Path(p).exists():
            raise InputError(f"{shown(p)}: no such file or folder")
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1 (got {jobs})")
    if dask:
        extractor_for(model, 1, dask).close()  # a one-line message now if Dask is not installed
    out = Path(out)
    check_out(out)
    with OutLock(out), stop_on_signals() as stopped:
        try:
            return _build(paths, out, model, jobs, cache, aliases, strict, quiet, cache_dir, fields, dask, min_confidence)
        except KeyboardInterrupt:
            print(f"kg: build stopped ({stopped.name}); the previous outputs in {shown(out)} are kept", file=sys.stderr)
            return stopped.exit_code
        except OSError as err:
            raise KgError(
                f"--out {shown(out)}: could not write the outputs ({err.strerror or err}); the previous outputs are kept"
            ) from None


def _noting(items: Iterable[Document | Problem], problems: list[Problem]) -> Iterator[Document | Problem]:
    """``items``, each reading problem also appended to ``problems``."""
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
        yield item


def _build(paths, out, model, jobs, cache, aliases, strict, quiet, cache_dir, fields, dask, min_confidence) -> int:
    from . import manifest

    t0 = time.perf_counter()

    def on_problem(p: Problem) -> None:
        if not p.unsupported:  # files kg does not read are named together, in the summary
            print(f"kg: {p}", file=sys.stderr)

    def progress(n: int) -> None:
        if not quiet and n % 100 == 0:
            print(f"  ... {n} articles", file=sys.stderr)

    cache_root = (Path(cache_dir) if cache_dir is not None else out / CACHE_DIR) if cache else None
    items, stamp = None, None
    fingerprint = pipeline_fingerprint(model) if cache_root is not None else None
    wrote = f"{shown(out / 'graph.ttl')}, facts.csv, entities.csv, resolution.tsv and {shown(out / 'graph.html')}"
    if fingerprint:
        # files are read twice (the stamp, then the build), so their texts are never all held; stdin once
        items = None if all(str(p) != "-" for p in paths) else list(read_items(paths, fields))
        problems: list[Problem] = []
        stamp = manifest.stamp(
            _noting(items if items is not None else read_items(paths, fields), problems),
            fingerprint=f"{fingerprint} min-confidence {min_confidence}",
            aliases=aliases,
        )
        previous = manifest.up_to_date(out, stamp, OUTPUTS)
        if previous is not None:
            for p in problems:
                on_problem(p)
            if not quiet:
                print(previous["summary"])
                print(f"  nothing changed since that build: outputs kept ({time.perf_counter() - t0:.1f} s)")
            print(f"up to date: {wrote}")
            return 1 if strict and any(p.skipped for p in problems) else 0
    result = build_corpus(
        paths,
        model=model,
        aliases=aliases,
        on_problem=on_problem,
        progress=progress,
        jobs=jobs,
        cache_dir=cache_root,
        items=items,
        fields=fields,
        dask=dask,
        min_confidence=min_confidence,
    )
    del items
    result.extractions = []  # the graph holds what the outputs need (removes the spilled extractions)
    if not result.documents:
        print("kg: error: no article could be read from " + ", ".join(map(shown, paths)), file=sys.stderr)
        return 1
    text = publish_outputs(result, out, stamp, t0)
    if not quiet:
        print(text)
    elif any(p.unsupported for p in result.problems):
        print("kg: " + unsupported_line([p.path for p in result.problems if p.unsupported]), file=sys.stderr)
    print(f"wrote {wrote}")
    return 1 if strict and any(p.skipped for p in result.problems) else 0
