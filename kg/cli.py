"""The ``kg`` command line. Thin: each command parses its arguments and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KgError

DEFAULT_GRAPH = Path("out/graph.ttl")
graph_option = click.option(
    "--graph",
    "graph",
    type=click.Path(path_type=Path),
    default=DEFAULT_GRAPH,
    show_default=True,
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
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Extraction cache folder, shareable by several builds (default: OUT/.kg-cache).",
)
@click.option("--dask", default=None, metavar="ADDRESS", help="Extract on a Dask cluster, e.g. tcp://host:8786 (needs kg[dask]).")
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help="Aliases file of merges and splits to apply.")
@click.option(
    "--strict",
    is_flag=True,
    help="Exit non-zero if any input was skipped (warnings about inputs read with a caveat do not count).",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="ATTR=NAME",
    help="JSONL field to read an article attribute from (id, text, title, date, url, source, authors), "
    "e.g. --field text=body. Repeatable.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the output path.")
def build(paths, out, model, jobs, cache, cache_dir, dask, aliases, strict, fields, quiet) -> None:
    """Build the graph of the articles in PATHS (folders, files, or - for stdin; default: seeds/)."""
    from .corpus import JsonlFields
    from .orchestrate.run import run_build

    try:
        names = JsonlFields.parse(fields)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--field") from None
    sys.exit(
        run_build(
            paths or (Path("seeds"),),
            out=out,
            model=model,
            jobs=jobs,
            cache=cache,
            aliases=aliases,
            strict=strict,
            quiet=quiet,
            fields=names,
            cache_dir=cache_dir,
            dask=dask,
        )
    )


@main.command()
@graph_option
@click.option("--shapes", type=click.Path(path_type=Path), default=None, help="SHACL shapes (default: ontology/shapes.ttl).")
def validate(graph, shapes) -> None:
    """Check a graph against kg's SHACL shapes."""
    from .graph.validate import run_validate

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
@click.option(
    "--replace",
    is_flag=True,
    help="Clear the store's whole dataset (every graph, kg's or not) and send everything (default: only what changed).",
)
@click.option("--timeout", type=float, default=600.0, show_default=True, help="Seconds the whole push may take.")
def push(endpoint, graph, replace, timeout) -> None:
    """Send the graph to a SPARQL 1.1 store: entities, facts and ontology in the default graph, each
    article's evidence in a named graph; only what changed since the last push to that endpoint."""
    from .sparql.push import run_push

    sys.exit(run_push(graph, endpoint, timeout=timeout, replace=replace))


@main.command()
@click.argument("query")
@graph_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output of SELECT queries (ASK prints true/false, CONSTRUCT/DESCRIBE print Turtle).",
)
@click.option(
    "--bind",
    "binds",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query variable, e.g. --bind lawName='Trust Act' (<iri>, kgid:x or a string).",
)
def query(query, graph, fmt, binds) -> None:
    """Run a SPARQL query (text or a .rq file) on the graph; kg's prefixes are predeclared."""
    from .graph.store import parse_bindings
    from .sparql.query import run_query

    sys.exit(run_query(query, graph, fmt, parse_bindings(binds)))


@main.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", type=int, default=10000, show_default=True, help="Most result rows returned per query.")
@click.option("--workers", type=int, default=2, show_default=True, help="Query worker processes.")
def serve(graph, host, port, timeout, max_rows, workers) -> None:
    """Serve the graph: SPARQL 1.1 endpoint at /sparql (read-only), network view at /, Turtle at /graph.ttl."""
    from .sparql.serve import run_serve

    sys.exit(run_serve(graph, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers))


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
    from .outputs.export import run_export

    sys.exit(run_export(graph, fmt, out))


@main.command()
@graph_option
@click.option("--top", type=int, default=10, show_default=True, help="How many entities and articles to list.")
def stats(graph, top) -> None:
    """Counts per class and property, most connected and central entities, components, busiest articles."""
    from .outputs.stats import run_stats

    sys.exit(run_stats(graph, top=top))
