"""The review sheet of ``kg audit``: its columns, how it is written and read back, and the
statistics its reports use (Wilson intervals).

One row per drawn fact or quote. A reader sees the fact in words, its evidence sentence inside the
paragraph around it (the sentence between ``[[`` and ``]]``), the article's title, date and link,
and fills ``verdict`` (right / wrong / unclear) and optionally ``note``. The other columns let
``kg audit report`` recompute precision per property and per rule from judged sheets at any time.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError

COLUMNS = (
    "id",
    "kind",
    "fact",
    "meaning",
    "evidence",
    "context",
    "title",
    "date",
    "url",
    "verdict",
    "note",
    "property",
    "rule",
    "confidence",
    "stratum_size",
    "stratum_drawn",
    "article_id",
    "subject",
    "object",
    "speaker",
    "item",
)
"""``kind`` is ``fact`` or ``quote``; ``item`` the IRI of the assertion or quote drawn; a fact's
``stratum_size`` / ``stratum_drawn`` are the facts of its (property, rule) stratum in the graph and
in the sample, so that estimates over all facts can weight each row by size / drawn."""

VERDICTS = {"right": "right", "r": "right", "wrong": "wrong", "w": "wrong", "unclear": "unclear", "u": "unclear"}
CONTEXT_CHARS = 1500
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Row:
    """One judged row of a sheet (``verdict`` normalized, ``None`` when not judged yet)."""

    kind: str
    property: str
    rule: str
    verdict: str | None
    weight: float
    speaker: str
    source: str


def cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_sheet(rows: list[dict], path: Path) -> None:
    from ..outputs.atomic import atomic_write

    with atomic_write(Path(path), newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([cell(r.get(c, "")) for c in COLUMNS])


def read_sheet(path: Path) -> list[Row]:
    """The rows of a filled sheet; a clear one-line error for a file that is not one."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in ("kind", "property", "rule", "verdict") if c not in (reader.fieldnames or [])]
            if missing:
                raise KgError(f"{path}: not a kg audit sheet (no column {', '.join(missing)})")
            rows = []
            for line, r in enumerate(reader, start=2):
                rows.append(_row(r, path, line))
            return rows
    except OSError as err:
        raise KgError(f"{path}: cannot read the sheet: {err.strerror or err}") from None
    except (UnicodeDecodeError, csv.Error) as err:
        raise KgError(f"{path}: not a readable CSV sheet: {err}") from None


def _row(r: dict, path: Path, line: int) -> Row:
    raw = (r.get("verdict") or "").strip().lower()
    if raw and raw not in VERDICTS:
        raise KgError(f"{path}: line {line}: verdict {raw!r} is not right, wrong or unclear")
    try:
        size, drawn = float(r.get("stratum_size") or 1), float(r.get("stratum_drawn") or 1)
    except ValueError:
        raise KgError(f"{path}: line {line}: stratum_size and stratum_drawn must be numbers") from None
    kind = (r.get("kind") or "fact").strip()
    if kind not in ("fact", "quote"):
        raise KgError(f"{path}: line {line}: kind {kind!r} is not fact or quote")
    return Row(
        kind=kind,
        property=(r.get("property") or "").strip(),
        rule=(r.get("rule") or "").strip(),
        verdict=VERDICTS.get(raw),
        weight=size / drawn if drawn else 1.0,
        speaker=(r.get("speaker") or "").strip(),
        source=f"{path.name}:{line}",
    )


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion ``right / n`` ((0, 1) when ``n`` is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def context(text: str, start: int, end: int, before: int = 0, after: int = 0) -> str:
    """The paragraph around ``text[start:end]`` (with ``before`` paragraphs before it and ``after``
    after it), the span
    marked ``[[...]]``, paragraph breaks shown as a pilcrow, cut to about :data:`CONTEXT_CHARS` around the span. Paragraphs end at a blank
    line (at a line break in texts that have no blank lines)."""
    sep = "\n\n" if "\n\n" in text else "\n"
    p_start = start
    for _ in range(before + 1):
        at = text.rfind(sep, 0, p_start)
        p_start = 0 if at < 0 else at + len(sep)
        if _ < before:
            p_start = max(0, p_start - len(sep))
    p_start = min(p_start, start)
    p_end = end
    for _ in range(after + 1):
        at = text.find(sep, p_end + (len(sep) if _ else 0))
        p_end = len(text) if at < 0 else at
    if p_end - p_start > CONTEXT_CHARS:
        room = max(0, (CONTEXT_CHARS - (end - start)) // 2)
        p_start, p_end = max(p_start, start - room), min(p_end, end + room)
    marked = text[p_start:start] + "[[" + text[start:end] + "]]" + text[end:p_end]
    return " ".join(marked.replace(sep, " \u00b6 ").split())  # a pilcrow where a paragraph ends
