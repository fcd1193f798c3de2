"""Reading single values off an rdflib graph, stably (shared by the view's data readers)."""

from __future__ import annotations

from rdflib import Graph


def text_of(graph: Graph, subject, predicate) -> str:
    """The smallest string value of ``predicate`` on ``subject`` ('' if none), for stability."""
    values = sorted(str(v) for v in graph.objects(subject, predicate))
    return values[0] if values else ""


def as_int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
