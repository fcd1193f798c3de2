"""``kg build``: parse the options, call :func:`kg.orchestrate.run.run_build`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .base import DEFAULT_GRAPH, graph_option, main  # noqa: F401


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
    from ..corpus import JsonlFields
    from ..orchestrate.run import run_build

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
