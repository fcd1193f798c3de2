"""The end of ``kg build``: its five outputs, published all at once, and its summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rdflib.namespace import RDF

from ..core.namespaces import KG

OUTPUTS = ("graph.ttl", "facts.csv", "entities.csv", "resolution.tsv", "graph.html")


def write_outputs(result, out: Path) -> None:
    """graph.ttl, facts.csv, entities.csv, resolution.tsv and graph.html, each replaced atomically."""
    from ..outputs.write import write_entities_csv, write_facts_csv, write_html, write_resolution_log, write_turtle

    write_turtle(result.graph, out / "graph.ttl")
    write_facts_csv(result.graph, out / "facts.csv")
    write_entities_csv(result.resolution, out / "entities.csv")
    write_resolution_log(result.resolution, out / "resolution.tsv")
    write_html(result.graph, out / "graph.html")


def publish(result, out: Path, stamp: str | None, started: float) -> str:
    """Write the outputs into a new generation of ``out``, then switch to it in one step
    (:mod:`kg.orchestrate.generations`); returns the build's summary. Call with ``out`` locked.
    Whatever stops this function (an error, a signal, a kill), ``out`` shows the previous set."""
    import shutil
    import time

    from . import manifest
    from .generations import new_generation, remove_old, switch

    remove_old(out)  # generations of killed builds
    gen = new_generation(out)
    try:
        write_outputs(result, gen)
        result.seconds = time.perf_counter() - started
        text = summary(result)
        if stamp is not None:
            manifest.record(gen, stamp, OUTPUTS, text)
        switch(out, gen, (*OUTPUTS, manifest.NAME))
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        raise
    remove_old(out)
    return text


def summary(result) -> str:
    """Articles, entities per class, facts per property, quotes, problems, seconds, cache use."""
    g = result.graph
    classes = Counter(e.cls for e in result.resolution.entities)
    props = Counter(str(p).rsplit("#", 1)[-1] for p in g.objects(None, RDF.predicate))
    quotes = len(set(g.subjects(RDF.type, KG.Quote)))
    skipped = sum(p.count for p in result.problems if p.skipped)
    warned = sum(1 for p in result.problems if not p.skipped)
    lines = [
        f"{len(result.documents)} articles, {len(result.resolution.entities)} entities, "
        f"{sum(props.values())} facts, {quotes} quotes, {skipped} inputs skipped, "
        f"{warned} warnings, {result.seconds:.1f} s"
    ]
    lines.append("  entities: " + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())))
    lines.append("  facts:    " + ", ".join(f"{p} {n}" for p, n in sorted(props.items())))
    lines.append(f"  extraction: {result.extracted} articles extracted, {result.cached} from the cache")
    return "\n".join(lines)
