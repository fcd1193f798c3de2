"""``kg_furniture``: mark page furniture (captions, ads, promos, asks) so extraction skips it.

The rules are data (``ontology/lexicon/furniture.json``), matched line by line over ``doc.text``
(one regex per rule, no per-token loop):

- ``line``: a stripped line matching the regex is furniture as a whole;
- ``tail``: the same, but only among the last ``tail_lines`` non-empty lines (author bios);
- ``inline``: only the matched span (or its named group ``mark``) is furniture;
- ``promo_headers``: a header line ("Related Articles", "See 5 more pieces from me:") that makes
  the headline-like lines after it furniture, up to the first ordinary paragraph;
- ``caption_alt_max_words``: a very short line just before a caption is its image alt text.

Results: ``doc.spans["kg_furniture"]`` and ``doc._.kg_furniture`` (sorted ``(start, end)`` char
offsets). ``is_furniture(doc, start, end)`` tells other components whether a span overlaps one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..language.furniture_spans import SPACES, SPAN_KEY, merge_spans, resolve_data_path
from ..language.text import doc_text

DEFAULT_PATTERNS = "ontology/lexicon/furniture.json"

if not Doc.has_extension("kg_furniture"):
    Doc.set_extension("kg_furniture", default=None)

_LINE = re.compile(r"[^\n]+")


def _compile(rules: list[dict]) -> list[tuple[str, re.Pattern]]:
    out = []
    for rule in rules:
        flags = re.IGNORECASE if rule.get("ignorecase") else 0
        out.append((rule["name"], re.compile(rule["pattern"], flags)))
    return out


class _RuleSet:
    """Line rules: those anchored at the line start (``^...``) are combined into one alternation
    tried at position 0 only; the others are searched one by one. Rules with ``max_chars`` are
    tried only on lines up to that length, rules with ``requires`` only on lines holding one of
    those literals (a cheap prefilter)."""

    def __init__(self, rules: list[dict]):
        anchored = [r for r in rules if r["pattern"].startswith("^") and "max_chars" not in r]
        self.names = [r["name"] for r in anchored]
        alts = [f"(?P<r{i}>{'(?i:' if r.get('ignorecase') else '(?:'}{r['pattern'][1:]}))" for i, r in enumerate(anchored)]
        self.combined = re.compile("|".join(alts)) if alts else None
        rest = [r for r in rules if not (r["pattern"].startswith("^") and "max_chars" not in r)]
        self.others = [
            (int(r.get("max_chars", 1 << 30)), tuple(r.get("requires", ())), name, rx)
            for r, (name, rx) in zip(rest, _compile(rest))
        ]

    def match(self, line: str) -> str | None:
        if self.combined is not None:
            m = self.combined.match(line)
            if m:
                return self.names[int(m.lastgroup[1:])]
        for limit, requires, name, rx in self.others:
            if len(line) > limit or requires and not any(lit in line for lit in requires):
                continue
            if rx.search(line):
                return name
        return None


class FurnitureMarker:
    """Finds furniture spans in a text; independent of spaCy so it can be tested and timed alone."""

    def __init__(self, patterns: dict):
        self.line_rules = _RuleSet(patterns.get("line", []))
        self.tail_rules = _RuleSet(patterns.get("tail", []))
        self.promo_rules = _RuleSet(patterns.get("promo_headers", []))
        inline = patterns.get("inline", [])
        self.inline_rules = [(name, rx, tuple(r.get("requires", ()))) for r, (name, rx) in zip(inline, _compile(inline))]
        self.needs_items = {r["name"] for r in patterns.get("promo_headers", []) if r.get("needs_items")}
        self.tail_lines = int(patterns.get("tail_lines", 8))
        item = patterns.get("promo_item", {})
        self.item_max_chars = int(item.get("max_chars", 250))
        self.item_min_caps = float(item.get("min_capitalized", 0.6))
        self.caption_alt_max_words = int(patterns.get("caption_alt_max_words", 0))
        self.caption_rules = set(patterns.get("caption_rules", []))

    @classmethod
    def from_path(cls, path: str | Path) -> FurnitureMarker:
        with resolve_data_path(path).open(encoding="utf-8") as fh:
            return cls(json.load(fh))

    def _headline_like(self, line: str) -> bool:
        if len(line) > self.item_max_chars or line[-1] in ".;," or line[-1] in '"”' and line[-2:-1] in ".,":
            return False
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
        if not words:
            return False
        caps = sum(1 for w in words if w[0].isupper())
        return caps / len(words) >= self.item_min_caps

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Furniture spans ``(start, end, rule)`` in ``text``, sorted, not merged."""
        text = text.translate(SPACES)
        lines = []  # (start, end, stripped text, blank lines before)
        last_end = 0
        for m in _LINE.finditer(text):
            raw = m.group()
            stripped = raw.strip()
            if not stripped:
                continue
            lead = len(raw) - len(raw.lstrip())
            start = m.start() + lead
            lines.append((start, start + len(stripped), stripped, text.count("\n", last_end, m.start()) > 1))
            last_end = m.end()
        spans: list[tuple[int, int, str]] = []
        marked = [None] * len(lines)
        tail_from = len(lines) - self.tail_lines
        for i, (_s, _e, line, _) in enumerate(lines):
            rule = self.line_rules.match(line)
            if rule is None and i >= tail_from:
                rule = self.tail_rules.match(line)
            marked[i] = rule
        i = 0
        while i < len(lines):  # promo blocks
            header = self.promo_rules.match(lines[i][2])
            if header is None:
                i += 1
                continue
            j = i + 1
            items = 0
            while j < len(lines) and (marked[j] is not None or self._headline_like(lines[j][2])):
                if marked[j] is None:
                    marked[j] = "promo-item"
                    items += 1
                j += 1
            if marked[i] is None and (items or header not in self.needs_items):
                marked[i] = header
            i = j
        if self.caption_alt_max_words:
            for i in range(1, len(lines)):
                if marked[i] in self.caption_rules and marked[i - 1] is None and i - 1 > 0:
                    prev = lines[i - 1][2]
                    if len(prev.split()) <= self.caption_alt_max_words and prev[-1] not in ".!?:":
                        marked[i - 1] = "caption-alt-text"
        for (s, e, _, _), rule in zip(lines, marked):
            if rule is not None:
                spans.append((s, e, rule))
        for name, rx, requires in self.inline_rules:
            if requires and not any(lit in text for lit in requires):
                continue
            group = "mark" if "mark" in rx.groupindex else 0
            for m in rx.finditer(text):
                if m.end(group) > m.start(group):
                    spans.append((m.start(group), m.end(group), name))
        spans.sort()
        return spans


class FurnitureComponent:
    def __init__(self, nlp: Language, name: str, patterns_path: str):
        self.name = name
        self.marker = FurnitureMarker.from_path(patterns_path)

    def __call__(self, doc: Doc) -> Doc:
        found = self.marker.find(doc_text(doc))
        merged = merge_spans(found)
        doc._.kg_furniture = merged
        spans = []
        for s, e in merged:
            span = doc.char_span(s, e, label="FURNITURE", alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kg_furniture", default_config={"patterns_path": DEFAULT_PATTERNS})
def make_furniture(nlp: Language, name: str, patterns_path: str) -> FurnitureComponent:
    return FurnitureComponent(nlp, name, patterns_path)
