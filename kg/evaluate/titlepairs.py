"""Office titles that differ only by case or by a word that qualifies the holding, not the office.

Titles are normalized (:func:`kg.language.status.title_label`): "mayor", "Mayor" and "former Mayor"
are all "Mayor". A graph in which two ``kg:title`` values, or two office concepts (``skos:prefLabel``
of an ``org:role``), differ only by case ("Mayor" / "mayor") or by a status word before or after
them ("acting Director" / "Director", "Director-designate" / "Director") has a normalization gap.
One exception, by design: ``kg:title`` keeps the suffixes of an office not held yet ("-elect",
"-designate", "nominee"; docs/GRAPH.md), so "President-elect" beside "President" is no gap there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..language.status import status_words

TITLES = "SELECT DISTINCT ?label WHERE { ?s kg:title ?label }"
OFFICES = "SELECT DISTINCT ?label WHERE { ?r a skos:Concept ; kg:roleKind ?kind ; skos:prefLabel ?label }"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(re.escape(w) for w in sorted(status_words(), key=len, reverse=True))
    joint = r"(?:\s+|\s*[-–]\s*)"
    return (re.compile(rf"({words}){joint}(.+)", re.IGNORECASE), re.compile(rf"(.+?){joint}({words})", re.IGNORECASE))


def difference(a: str, b: str) -> str | None:
    """How title ``a`` differs from ``b`` when only by case ("case") or by a status word before
    ("prefix acting") or after ("suffix elect") it; None when they differ otherwise or not at all."""
    if a == b:
        return None
    if a.casefold() == b.casefold():
        return "case"
    lead, tail = _patterns()
    for x, y in ((a, b), (b, a)):
        if (m := lead.fullmatch(x)) and m.group(2).casefold() == y.casefold():
            return f"prefix {m.group(1).lower()}"
        if (m := tail.fullmatch(x)) and m.group(1).casefold() == y.casefold():
            return f"suffix {m.group(2).lower()}"
    return None


def title_pairs(labels: Iterable[str], keep_unheld: bool = False) -> list[tuple[str, str, str]]:
    """(a, b, how) for each pair of ``labels`` that differ only by case or a status word, sorted.
    ``keep_unheld``: a suffix saying the office is not held yet ("-elect") is no gap (``kg:title``)."""
    unheld = {w for w, s in status_words().items() if s == "elect"}
    found = set()
    by_fold: dict[str, list[str]] = {}
    for label in sorted(set(labels)):
        by_fold.setdefault(label.casefold(), []).append(label)
    folded = sorted(by_fold)
    lead, tail = _patterns()
    for key in folded:
        forms = by_fold[key]
        found |= {(a, b, "case") for i, a in enumerate(forms) for b in forms[i + 1 :]}
        for m, core in ((lead.fullmatch(key), 2), (tail.fullmatch(key), 1)):
            if m is None or m.group(core) not in by_fold:
                continue
            how = difference(forms[0], by_fold[m.group(core)][0])
            word = how.split()[-1] if how else ""
            if how and not (keep_unheld and how.startswith("suffix") and word in unheld):
                found |= {(a, b, how) for a in forms for b in by_fold[m.group(core)]}
    return sorted(found)
