"""The body a title is of when the article names it by a generic noun: "X, the group's president", "X, who
led the organization from 2007 to 2008". The noun ("group", "organization", "agency": ``body_nouns`` of
relation_cues.json, with "the" and nothing else) stands for the body named last before it, as
:func:`kg.language.bodyrefs.recent_body` reads it for "the group said": the subject of a clause in the few
sentences before, of a label the noun fits, and no other such body in that sentence; else none.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from .bodyrefs import recent_body
from .quotemarks import find_quote_spans
from .text import doc_text, per_doc

BODY_LABELS = ("Agency", "Court", "Organization")


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    return per_doc(doc, "title_quote_spans", lambda: sorted((q.start, q.end) for q in find_quote_spans(doc_text(doc))))


def _in_quote(doc: Doc):
    spans = _quotes(doc)

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    return inside


def named_by_noun(doc: Doc, noun: Token) -> Span | None:
    """The body the generic noun ``noun`` stands for ("the group's", "the organization"), or None."""
    bodies = [e for e in doc.ents if e.label_ in BODY_LABELS]
    found = recent_body(noun, bodies, _in_quote(doc))
    return doc.char_span(*found) if found is not None else None


def possessor_noun(doc: Doc, i: int, t_start: int) -> Token | None:
    """The generic noun owning a title that starts at ``t_start`` in a phrase from ``i``: "the group's president"."""
    k = t_start - 1
    if k - 1 < i or doc[k].tag_ != "POS" or doc[k - 1].pos_ != "NOUN":
        return None
    return doc[k - 1]
