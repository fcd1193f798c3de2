"""Entity matching and entity scores (GUIDELINES.md, "Scoring" 1-2).

A built entity matches a reference entity when any of its normalized names equals any of the
reference entity's normalized names. Readings chosen where the guidelines leave room:

- Core scores restrict BOTH sides by class: the built entities whose own class is core are
  the predictions, the non-optional reference entities whose class is core are the expected
  items. A built core entity is correct when it matches a core reference entity; a reference
  core entity is found when a built *core* entity matches it. So an official built as a
  ``Person`` is a core miss, and an organization built as an ``Agency`` a core false positive
  (typing is part of getting the core entities right), besides counting in type accuracy.
- A built entity that matches no non-optional reference entity in scope but matches an
  optional reference entity (of any class) is ignored: neither rewarded nor penalized.
- Precision counts built entities (a duplicate that matches is not a false positive; splits are
  counted by ``duplicates``); recall counts reference entities.
- Type accuracy is taken over matched pairs (built entity, non-optional reference entity it
  matches): the share whose classes are equal (Official vs Person is a difference); 0.0 when
  nothing matched (1.0 when the reference has no non-optional entity).
  Optional reference entities are left out of type accuracy, duplicates and over-merges.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..core.records import CORE_CLASSES
from .built import Built
from .gold import Gold
from .results import PRF, prf


@dataclass
class Matching:
    """Which reference entities each built entity matches.

    ``any[b]``: every reference id built entity ``b`` matches; ``hard[b]``: only non-optional ones.
    """

    any: dict[str, frozenset[str]]
    hard: dict[str, frozenset[str]]


def match_entities(gold: Gold, built: Built) -> Matching:
    index: dict[str, set[str]] = defaultdict(set)
    for e in gold.entities.values():
        for n in e.names:
            index[n].add(e.id)
    any_: dict[str, frozenset[str]] = {}
    hard: dict[str, frozenset[str]] = {}
    for iri, b in built.entities.items():
        ids = frozenset(g for n in b.names for g in index.get(n, ()))
        any_[iri] = ids
        hard[iri] = frozenset(g for g in ids if not gold.entities[g].optional)
    return Matching(any_, hard)


def entity_prf(gold: Gold, built: Built, m: Matching, classes: tuple[str, ...] | None) -> PRF:
    """P/R/F1 over ``classes`` (None: all classes); see the module docstring for the rules."""
    in_scope: Callable[[str], bool] = (lambda c: True) if classes is None else (lambda c: c in classes)
    expected = {g for g, e in gold.entities.items() if not e.optional and in_scope(e.cls)}
    correct = ignored = 0
    found: set[str] = set()
    spurious: list[str] = []
    for iri, b in sorted(built.entities.items(), key=lambda kv: (kv[1].label.casefold(), kv[0])):
        if not in_scope(b.cls):
            continue
        hits = m.hard[iri] & expected
        if hits:
            correct += 1
            found |= hits
        elif m.any[iri] - m.hard[iri]:
            ignored += 1
        else:
            spurious.append(_show(b.label, b.cls, m.hard[iri], gold))
    missed = sorted(_name(gold, g) for g in expected - found)
    predicted = correct + len(spurious)
    return prf(correct, predicted, len(found), len(expected), ignored=ignored, missed=missed, spurious=spurious)


def core_prf(gold: Gold, built: Built, m: Matching) -> PRF:
    return entity_prf(gold, built, m, CORE_CLASSES)


def type_accuracy(gold: Gold, built: Built, m: Matching) -> tuple[int, int, list[str]]:
    """(correct pairs, matched pairs, descriptions of the wrong ones)."""
    correct = total = 0
    wrong: list[str] = []
    for iri, b in built.entities.items():
        for g in sorted(m.hard[iri]):
            total += 1
            if b.cls == gold.entities[g].cls:
                correct += 1
            else:
                wrong.append(f"{b.label} (built {b.cls}, reference {gold.entities[g].cls})")
    return correct, total, sorted(wrong, key=str.casefold)


def duplicates(gold: Gold, built: Built, m: Matching) -> list[str]:
    """One line per non-optional reference entity matched by more than one built entity."""
    by_gold: dict[str, list[str]] = defaultdict(list)
    for iri in built.entities:
        for g in m.hard[iri]:
            by_gold[g].append(iri)
    out = []
    for g, iris in by_gold.items():
        if len(iris) > 1:
            shown = ", ".join(sorted(f"'{built.entities[i].label}' ({built.entities[i].cls})" for i in iris))
            out.append(f"{_name(gold, g)} <- {shown}")
    return sorted(out, key=str.casefold)


def over_merges(gold: Gold, built: Built, m: Matching) -> list[str]:
    """One line per built entity that matches more than one non-optional reference entity."""
    out = []
    for iri, b in built.entities.items():
        if len(m.hard[iri]) > 1:
            out.append(f"'{b.label}' ({b.cls}) -> " + ", ".join(sorted(_name(gold, g) for g in m.hard[iri])))
    return sorted(out, key=str.casefold)


def _name(gold: Gold, gid: str) -> str:
    return gold.entities[gid].name


def _show(label: str, cls: str, hard: frozenset[str], gold: Gold) -> str:
    if hard:  # matched, but only reference entities outside this scope
        return f"{label} ({cls}; reference: " + ", ".join(sorted(f"{_name(gold, g)} {gold.entities[g].cls}" for g in hard)) + ")"
    return f"{label} ({cls})"
