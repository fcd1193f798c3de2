"""The numbers ``kg evaluate`` produces, as plain dataclasses (``dataclasses.asdict`` -> JSON).

Conventions for empty sets, so that every number is defined:
``precision = correct / predicted``, or 1.0 when nothing was predicted and nothing was expected,
0.0 when nothing was predicted but something was expected; ``recall = found / expected``, or 1.0
when nothing was expected; ``f1`` is their harmonic mean (0.0 when both are 0). Nothing built
and nothing expected therefore scores 1.0, nothing built against a non-empty reference 0.0.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PRF:
    """Precision / recall / F1 of one kind of item, with what was missed and what was spurious.

    ``correct`` of the ``predicted`` built items are right (built items that are neither
    rewarded nor penalized because they match only optional reference items are counted in
    ``ignored`` and nowhere else); ``found`` of the ``expected`` non-optional reference items
    were found. ``missed`` names the reference items not found, ``spurious`` the wrong built ones.
    """

    precision: float
    recall: float
    f1: float
    correct: int
    predicted: int
    found: int
    expected: int
    ignored: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


@dataclass
class FactScores(PRF):
    """Micro-averaged P/R/F1 over a group of properties, plus one :class:`PRF` per property."""

    per_property: dict[str, PRF] = field(default_factory=dict)


@dataclass
class QuoteScores:
    """``found``: share of the non-optional reference quotes that a built quote of the same
    article contains (by opening words); ``attributed``: share of them found with the right
    speaker too (both over all ``expected`` quotes). ``precision``: share of the scored built
    quotes that contain a non-optional reference quote's opening words (information only:
    fragments and unattributed quotes are not annotated in the reference)."""

    found: float
    attributed: float
    precision: float
    expected: int
    n_found: int
    n_attributed: int
    predicted: int
    correct: int
    ignored: int = 0
    missed: list[str] = field(default_factory=list)
    misattributed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


@dataclass
class Scores:
    """Everything ``kg evaluate`` measures; see the package docstring of :mod:`kg.evaluate`."""

    gold: str
    graph: str
    entities_core: PRF
    entities_all: PRF
    type_accuracy: float
    type_correct: int
    type_matched: int
    wrong_types: list[str]
    duplicates: int
    duplicated: list[str]
    over_merges: int
    over_merged: list[str]
    facts_core: FactScores
    facts_stance: FactScores
    titles: PRF
    dates: PRF
    quotes: QuoteScores
    reference_duplicates: int = 0  # those of the reference's own graph: a floor no build goes under
    reference_over_merges: int = 0
    built_entities: int = 0
    built_facts: int = 0  # distinct (subject, property, object) facts, titles and dates included
    built_entity_facts: int = 0  # of which between two entities
    built_quotes: int = 0
    left_out: int = 0


def ratio(num: int, den: int, empty: float) -> float:
    """``num / den``, or ``empty`` when ``den`` is 0."""
    return num / den if den else empty


def prf(correct: int, predicted: int, found: int, expected: int, **extra) -> PRF:
    """A :class:`PRF` from counts, with the empty-set conventions of this module."""
    return PRF(**_numbers(correct, predicted, found, expected), **extra)


def fact_scores(correct: int, predicted: int, found: int, expected: int, **extra) -> FactScores:
    return FactScores(**_numbers(correct, predicted, found, expected), **extra)


def _numbers(correct: int, predicted: int, found: int, expected: int) -> dict:
    p = ratio(correct, predicted, 1.0 if expected == 0 else 0.0)
    r = ratio(found, expected, 1.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f1,
        "correct": correct,
        "predicted": predicted,
        "found": found,
        "expected": expected,
    }
