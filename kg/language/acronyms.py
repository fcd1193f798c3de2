"""Acronyms an article defines, "Immigration and Customs Enforcement (ICE)": the long name's class
goes to every later use of the acronym, and the pairs go to ``doc._.kg_acronyms`` for in-article
coreference (:mod:`kg.resolve.corefs`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)")

if not Doc.has_extension("kg_acronyms"):
    Doc.set_extension("kg_acronyms", default=None)


def defined_acronyms(doc: Doc, text: str, chosen: list[Span]) -> list[Span]:
    """Acronyms defined in the text, "Long Name (ACR)", and every later use of them."""
    found, pairs = [], []
    by_end = {s.end_char: s for s in chosen}
    for m in ACRONYM_DEF.finditer(text):
        long = by_end.get(m.start() - 1) or by_end.get(m.start())
        acr = m.group(1)
        if long is None or not _is_acronym_of(acr, long.text):
            continue
        pairs.append((long.start_char, long.end_char, m.start(1), m.end(1)))
        for occ in re.finditer(rf"\b{re.escape(acr)}\b", text):
            span = doc.char_span(occ.start(), occ.end(), label=long.label_)
            if span is not None:
                found.append(span)
    doc._.kg_acronyms = pairs
    return found


def _is_acronym_of(acr: str, name: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", name) if w[0].isupper())
    letters = acr.replace(".", "").replace("&", "").upper()
    return letters == initials or (len(letters) >= 2 and initials.endswith(letters)) or letters in initials
