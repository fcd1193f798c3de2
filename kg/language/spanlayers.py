"""Helpers of ``kg_entities`` for choosing among candidate spans: layering sources by trust, the
model's lone all-capital "organizations", and headline-case law names shortened to the body's."""

from __future__ import annotations

import re

from spacy.tokens import Span
from spacy.util import filter_spans

from .text import overlaps


def shorten_headline_laws(spans: list[Span], headings) -> list[Span]:
    """In a headline-case line, "Supreme Court Weighs Future Of Voting Rights Act" names the law the
    body text calls "Voting Rights Act": keep the longest suffix that is a law named elsewhere (in any
    letter case: "Romney on the Dream Act" for the body's "DREAM Act")."""
    laws = {s.text.lower() for s in spans if s.label_ == "Law" and not overlaps(s.start_char, s.end_char, headings)}
    out = []
    for s in spans:
        if s.label_ == "Law" and s.text.lower() not in laws and overlaps(s.start_char, s.end_char, headings):
            for k in range(s.start + 1, s.end):
                if s.doc[k : s.end].text.lower() in laws:
                    s = Span(s.doc, k, s.end, label="Law")
                    break
        out.append(s)
    return out


def layer(first: list[Span], then: list[Span]) -> list[Span]:
    """``first`` plus the non-overlapping longest spans of ``then``."""
    taken = {i for s in first for i in range(s.start, s.end)}
    rest = [s for s in filter_spans(then) if not any(i in taken for i in range(s.start, s.end))]
    return sorted(first + rest, key=lambda s: s.start)


def lone_capitals(span: Span, text: str) -> bool:
    """A one-word name in capitals that the model alone calls an organization and the article writes
    once, and not as a subject or owner ("law enforcement ASK for papers", "another DUI arrest"):
    emphasis or an abbreviation, not a body ("CASA sued" keeps CASA). Acronyms the text defines, and lexicon bodies, were chosen before the model's guesses."""
    word = span.text
    return (
        span.label_ == "Organization"
        and len(span) == 1
        and word.isupper()
        and len(word) >= 2
        and span.root.dep_ not in ("nsubj", "nsubjpass", "poss")
        and len(re.findall(rf"(?<![\w.]){re.escape(word)}(?![\w])", text)) == 1
    )
