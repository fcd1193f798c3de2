"""Page furniture as later components see it: where ``kg_furniture`` marked captions, ads and promos.

``is_furniture(doc, start, end)`` tells whether a span overlaps furniture; ``merge_spans`` joins
overlapping spans; ``resolve_data_path`` finds a lexicon file named relative to ``ontology/``.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from ..lexicon.resources import ontology_dir

SPAN_KEY = "kg_furniture"

# Unicode spaces read as plain spaces by the rules (same length, so offsets are unchanged).
SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r"}
)


def resolve_data_path(path: str | Path) -> Path:
    """A lexicon path: absolute as given, else relative to the ontology folder."""
    p = Path(path)
    if p.is_absolute():
        return p
    if p.parts and p.parts[0] == "ontology":
        p = Path(*p.parts[1:])
    return ontology_dir() / p


def merge_spans(spans) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e, *_ in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def is_furniture(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether ``[start_char, end_char)`` overlaps a furniture span of ``doc``."""
    spans = doc._.kg_furniture or []
    i = bisect.bisect_right(spans, (start_char, float("inf"))) - 1
    for s, e in spans[max(i, 0) : i + 2]:
        if s < end_char and start_char < e:
            return True
    return False


def before_furniture(doc: Doc, text: str, q):
    """The quote span ``q`` ended where page furniture set inside it begins ("“... rules for President Trump
    Donald John TrumpFive takeaways ... MORE,” Roe said": a site's link to a profile), its closing mark
    kept; ``q`` itself when it holds no furniture or opens in it."""
    spans = doc._.kg_furniture or []
    inside = [s for s, e in spans if q.start < s < q.end]
    if not inside or is_furniture(doc, q.open, q.start + 1):
        return q
    return replace(q, end=len(text[: inside[0]].rstrip()))
