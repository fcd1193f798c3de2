"""The ``kg`` command group, its error handling and the options several commands share."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import KgError

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
