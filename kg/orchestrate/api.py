"""``kg.build``: the Python API for notebooks. Builds the graph in memory and writes no file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from ..core.records import Document
from ..corpus import JsonlFields, Problem
from ..outputs.tables import entity_rows, evidence_rows, fact_rows, quote_rows
from .run import build_corpus

TABLES = ("entities", "facts", "evidence", "quotes")


@dataclass
class Build:
    """What ``kg.build`` returns: the graph and its tables (lists of dicts).

    ``graph``: the rdflib Graph (what graph.ttl holds). ``entities``: one row per entity (as
    entities.csv). ``facts``: one row per fact, a distinct (subject, property, object), with the
    articles stating it and its number of pieces of evidence. ``evidence``: one row per fact and
    sentence stating it (as facts.csv, with offsets). ``quotes``: one row per quote.
    ``problems``: inputs skipped or read with a warning. ``documents``: the articles read.
    """

    graph: Graph
    entities: list[dict]
    facts: list[dict]
    evidence: list[dict]
    quotes: list[dict]
    problems: list[Problem] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def frames(self) -> dict:
        """The four tables as pandas DataFrames (pandas is not a dependency of kg: install it to use this)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("Build.frames() needs pandas: pip install pandas (the tables are lists of dicts)") from None
        return {name: pd.DataFrame(getattr(self, name)) for name in TABLES}

    def __repr__(self) -> str:
        return (
            f"<kg.Build: {len(self.documents)} articles, {len(self.entities)} entities, {len(self.facts)} facts "
            f"({len(self.evidence)} pieces of evidence), {len(self.quotes)} quotes, {len(self.problems)} problems>"
        )


def build(
    paths: str | Path | Iterable[str | Path],
    model: str | None = None,
    aliases: str | Path | None = None,
    *,
    jobs: int = 1,
    fields: Mapping[str, str] | None = None,
    cache_dir: str | Path | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> Build:
    """See :func:`kg.build`."""
    from .sources import read_items

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    names = JsonlFields.parse(f"{k}={v}" for k, v in (fields or {}).items())
    result = build_corpus(
        paths,
        model=model,
        aliases=Path(aliases) if aliases is not None else None,
        on_problem=on_problem,
        jobs=jobs,
        cache_dir=Path(cache_dir) if cache_dir is not None else None,
        items=read_items(paths, names),
    )
    evidence = evidence_rows(result.graph)
    return Build(
        graph=result.graph,
        entities=entity_rows(result.resolution),
        facts=fact_rows(evidence),
        evidence=evidence,
        quotes=quote_rows(result.graph),
        problems=result.problems,
        documents=list(result.documents),
    )
