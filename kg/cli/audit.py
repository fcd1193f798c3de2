"""``kg audit``: sample facts and quotes for readers, report precision from judged sheets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .base import DEFAULT_GRAPH, graph_option, main  # noqa: F401


@main.group()
def audit() -> None:
    """Measure precision: draw facts and quotes for readers to judge, then report on their verdicts."""


@audit.command("sample")
@graph_option
@click.option("--n", "n", type=click.IntRange(min=0), default=250, show_default=True, help="Facts to draw.")
@click.option("--quotes", type=click.IntRange(min=0), default=80, show_default=True, help="Quotes to draw.")
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed (same seed, same sheet).")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="The review sheet (CSV) to write.")
def audit_sample(graph, n, quotes, seed, out) -> None:
    """Write a review sheet of facts (stratified by property and rule) and quotes drawn from a graph."""
    from ..evaluate.audit_sample import run_sample

    sys.exit(run_sample(graph, n, quotes, seed, out))


@audit.command("report")
@click.argument("sheets", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--write-precision",
    "write_to",
    is_flag=False,
    flag_value="ontology/rule_precision.tsv",
    default=None,
    type=click.Path(path_type=Path),
    help="Also write each rule's measured precision (default file: ontology/rule_precision.tsv).",
)
@click.option("--markdown", is_flag=True, help="Also print the per-property table as Markdown (for the README).")
def audit_report(sheets, write_to, markdown) -> None:
    """Precision per property and per rule (95% Wilson intervals) and quote attribution from judged sheets."""
    from ..evaluate.audit_report import run_report

    sys.exit(run_report(list(sheets), write_to, as_markdown=markdown))


@audit.command("reference")
@click.argument("gold", type=click.Path(path_type=Path))
@graph_option
@click.option("--out", type=click.Path(path_type=Path), required=True, help="The judged sheet (CSV) to write.")
def audit_reference(gold, graph, out) -> None:
    """Write a sheet of the graph's facts judged by a reference file (one row per fact and rule)."""
    from ..evaluate.audit_reference import run_reference

    sys.exit(run_reference(gold, graph, out))
