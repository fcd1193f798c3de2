"""A bill an article describes without naming it ("the spending measure", "the most restrictive abortion bill"):
whether it is another bill than the law the article names, so that a bare "the bill" may mean either and names
no law (read by :mod:`kg.pipeline.stances` and kg_consequences).

A definite bill noun (``stance_frames.bill_nouns``) modified by a common noun that is no word of a law the
article names describes a bill (:func:`described`). It is the named law itself, not another bill, when
- it stands in apposition with the law's name, or right after it behind a comma or in parentheses, and in
  no list ("HB 12, the most sweeping voting bill in decades", "House Bill 2 (the bathroom bill)", "the spending
  bill, HB 12"); or
- it is the article's lead description of its bill, named only later: it comes before every law the article
  names, and a bare "the bill" there would mean the one law the article names, named by its bill number
  (``bill-number`` of entity_patterns.json: "Alabama sent the most restrictive abortion bill to the governor
  ... the Senate voted to pass HB 314"). A law named by another name ("the Harbor Act") may be one the
  described bill amends, funds or replaces, so the description stays another bill.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon.resources import load_json
from .cues import cues, ent_of, nominal_target


@lru_cache(maxsize=1)
def _bill_number() -> re.Pattern:
    found = next(p for p in load_json("entity_patterns.json")["regex"] if p.get("id") == "bill-number")
    return re.compile(rf"^(?:{found['regex']})$")


def other_bill(doc: Doc, bill_nouns: set[str]) -> bool:
    """Whether the article speaks of a bill it does not name, other than the law it names."""
    laws = [e for e in doc.ents if e.label_ == "Law"]
    words = " ".join(e.text.lower() for e in laws)
    return any(described(t, bill_nouns, words) and not _named(t, laws) for t in doc)


def described(t: Token, bill_nouns: set[str], law_words: str) -> bool:
    """ "the spending measure": a definite bill noun modified by a common noun that is no word of a named law
    ("a religious liberty bill" is indefinite: the one later named)."""
    return (
        t.lemma_.lower() in bill_nouns
        and not t.ent_type_
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.lower_ not in law_words for c in t.children)
    )


def _named(t: Token, laws: list[Span]) -> bool:
    """Whether the described bill ``t`` is the law the article names (see the module's docstring)."""
    if (t.dep_ == "appos" and ent_of(t.head) is not None and t.head.ent_type_ == "Law") or any(
        c.dep_ == "appos" and c.ent_type_ == "Law" for c in t.children
    ):
        return True  # "HB 12, the voting bill", "the voting bill, HB 12"
    doc, i = t.doc, t.left_edge.i
    i -= doc[i].text != "("  # the opening mark, in the noun's phrase or just before it
    listed = t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)  # "HB 12, the tax bill and HB 14": a list
    if i >= 1 and doc[i].text in (",", "(") and doc[i - 1].ent_type_ == "Law" and not listed:
        return True  # "House Bill 2 (the bathroom bill)", "HB 12, the voting bill, ..." (parsed as two objects)
    if not laws or laws[0].start < t.i:
        return False
    law = nominal_target(doc, t, cues()["nominals"])  # the one law a bare "the bill" there would mean
    return law is not None and _bill_number().match(law.text) is not None
