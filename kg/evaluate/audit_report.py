"""``kg audit report``: precision from judged review sheets, per property and per rule, with 95%
Wilson intervals; quote attribution rates; and the rule precision file confidence is computed from.

Facts: precision = right / (right + wrong); ``unclear`` rows are counted but left out, rows without
a verdict are ignored. "All facts" is given raw and weighted back to the graph's strata (each row
weighs its stratum's size / draw). Quotes: *wrong speaker* = quotes given to the wrong speaker / all
judged quotes; *no speaker* = quotes without a speaker / all judged; *missed speaker* = quotes without
a speaker though the article names one / all judged; *right of attributed* = right / judged quotes
that have a speaker.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..errors import KgError
from .audit_sheet import Row, read_sheet, wilson

DEFAULT_PRIOR = 0.8
"""The precision assumed of a rule no audit or reference set has measured."""
PRIOR_WEIGHT = 4.0
"""How many judged facts the prior counts as when a measurement is combined with it."""


def _counts(rows: Iterable[Row]) -> tuple[int, int, int]:
    rows = list(rows)
    right = sum(1 for r in rows if r.verdict == "right")
    wrong = sum(1 for r in rows if r.verdict == "wrong")
    return right, wrong, sum(1 for r in rows if r.verdict == "unclear")


def _line(name: str, rows: list[Row], width: int) -> str:
    right, wrong, unclear = _counts(rows)
    n = right + wrong
    lo, hi = wilson(right, n)
    p = f"{right / n:.3f}" if n else "  -  "
    return f"  {name:<{width}} {right:>5} {n:>6} {unclear:>7}  {p}  [{lo:.3f}, {hi:.3f}]"


def _table(title: str, groups: dict[str, list[Row]]) -> list[str]:
    width = max([len(k) for k in groups] + [8])
    out = [f"{title}:", f"  {'':<{width}} {'right':>5} {'judged':>6} {'unclear':>7}  prec.  95% interval"]
    out += [_line(k, v, width) for k, v in sorted(groups.items())]
    return out


def fact_report(rows: list[Row]) -> list[str]:
    facts = [r for r in rows if r.kind == "fact" and r.verdict]
    if not facts:
        return ["facts: none judged"]
    right, wrong, unclear = _counts(facts)
    judged = [r for r in facts if r.verdict != "unclear"]
    weight = sum(r.weight for r in judged)
    weighted = sum(r.weight for r in judged if r.verdict == "right") / weight if weight else 0.0
    lo, hi = wilson(right, right + wrong)
    out = [
        f"all facts: {right} right of {right + wrong} judged ({unclear} unclear): precision "
        f"{right / max(1, right + wrong):.3f} [{lo:.3f}, {hi:.3f}]; weighted to the graph's strata {weighted:.3f}"
    ]
    by_prop, by_rule = defaultdict(list), defaultdict(list)
    for r in facts:
        by_prop[r.property].append(r)
        for rule in r.rule.split("; "):
            by_rule[rule].append(r)
    return out + _table("per property", by_prop) + _table("per rule", by_rule)


def quote_report(rows: list[Row]) -> list[str]:
    quotes = [r for r in rows if r.kind == "quote" and r.verdict and r.verdict != "unclear"]
    unclear = sum(1 for r in rows if r.kind == "quote" and r.verdict == "unclear")
    if not quotes:
        return ["quotes: none judged"]
    n = len(quotes)
    said = [r for r in quotes if r.speaker]
    wrong_speaker = sum(1 for r in said if r.verdict == "wrong")
    right_said = len(said) - wrong_speaker
    none = n - len(said)
    missed = sum(1 for r in quotes if not r.speaker and r.verdict == "wrong")

    def rate(k: int, d: int) -> str:
        lo, hi = wilson(k, d)
        return f"{k}/{d} = {k / d if d else 0:.3f} [{lo:.3f}, {hi:.3f}]"

    return [
        f"quotes: {n} judged ({unclear} unclear), {len(said)} with a speaker",
        f"  wrong speaker        {rate(wrong_speaker, n)}",
        f"  no speaker           {rate(none, n)}",
        f"  missed speaker       {rate(missed, n)}  (no speaker, though the article names one)",
        f"  right of attributed  {rate(right_said, len(said))}",
    ]


def rule_precision(rows: list[Row], prior: float = DEFAULT_PRIOR) -> list[tuple[str, float, int, int]]:
    """(rule, precision, right, judged) per rule: the measured counts combined with the prior as
    ``(right + PRIOR_WEIGHT * prior) / (judged + PRIOR_WEIGHT)``, so a few judged facts move a rule
    only part of the way from the prior."""
    by_rule = defaultdict(list)
    for r in rows:
        if r.kind == "fact" and r.verdict in ("right", "wrong"):
            for rule in r.rule.split("; "):
                by_rule[rule].append(r)
    out = []
    for rule, rs in sorted(by_rule.items()):
        right, wrong, _ = _counts(rs)
        out.append((rule, (right + PRIOR_WEIGHT * prior) / (right + wrong + PRIOR_WEIGHT), right, right + wrong))
    return out


def write_precision(rows: list[Row], sources: list[str], path: Path, prior: float = DEFAULT_PRIOR) -> int:
    from ..outputs.atomic import atomic_write

    measured = rule_precision(rows, prior)
    with atomic_write(Path(path), newline="") as fh:
        fh.write(
            "# Measured precision of kg's extraction rules, written by `kg audit report --write-precision`\n"
            f"# from: {', '.join(sources) or '(no sheet)'}\n"
            f"# precision = (right + {PRIOR_WEIGHT:g} * prior) / (judged + {PRIOR_WEIGHT:g}); the row '*' is the prior\n"
            "# of rules never measured. kg build reads this file to give each fact its kg:confidence.\n"
        )
        fh.write("rule\tprecision\tright\tjudged\n")
        fh.write(f"*\t{prior:.3f}\t0\t0\n")
        for rule, p, right, judged in measured:
            fh.write(f"{rule}\t{p:.3f}\t{right}\t{judged}\n")
    return len(measured)


def markdown(rows: list[Row]) -> list[str]:
    """The per-property table (facts, then quotes) as Markdown, for the README."""
    out = ["| what | right / judged | precision | 95% interval | unclear |", "|---|---|---|---|---|"]
    facts = [r for r in rows if r.kind == "fact" and r.verdict]
    groups: dict[str, list[Row]] = defaultdict(list)
    for r in facts:
        groups[r.property].append(r)
    ordered = [("all facts", facts)] + sorted(groups.items(), key=lambda kv: kv[0])
    quotes = [r for r in rows if r.kind == "quote" and r.verdict]
    if quotes:
        ordered.append(("quotes with a speaker: right speaker", [r for r in quotes if r.speaker]))
    for name, rs in ordered:
        right, wrong, unclear = _counts(rs)
        lo, hi = wilson(right, right + wrong)
        p = f"{right / (right + wrong):.3f}" if right + wrong else "-"
        out.append(f"| {name} | {right} / {right + wrong} | {p} | [{lo:.3f}, {hi:.3f}] | {unclear} |")
    return out


def run_report(sheets: list[Path], write_to: Path | None = None, prior: float = DEFAULT_PRIOR, as_markdown: bool = False) -> int:
    if not sheets:
        raise KgError("kg audit report: give at least one judged sheet")
    rows = [r for path in sheets for r in read_sheet(Path(path))]
    judged = sum(1 for r in rows if r.verdict)
    print(f"{len(sheets)} sheet(s), {len(rows)} rows, {judged} judged")
    print("\n".join(fact_report(rows) + quote_report(rows)))
    if as_markdown:
        print("\n".join(["", *markdown(rows)]))
    if write_to is not None:
        n = write_precision(rows, [Path(s).name for s in sheets], write_to, prior)
        print(f"wrote {write_to}: {n} measured rules")
    return 0
