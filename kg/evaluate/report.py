"""The text report and the JSON file of ``kg evaluate``."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from ..core.records import CORE_CLASSES
from ..errors import KgError
from .results import PRF, FactScores, Scores

_HEAD = f"  {'':<26}{'P':>6}{'R':>7}{'F1':>7}   {'correct/built':>13}  {'found/expected':>14}  {'ignored':>7}"


def _row(name: str, s: PRF) -> str:
    if s.expected == 0 and s.predicted == 0:
        return f"  {name:<26}{'-':>6}{'-':>7}{'-':>7}   {'0/0':>13}  {'0/0':>14}  {s.ignored:>7}"
    return (
        f"  {name:<26}{s.precision:>6.3f}{s.recall:>7.3f}{s.f1:>7.3f}   "
        f"{f'{s.correct}/{s.predicted}':>13}  {f'{s.found}/{s.expected}':>14}  {s.ignored:>7}"
    )


def _items(label: str, items: list[str]) -> list[str]:
    if not items:
        return []
    return [f"  {label} ({len(items)}):"] + [f"    - {x}" for x in items]


def _facts(title: str, f: FactScores) -> list[str]:
    lines = [title, _HEAD]
    lines += [_row(p, s) for p, s in f.per_property.items()]
    lines.append(_row("micro average", f))
    lines += _items("missed", f.missed) + _items("spurious", f.spurious)
    return lines


def format_report(s: Scores) -> str:
    """A readable, column-aligned report of ``s`` (ends with a newline)."""
    lines = [
        f"kg evaluate: {s.graph} against {s.gold}",
        f"  built graph: {s.built_entities} entities, {s.built_facts} facts ({s.built_entity_facts} between entities, "
        f"{s.built_facts - s.built_entity_facts} titles and dates), {s.built_quotes} quotes",
    ]
    if s.left_out:
        lines.append(f"  ({s.left_out} built entities left out: mentioned only in articles the reference does not cover)")
    lines += [
        "",
        "Entities",
        _HEAD,
        _row(f"core ({len(CORE_CLASSES)} classes)", s.entities_core),
        _row("all classes", s.entities_all),
        f"  {'type accuracy':<26}{s.type_accuracy:>6.3f}   ({s.type_correct}/{s.type_matched} matched pairs)",
        f"  {'duplicates':<26}{s.duplicates:>6}   (reference entities split over several built entities;"
        f" the reference's own graph: {s.reference_duplicates})",
        f"  {'over-merges':<26}{s.over_merges:>6}   (built entities matching several reference entities;"
        f" the reference's own graph: {s.reference_over_merges})",
    ]
    lines += _items("missed (core)", s.entities_core.missed)
    lines += _items("spurious (core)", s.entities_core.spurious)
    lines += _items("missed (all)", s.entities_all.missed)
    lines += _items("spurious (all)", s.entities_all.spurious)
    lines += _items("wrong type", s.wrong_types)
    lines += _items("duplicates", s.duplicated) + _items("over-merges", s.over_merged)
    lines += [""] + _facts("Facts (core; heads also count as memberOf)", s.facts_core)
    lines += [""] + _facts("Stances", s.facts_stance)
    lines += ["", "Literal facts", _HEAD, _row("titles (word containment)", s.titles), _row("dates (by year)", s.dates)]
    lines += _items("missed titles", s.titles.missed) + _items("spurious titles", s.titles.spurious)
    lines += _items("missed dates", s.dates.missed) + _items("spurious dates", s.dates.spurious)
    q = s.quotes
    lines += [
        "",
        "Quotes",
        f"  {'found':<26}{q.found:>6.3f}   ({q.n_found}/{q.expected} reference quotes)",
        f"  {'correctly attributed':<26}{q.attributed:>6.3f}   ({q.n_attributed}/{q.expected} reference quotes)",
        f"  {'precision':<26}{q.precision:>6.3f}   ({q.correct}/{q.predicted} built quotes; {q.ignored} ignored)",
    ]
    lines += _items("missed", q.missed) + _items("misattributed", q.misattributed) + _items("spurious", q.spurious)
    return "\n".join(lines) + "\n"


def to_json(s: Scores) -> str:
    return json.dumps({"format": "kg-scores/1", **asdict(s)}, indent=2, ensure_ascii=False) + "\n"


def write_json(s: Scores, path: str | Path) -> None:
    """Write the scores to ``path`` atomically (temp file in the same folder, then os.replace)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(to_json(s))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise KgError(f"{path}: cannot write scores ({err.strerror or err})") from None
