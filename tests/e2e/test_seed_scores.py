"""Issue 3's acceptance: a fresh build of seeds/ meets every target against the reference graph.

The reference file is the project's own copy (tests/data/seeds.gold.json), so this runs on a clean
clone. The thresholds are the issue's; never lower them to make this pass.
"""

from __future__ import annotations

import pytest
from conftest import DATA

TARGETS = {
    "core entities F1": (lambda s: s.entities_core.f1, 0.95),
    "all entities F1": (lambda s: s.entities_all.f1, 0.90),
    "type accuracy": (lambda s: s.type_accuracy, 0.95),
    "core facts F1": (lambda s: s.facts_core.f1, 0.85),
    "core facts precision": (lambda s: s.facts_core.precision, 0.90),
    "stance facts F1": (lambda s: s.facts_stance.f1, 0.70),
    "titles F1": (lambda s: s.titles.f1, 0.90),
    "dates F1": (lambda s: s.dates.f1, 1.00),
    "quotes found": (lambda s: s.quotes.found, 0.95),
    "quotes attributed": (lambda s: s.quotes.attributed, 0.95),
}


@pytest.fixture(scope="module")
def scores(seed_build):
    from kg.evaluate import evaluate

    return evaluate(DATA / "seeds.gold.json", seed_build / "graph.ttl")


@pytest.mark.parametrize("measure", sorted(TARGETS))
def test_target(scores, measure):
    get, target = TARGETS[measure]
    assert get(scores) >= target, f"{measure}: {get(scores):.3f} < {target}"


def test_no_duplicates(scores):
    assert scores.duplicates == 0, scores.duplicates
