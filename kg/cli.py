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
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=None,
    help="Leave out facts whose kg:confidence is below this (0-1; see the README).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the output path.")
def build(paths, out, model, jobs, cache, cache_dir, dask, aliases, strict, fields, min_confidence, quiet) -> None:
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
            min_confidence=min_confidence,
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
    help="Bind any variable of the query, e.g. --bind lawName='Trust Act' (<iri>, kgid:x or a string). Repeatable.",
)
@click.option(
    "--max-width",
    type=int,
    default=80,
    show_default=True,
    help="Table cells longer than this are cut with an ellipsis; 0 shows every cell whole.",
)
def query(query, graph, fmt, binds, max_width) -> None:
    """Run a SPARQL query (text or a .rq file) on the graph; kg's prefixes are predeclared.

    The table prints IRIs as prefixed names where SPARQL allows (kg:Law) and whole otherwise
    (<https://...>), so any IRI it prints can be pasted back into a query.
    """
    from .graph.store import parse_bindings
    from .sparql.query import run_query

    sys.exit(run_query(query, graph, fmt, parse_bindings(binds), max_width=max_width))


@main.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (::1 for IPv6 loopback).")
@click.option("--port", type=int, default=7878, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", type=int, default=10000, show_default=True, help="Most result rows returned per query.")
@click.option(
    "--max-bytes",
    type=int,
    default=20_000_000,
    show_default=True,
    help="Most bytes per answer (cut answers say so in X-Kg-Truncated).",
)
@click.option("--workers", type=int, default=2, show_default=True, help="Query worker processes.")
@click.option(
    "--worker-memory",
    type=int,
    default=2048,
    show_default=True,
    metavar="MIB",
    help="Memory limit of each query worker (0: none).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests whose Host header is NAME. Repeatable.",
)
@click.option("--cors", multiple=True, metavar="ORIGIN", help="Allow cross-origin requests from ORIGIN (or *). Repeatable.")
def serve(graph, host, port, timeout, max_rows, max_bytes, workers, worker_memory, allow_hosts, cors) -> None:
    """Serve the graph: SPARQL 1.1 endpoint at /sparql (read-only; a query page in a browser), network view at /, Turtle at /graph.ttl."""
    from .sparql.serve import Limits, run_serve

    limits = Limits(timeout, max_rows, max_bytes, workers, worker_memory, tuple(allow_hosts), tuple(cors))
    sys.exit(run_serve(graph, host=host, port=port, limits=limits))


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
    from .evaluate.audit_sample import run_sample

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
    from .evaluate.audit_report import run_report

    sys.exit(run_report(list(sheets), write_to, as_markdown=markdown))


@audit.command("reference")
@click.argument("gold", type=click.Path(path_type=Path))
@graph_option
@click.option("--out", type=click.Path(path_type=Path), required=True, help="The judged sheet (CSV) to write.")
def audit_reference(gold, graph, out) -> None:
    """Write a sheet of the graph's facts judged by a reference file (one row per fact and rule)."""
    from .evaluate.audit_reference import run_reference

    sys.exit(run_reference(gold, graph, out))
