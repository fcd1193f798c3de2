"""The last step of a build before its outputs are written: make the graph publishable.

It conforms to the shapes (:mod:`kg.graph.conform`: retype or drop what breaks them), every fact
gets its ``kg:confidence`` (:mod:`kg.graph.confidence`), and with ``min_confidence`` the facts
below it are left out. What was done is kept for the build summary.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import Graph

from ..graph.confidence import assign, leave_out_below
from ..graph.conform import Conformance, conform


@dataclass
class Published:
    conformance: Conformance
    min_confidence: float | None = None
    left_out: Counter = field(default_factory=Counter)

    def summary_lines(self) -> list[str]:
        lines = [f"  shapes:   {self.conformance.summary()}"]
        if self.min_confidence:
            left = self.left_out
            detail = " (" + ", ".join(f"{p} {n}" for p, n in sorted(left.items())) + ")" if left else ""
            lines.append(f"  confidence: {sum(left.values())} facts below {self.min_confidence:g} left out{detail}")
        return lines


def publish(graph: Graph, entities: list, min_confidence: float | None = None) -> Published:
    """Conform ``graph`` (and ``entities``, the resolution's) to the shapes, give its facts their
    confidence and leave out those below ``min_confidence``."""
    conformance = conform(graph, entities)
    confidence = assign(graph)
    left_out = leave_out_below(graph, min_confidence, confidence) if min_confidence else Counter()
    return Published(conformance, min_confidence, left_out)
