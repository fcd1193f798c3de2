"""Small text helpers shared by the pipeline components (no model needed)."""

from __future__ import annotations

import bisect
import calendar
import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from ..lexicon.load import load_lexicon
from .quotemarks import find_quote_spans

LINE = re.compile(r"[^\n]+")
TRAILING_POSSESSIVE = ("'s", "’s", "'", "’")
DAY_WORDS = frozenset(calendar.day_name)
"""Weekdays: "Wednesday's Senate vote" names a day, not the body (not months: "May's", "June's" may be persons')."""
MINOR_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from", "as", "is", "vs.", "v."}


if not Doc.has_extension("kg_text"):
    Doc.set_extension("kg_text", default=None)


_PER_DOC: WeakKeyDictionary = WeakKeyDictionary()


def per_doc(doc: Doc, key: str, make):
    """``make()``, computed once per Doc and ``key``. The value must not hold spans or tokens (offsets and
    strings only): it would keep the Doc alive in this cache."""
    found = _PER_DOC.setdefault(doc, {})
    if key not in found:
        found[key] = make()
    return found[key]


def in_quoted_text(doc: Doc, at: int) -> bool:
    """Whether character ``at`` lies inside a quoted stretch of the text (the quotes found once per Doc)."""
    spans = per_doc(doc, "quoted", lambda: sorted((q.start, q.end) for q in find_quote_spans(doc_text(doc))))
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy joins every token's text on each access)."""
    text = doc._.kg_text
    if text is None:
        text = doc._.kg_text = doc.text
    return text


def furniture_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of page furniture marked by ``kg_furniture`` (empty if it did not run)."""
    if Doc.has_extension("kg_furniture") and doc._.kg_furniture:
        return [tuple(r) for r in doc._.kg_furniture]
    return []


def overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint ``ranges``."""
    i = bisect.bisect_right(ranges, (start, float("inf"))) - 1
    for s, e in ranges[max(i, 0) : i + 2]:
        if s < end and start < e:
            return True
    return False


def outside_furniture(spans: list[Span], ranges: list[tuple[int, int]]) -> list[Span]:
    """``spans`` kept out of the sorted, disjoint furniture ``ranges``: a span that starts in
    furniture is dropped, unless it runs on into the text (then the text's part is kept); one that
    starts in the text and runs into furniture is cut where the furniture starts ("Charles Schumer" of "Charles Schumer Charles (Chuck) Ellis Schumer...
    MORE", a name card spliced after the name), if a name is left."""
    out = []
    for s in spans:
        if not overlaps(s.start_char, s.end_char, ranges):
            out.append(s)
            continue
        cut = min((a for a, b in ranges if s.start_char < b and a < s.end_char), default=s.start_char)
        end = s.end
        while end > s.start and s.doc[end - 1].idx >= cut:
            end -= 1
        while end > s.start and (s.doc[end - 1].is_punct or s.doc[end - 1].is_space or s.doc[end - 1].lower_ in MINOR_WORDS):
            end -= 1
        if end > s.start and s.doc[s.start].idx < cut:
            out.append(Span(s.doc, s.start, end, label=s.label_))
        elif (rest := _after_furniture(s, ranges)) is not None:
            out.append(rest)
    return out


def _after_furniture(s: Span, ranges: list[tuple[int, int]]) -> Span | None:
    """ "Louisville Metro Police" of "CLOSE Louisville Metro Police": a name the model ran on from page
    furniture (a video's close button) into the text, without the furniture, if it starts a capitalized
    name and reaches no more furniture."""
    start = s.start
    while start < s.end and overlaps(s.doc[start].idx, s.doc[start].idx + len(s.doc[start]), ranges):
        start += 1
    if start == s.start or start == s.end or not s.doc[start].is_title or overlaps(s.doc[start].idx, s.end_char, ranges):
        return None
    return Span(s.doc, start, s.end, label=s.label_)


def heading_ranges(text: str) -> list[tuple[int, int]]:
    """Lines written in headline case with no closing punctuation (titles, section heads, promos)."""
    out = []
    for m in LINE.finditer(text):
        line = m.group().strip()
        words = line.split()
        end = line.rstrip("\"”’'")  # "... To Repeal 'Bathroom Bill'": a closing mark after a word ends no sentence
        if not words or len(words) > 25 or not end or end[-1] in ".!?:;,\"”’'":
            continue
        content = [w for w in words if w.lower() not in MINOR_WORDS and w[0].isalpha()]
        if content and sum(w[0].isupper() for w in content) / len(content) >= 0.75:
            out.append((m.start(), m.end()))
    return out


def trim_span(span: Span, function_words: set[str]) -> Span | None:
    """Drop leading function words, determiners and quote marks, and a trailing possessive."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        doc[start].text in function_words or doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("the", "a", "an")
    ):
        start += 1
    if start + 2 < end and doc[start].text in DAY_WORDS and doc[start + 1].text in ("'s", "’s"):
        start += 2  # "Wednesday's Senate": the Senate
    law = span.label_ == "Law" and doc[start:end].text not in _law_names()
    if law and start + 2 < end and doc[start].tag_ == "VB" and doc[start + 1].lower_ == "the":
        start += 2  # "Pass the SAFE Justice Act", "Repeal the Patriot Act": a call to act on the law
    # "Boston's Trust Act" -> keep from the possessive on? no: the name follows the possessive,
    # unless the lexicon knows the whole as one law's name ("Children's Health Insurance Program")
    for i in range(start, end - 1):
        if doc[i].text in ("'s", "’s") and law:
            start = i + 1
    opened = next((i for i in range(start, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[j].text == ")" for j in range(opened + 1, end)):
        end = opened  # "Black Lives Matter (BLM": the name ends before a bracket it does not close
    while end > start and (
        doc[end - 1].text in TRAILING_POSSESSIVE
        or doc[end - 1].is_punct
        and doc[end - 1].text not in (".",)
        or doc[end - 1].is_space
    ):
        end -= 1
    if (
        end > start
        and doc[end - 1].text == "."
        and len(doc[end - 1].text) == 1
        and end - 1 > start
        and not doc[end - 2].text.endswith(".")
        and len(doc[end - 2]) > 2
    ):
        end -= 1
    if end <= start:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_) if (start, end) != (span.start, span.end) else span


MAX_NAME_TOKENS = 24
"""No name of a body, place or law is longer than this many tokens (the longest in the lexicon are
about a dozen). Scans that grow a name token by token stop here, so that crafted text ("Department of"
a thousand times) costs time linear in its length, not quadratic (issue 20)."""


@lru_cache(maxsize=1)
def _law_names() -> frozenset[str]:
    """Every name of the lexicon's laws and programs."""
    return frozenset(n for b in load_lexicon().named if b.cls == "Law" for n in b.names)


def is_be(tok: Token) -> bool:
    """ "be", and a "’s" the model leaves unlemmatized after a curly apostrophe ("she’s a critic of Y")."""
    return tok.lemma_ == "be" or (tok.tag_ == "VBZ" and tok.lower_ in ("’s", "'s"))
