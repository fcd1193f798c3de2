"""``kg build``: corpus -> documents -> spaCy Docs -> extractions -> entities -> graph -> outputs.

A failure in one article is reported (file and reason) and never loses the others. Outputs are
replaced atomically.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Graph
from rdflib.namespace import RDF

from .corpus import Problem, iter_documents
from .errors import InputError
from .extract import extract
from .graph import build_graph
from .model import Document, Extraction
from .namespaces import KG
from .resolve import Aliases, Resolution, resolve

BATCH = 64


@dataclass
class BuildResult:
    graph: Graph
    documents: list[Document]
    extractions: list[Extraction]
    resolution: Resolution
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0


def extract_documents(docs: Iterable[Document], nlp, on_problem: Callable[[Problem], None]) -> Iterator[tuple[Document, Extraction]]:
    """Run the pipeline over ``docs`` in batches, in a memory zone so the string store stays bounded."""
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= BATCH:
            yield from _extract_batch(batch, nlp, on_problem)
            batch = []
    if batch:
        yield from _extract_batch(batch, nlp, on_problem)


def _extract_batch(batch, nlp, on_problem):
    with nlp.memory_zone():
        try:
            docs = list(nlp.pipe(d.text for d in batch))
        except Exception:  # one bad article must not sink the batch: retry one by one
            docs = None
        for i, d in enumerate(batch):
            try:
                sdoc = docs[i] if docs is not None else nlp(d.text)
                yield d, extract(sdoc, d.id)
            except Exception as err:  # noqa: BLE001 - reported per article, build goes on
                on_problem(Problem(d.path or d.id, None, f"extraction failed: {type(err).__name__}: {err}"))


def build_corpus(paths: Iterable[str | Path], *, model: str | None = None, aliases: Path | None = None,
                 on_problem: Callable[[Problem], None] | None = None,
                 progress: Callable[[int], None] | None = None) -> BuildResult:
    """Build the graph of the articles under ``paths`` (library entry point of ``kg build``)."""
    from .pipeline import cached_nlp

    t0 = time.perf_counter()
    problems: list[Problem] = []

    def report(p: Problem) -> None:
        problems.append(p)
        if on_problem:
            on_problem(p)

    overrides = Aliases.load(aliases)
    nlp = cached_nlp(model)

    def documents() -> Iterator[Document]:
        for item in iter_documents(list(paths)):
            if isinstance(item, Problem):
                report(item)
            else:
                item.path = display_path(item.path)
                yield item

    docs, extractions = [], []
    for d, x in extract_documents(documents(), nlp, report):
        docs.append(d)
        extractions.append(x)
        if progress:
            progress(len(docs))
    res = resolve(extractions, overrides)
    graph = build_graph(docs, extractions, res)
    return BuildResult(graph, docs, extractions, res, problems, time.perf_counter() - t0)


def display_path(path: str) -> str:
    """A source path as users see it: relative to the working folder when inside it, so the graph
    does not depend on where the checkout lives."""
    if not path or path == "-":
        return path
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path


def summary(result: BuildResult) -> str:
    g = result.graph
    classes = Counter(e.cls for e in result.resolution.entities)
    props = Counter(str(p).rsplit("#", 1)[-1] for p in g.objects(None, RDF.predicate))
    quotes = len(set(g.subjects(RDF.type, KG.Quote)))
    lines = [f"{len(result.documents)} articles, {len(result.resolution.entities)} entities, "
             f"{sum(props.values())} facts, {quotes} quotes, {len(result.problems)} problems, "
             f"{result.seconds:.1f} s"]
    lines.append("  entities: " + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())))
    lines.append("  facts:    " + ", ".join(f"{p} {n}" for p, n in sorted(props.items())))
    return "\n".join(lines)


def run_build(paths, *, out: Path, model: str | None, jobs: int = 1, cache: bool = True,
              aliases: Path | None = None, strict: bool = False, quiet: bool = False) -> int:
    """The ``kg build`` command: build, write the outputs, print a summary; returns the exit code."""
    from .outputs import write_entities_csv, write_facts_csv, write_html, write_resolution_log, write_turtle

    for p in paths:
        if str(p) != "-" and not Path(p).exists():
            raise InputError(f"{p}: no such file or folder")

    def on_problem(p: Problem) -> None:
        print(f"kg: {p}", file=sys.stderr)

    def progress(n: int) -> None:
        if not quiet and n % 100 == 0:
            print(f"  ... {n} articles", file=sys.stderr)

    result = build_corpus(paths, model=model, aliases=aliases, on_problem=on_problem, progress=progress)
    if not result.documents:
        print("kg: error: no article could be read from " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    out = Path(out)
    write_turtle(result.graph, out / "graph.ttl")
    write_facts_csv(result.graph, out / "facts.csv")
    write_entities_csv(result.resolution, out / "entities.csv")
    write_resolution_log(result.resolution, out / "resolution.tsv")
    write_html(result.graph, out / "graph.html")
    if not quiet:
        print(summary(result))
    print(f"wrote {out / 'graph.ttl'}, facts.csv, entities.csv, resolution.tsv and {out / 'graph.html'}")
    return 1 if strict and result.problems else 0
