"""Commands that read a built graph: ``kg validate``, ``kg evaluate``, ``kg export``, ``kg stats``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .base import DEFAULT_GRAPH, graph_option, main  # noqa: F401


@main.command()
@graph_option
@click.option("--shapes", type=click.Path(path_type=Path), default=None, help="SHACL shapes (default: ontology/shapes.ttl).")
def validate(graph, shapes) -> None:
    """Check a graph against kg's SHACL shapes."""
    from ..graph.validate import run_validate

    sys.exit(run_validate(graph, shapes))


@main.command()
@click.argument("gold", type=click.Path(path_type=Path))
@graph_option
@click.option("--json", "json_path", type=click.Path(path_type=Path), default=None, help="Also write the scores as JSON.")
def evaluate(gold, graph, json_path) -> None:
    """Score a built graph against a reference file (kg-gold/1 JSON)."""
    from ..evaluate import run_evaluate

    sys.exit(run_evaluate(gold, graph, json_path))


@main.command()
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["turtle", "ntriples", "trig", "jsonld", "graphml", "gexf"]),
    help="Output format.",
)
@graph_option
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Output file (default: standard output).")
def export(fmt, graph, out) -> None:
    """Export the graph as RDF (Turtle, N-Triples, TriG per article, JSON-LD) or as a network (GraphML, GEXF)."""
    from ..outputs.export import run_export

    sys.exit(run_export(graph, fmt, out))


@main.command()
@graph_option
@click.option("--top", type=int, default=10, show_default=True, help="How many entities and articles to list.")
def stats(graph, top) -> None:
    """Counts per class and property, most connected and central entities, components, busiest articles."""
    from ..outputs.stats import run_stats

    sys.exit(run_stats(graph, top=top))
