"""A department's subject written as part of a secretary's title is no body of its own.

"Secretary of State X", "Secretary of Defense X", "Kansas Secretary of State X": the model tags
"State" and "Defense" as organizations, and each became a node "State" or "Defense" of its own
(31 articles of 1,000 had a node "State"). The words are the title's: the office's portfolio, the
subject of a department the lexicon knows ("Department of State", "Department of Defense"). Which
department, if any, the title names is the title rules' business (a state's Secretary of State heads
no federal department); here only the stray node goes.

A span goes only when all of these hold:
- the model's organization (a body the lexicon knows by that name is an Agency and stays: "Secretary
  of Homeland Security X" names the department);
- a title word of the lexicon and "of" (or "of the") are written right before it: "Secretary of
  State", "the former Secretary of State is to testify", "[Secretary of Education] X", "the elected
  Secretary of State of Kansas", whether or not a person is named; or a title word right after it
  ("Education Secretary X") when the article names the department by no longer name ("the Education
  Department", which the word then stands for);
- "Department of <span>" is a department the lexicon knows, by name, alias or generic name (so the
  Goldman Sachs of "chairman of Goldman Sachs" is never one).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon.load import load_lexicon


@lru_cache(maxsize=1)
def _subjects() -> frozenset[str]:
    """What the departments the lexicon knows (by name, alias or generic name) are "of", lower-cased:
    "state", "defense", "veterans affairs" ("the" left out: "Department of the Interior")."""
    out = set()
    for b in load_lexicon().bodies:
        for n in (b.name, *b.aliases, *b.generic):
            if (k := n.lower().rfind("department of ")) >= 0:
                subject = n.lower()[k + len("department of ") :]
                out.add(subject.removeprefix("the "))
    return frozenset(out)


def is_portfolio(span: Span) -> bool:
    """Whether ``span`` ("State", "Defense") is the subject of a department the lexicon knows."""
    return span.label_ == "Organization" and load_lexicon().body(span.text) is None and department_subject(span.text)


def department_subject(text: str) -> bool:
    """Whether ``text`` ("Education", "Veterans Affairs") is what a department the lexicon knows is "of"."""
    return text.lower().removeprefix("the ") in _subjects()


def title_portfolios(doc: Doc, is_title_word: Callable[[Token], bool]) -> set[tuple[int, int]]:
    """The (start, end) token spans of the organizations written as a title's subject (see the module's doc)."""
    out = set()
    longer = [e.text for e in doc.ents if len(e) > 1]
    for e in (e for e in doc.ents if is_portfolio(e)):  # few: the scan of longer names below runs for these only
        k = e.start - (e.start > 0 and doc[e.start - 1].lower_ == "the")
        after = k >= 2 and doc[k - 1].lower_ == "of" and is_title_word(doc[k - 2])
        before = e.end < len(doc) and is_title_word(doc[e.end]) and not any(e.text in n and e.text != n for n in longer)
        if after or before:
            out.add((e.start, e.end))
    return out


def without_portfolios(doc: Doc, is_title_word: Callable[[Token], bool]) -> None:
    """``doc.ents`` without the titles' subjects (see the module's doc)."""
    drop = title_portfolios(doc, is_title_word)
    if drop:
        doc.ents = [e for e in doc.ents if (e.start, e.end) not in drop]
