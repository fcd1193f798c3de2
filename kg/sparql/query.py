"""``kg query``: ask a built graph a SPARQL question from the command line.

SELECT prints an aligned table (or CSV, TSV, SPARQL JSON); ASK prints ``true`` or ``false``;
CONSTRUCT and DESCRIBE print Turtle. Variables can be bound from the command line
(``--bind lawName="Trust Act"``), which is how the parameterized competency questions in
``ontology/queries/`` are asked about a particular entity.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from ..graph.store import TURTLE_PREFIXES, load_store, read_query, run
from . import results

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


def answer(
    store: ox.Store, query: str, fmt: str = "table", bindings: Mapping[str, object] | None = None, max_rows: int | None = None
) -> str:
    """The text of the answer to ``query`` on ``store``, in ``fmt`` (see :data:`OUTPUT_FORMATS`)."""
    form, result = run(store, query, bindings)
    if form == "ASK":
        return results.boolean_json(bool(result)) + "\n" if fmt == "json" else ("true\n" if result else "false\n")
    if form in ("CONSTRUCT", "DESCRIBE"):
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES).decode("utf-8")
    variables, rows, truncated = results.collect(result, max_rows)
    text = results.FORMATTERS[fmt](variables, rows)
    if fmt == "json":
        text += "\n"
    if truncated and fmt == "table":
        text += f"(stopped at {max_rows} rows)\n"
    return text


def run_query(
    query: str, graph: Path, fmt: str = "table", bindings: Mapping[str, object] | None = None, out: TextIO | None = None
) -> int:
    """Run ``query`` (SPARQL text or a ``.rq`` file) on the graph file; print the answer. Exit code."""
    text = read_query(query)
    store = load_store(graph)
    (out or sys.stdout).write(answer(store, text, fmt, bindings))
    return 0
