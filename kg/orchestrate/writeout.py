"""The end of ``kg build``: its five outputs, published all at once, and its summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rdflib.namespace import RDF

from ..core.namespaces import KG
from .memory import release

OUTPUTS = ("graph.ttl", "facts.csv", "entities.csv", "resolution.tsv", "graph.html")


def write_outputs(result, out: Path) -> None:
    """graph.ttl, facts.csv, entities.csv, resolution.tsv and graph.html, each replaced atomically."""
    from ..outputs.write import write_entities_csv, write_facts_csv, write_html, write_resolution_log, write_turtle

    write_entities_csv(result.resolution, out / "entities.csv")
    write_resolution_log(result.resolution, out / "resolution.tsv")
    result.entity_classes = entity_classes(result)  # what the summary reads of the entities
    result.resolution.entities, result.resolution.log = [], []  # read by these two tables only: their room is
    release()  # the graph's outputs' (the view is the build's peak)
    write_turtle(result.graph, out / "graph.ttl")
    write_facts_csv(result.graph, out / "facts.csv")
    write_html(result.graph, out / "graph.html")


def entity_classes(result) -> Counter:
    """Entities per class (kept by :func:`write_outputs` when it lets the entities go)."""
    kept = getattr(result, "entity_classes", None)
    return kept if kept is not None else Counter(e.cls for e in result.resolution.entities)


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


def fact_counts(graph) -> tuple[Counter, int]:
    """Facts per property and the number of pieces of evidence. A fact is a distinct (subject,
    property, object) triple the graph asserts; each kg:Assertion is one piece of evidence for
    one fact (the fact as one sentence of one article states it: a row of facts.csv)."""
    facts, evidence = set(), 0
    for a in graph.subjects(RDF.type, KG.Assertion):
        evidence += 1
        facts.add((graph.value(a, RDF.subject), graph.value(a, RDF.predicate), graph.value(a, RDF.object)))
    return Counter(str(p).rsplit("#", 1)[-1] for _, p, _ in facts), evidence


def summary(result) -> str:
    """Articles, entities per class, facts per property, quotes, problems, seconds, cache use."""
    g = result.graph
    classes = entity_classes(result)
    props, evidence = fact_counts(g)
    quotes = len(set(g.subjects(RDF.type, KG.Quote)))
    unsupported = [p.path for p in result.problems if p.unsupported]
    skipped = sum(p.count for p in result.problems if p.skipped)
    warned = sum(1 for p in result.problems if not p.skipped and not p.unsupported)
    lines = [
        f"{len(result.documents)} articles, {sum(classes.values())} entities, "
        f"{sum(props.values())} facts ({evidence} pieces of evidence), {quotes} quotes, {skipped} inputs skipped, "
        f"{warned} warnings, {result.seconds:.1f} s"
    ]
    lines.append("  entities: " + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())))
    lines.append("  facts:    " + ", ".join(f"{p} {n}" for p, n in sorted(props.items())))
    if getattr(result, "published", None) is not None:
        lines += result.published.summary_lines()
    lines.append(f"  extraction: {result.extracted} articles extracted, {result.cached} from the cache")
    if unsupported:
        lines.append("  " + unsupported_line(unsupported))
    return "\n".join(lines)


def unsupported_line(names: list[str], shown: int = 10) -> str:
    """``2 files of types kg does not read: a.docx, b.xlsx`` (the first ``shown`` names)."""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    files = "1 file of a type" if len(names) == 1 else f"{len(names)} files of types"
    return f"{files} kg does not read: {', '.join(names[:shown])}{more}"
