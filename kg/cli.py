"""The ``kg`` command line. Thin: each command parses its arguments and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KgError

DEFAULT_GRAPH = Path("out/graph.ttl")
graph_option = click.option(
    "--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True,
    help="The Turtle graph to read (written by `kg build`).",
)


class KgGroup(click.Group):
    """Turns :class:`KgError` into a one-line message and exit code 2 instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as err:
            click.echo(f"kg: error: {err}", err=True)
            sys.exit(err.exit_code)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Knowledge graphs of officials, agencies, laws and court rulings from civic and legal news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True, help="Output folder.")
@click.option("--model", default=None, help="spaCy pipeline to use (default: the packaged en_core_web_sm).")
@click.option("--jobs", type=int, default=1, show_default=True, help="Extraction processes.")
@click.option("--cache/--no-cache", default=True, show_default=True, help="Reuse extractions of unchanged articles.")
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help="Aliases file of merges and splits to apply.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input could not be read.")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the output path.")
def build(paths, out, model, jobs, cache, aliases, strict, quiet) -> None:
    """Build the graph of the articles in PATHS (folders, files, or - for stdin; default: seeds/)."""
    from .build import run_build

    sys.exit(run_build(paths or (Path("seeds"),), out=out, model=model, jobs=jobs, cache=cache,
                       aliases=aliases, strict=strict, quiet=quiet))


@main.command()
@graph_option
@click.option("--shapes", type=click.Path(path_type=Path), default=None, help="SHACL shapes (default: ontology/shapes.ttl).")
def validate(graph, shapes) -> None:
    """Check a graph against kg's SHACL shapes."""
    from .validate import run_validate

    sys.exit(run_validate(graph, shapes))


@main.command()
@click.argument("gold", type=click.Path(path_type=Path))
@graph_option
@click.option("--json", "json_path", type=click.Path(path_type=Path), default=None, help="Also write the scores as JSON.")
def evaluate(gold, graph, json_path) -> None:
    """Score a built graph against a reference file (kg-gold/1 JSON)."""
    from .evaluate import run_evaluate

    sys.exit(run_evaluate(gold, graph, json_path))


@main.command()
@click.option("--endpoint", required=True, help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store.")
@graph_option
def push(endpoint, graph) -> None:
    """Send the graph to a SPARQL 1.1 store: one named graph per article plus one for the ontology."""
    from .push import run_push

    sys.exit(run_push(graph, endpoint))
