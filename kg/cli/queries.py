"""Commands that answer or send SPARQL: ``kg query``, ``kg serve``, ``kg push``."""

from __future__ import annotations

import sys

import click

from .base import DEFAULT_GRAPH, graph_option, main  # noqa: F401


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
    from ..sparql.push import run_push

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
    from ..graph.store import parse_bindings
    from ..sparql.query import run_query

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
    from ..sparql.serve import Limits, run_serve

    limits = Limits(timeout, max_rows, max_bytes, workers, worker_memory, tuple(allow_hosts), tuple(cors))
    sys.exit(run_serve(graph, host=host, port=port, limits=limits))
