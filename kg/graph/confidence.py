"""``kg:confidence``: how likely each fact is right, from the measured precision of its rules.

``ontology/rule_precision.tsv`` (written by ``kg audit report --write-precision`` from judged review
sheets) gives each rule (``component/pattern``) a precision; its row ``*`` is the prior of rules
never measured. A fact stated by one article gets the precision of the rule that produced it there
(the best one when several rules produced it from the same article: they read the same sentence, so
they are not independent). A fact stated by several articles combines them as independent
witnesses (noisy-or): ``confidence = 1 - prod(1 - p_article)``, capped at 0.999. Every assertion of
the fact carries that value (``xsd:decimal``, three decimals).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDFS, XSD

from ..core.namespaces import KG, OA
from ..errors import KgError
from ..lexicon.resources import ontology_dir
from .prune import assertions_by_fact, drop_facts

PRECISION_FILE = "rule_precision.tsv"
CAP = 0.999
FALLBACK_PRIOR = 0.8  # only if the file has no '*' row


@lru_cache(maxsize=4)
def _read(path: str, mtime: int) -> tuple[dict[str, float], float]:
    table, prior = {}, FALLBACK_PRIOR
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        try:
            value = float(parts[1])
        except (IndexError, ValueError):
            raise KgError(f"{path}: row {n}: expected rule<TAB>precision, got {line[:60]!r}") from None
        if not 0.0 <= value <= 1.0:
            raise KgError(f"{path}: row {n}: precision {value} is not between 0 and 1")
        if parts[0] == "*":
            prior = value
        else:
            table[parts[0]] = value
    return table, prior


def rule_precision(path: Path | None = None) -> tuple[dict[str, float], float]:
    """(precision per rule label, prior for the others) from the precision file."""
    path = Path(path) if path is not None else ontology_dir() / PRECISION_FILE
    if not path.is_file():
        return {}, FALLBACK_PRIOR
    return _read(str(path), path.stat().st_mtime_ns)


def noisy_or(ps) -> float:
    miss = 1.0
    for p in ps:
        miss *= 1.0 - p
    return min(CAP, 1.0 - miss)


def assign(graph: Graph, path: Path | None = None) -> dict:
    """Give every assertion of ``graph`` its fact's kg:confidence; returns {fact triple: confidence}."""
    table, prior = rule_precision(path)
    labels = {r: str(graph.value(r, RDFS.label)) for r in set(graph.objects(None, PROV.wasGeneratedBy))}
    out = {}
    for fact, assertions in assertions_by_fact(graph).items():
        best: dict = defaultdict(float)  # article -> best rule precision there
        for a in assertions:
            p = max((table.get(labels[r], prior) for r in graph.objects(a, PROV.wasGeneratedBy)), default=prior)
            for ev in graph.objects(a, PROV.wasDerivedFrom):
                art = graph.value(ev, OA.hasSource)
                best[art] = max(best[art], p)
        value = noisy_or(best.values()) if best else prior
        out[fact] = value
        literal = Literal(Decimal(f"{value:.3f}"), datatype=XSD.decimal)
        for a in assertions:
            graph.set((a, KG.confidence, literal))
    return out


def leave_out_below(graph: Graph, threshold: float, confidence: dict) -> Counter:
    """Drop the facts whose confidence is below ``threshold``; returns how many per property."""
    if not 0.0 <= threshold <= 1.0:
        raise KgError(f"the minimum confidence must be between 0 and 1 (got {threshold})")
    low = [f for f, c in confidence.items() if round(c, 3) < threshold]
    drop_facts(graph, low)
    return Counter(str(f[1]).rsplit("#", 1)[-1] for f in low)
