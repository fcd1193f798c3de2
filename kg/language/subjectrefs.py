"""A person a sentence's subject describes by title: "the governor signed", "the former governor kicked off ads".

For pronoun antecedents (:mod:`kg.language.mentions`): such a subject is a person the text speaks of, so a
"he" after it is that person, not someone named before it. ``described_subjects`` finds them ("the" and a
title word of titles.tsv, with nothing but "former" or a modifier before it, the subject of the sentence's
main verb, not of a clause inside it: "He said the officer fired"); ``holder`` is the one person
the article titled so before it (a title written "former", "Former Gov. Jo Roe", for "the former governor";
a current one for "the governor"), or None: a title two persons hold names nobody. A title the article
gives no one ("the 25-year-old student") is no such subject: it may describe anyone named before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon.load import load_lexicon
from .text import doc_text

SUBJECTS = ("nsubj", "nsubjpass")
FORMER = ("former", "ex")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*(?:[\w.]+\s+){0,2}$", re.IGNORECASE)  # "Former Republican Gov."


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The last word of each title and alias of titles.tsv ("governor", "senator", "spokesman")."""
    return frozenset(w.split()[-1].lower() for t in load_lexicon().titles for w in (t.title, *t.aliases) if w[-1:] != ".")


def described_subjects(doc: Doc, in_quote: Callable[[int], bool]) -> dict[int, Token]:
    """Offset -> token of each subject outside quotes written "the [former] <title word>"."""
    words = title_words()
    return {
        t.idx: t
        for t in doc
        if t.dep_ in SUBJECTS
        and t.pos_ == "NOUN"
        and t.is_lower
        and t.lower_ in words
        and not in_quote(t.idx)
        and [c.lower_ for c in t.children if c.dep_ in ("det", "poss")] == ["the"]
        and not any(c.dep_ in ("prep", "compound", "relcl", "acl", "appos") for c in t.children)
        and _main_clause(t)
    }


def _main_clause(t: Token) -> bool:
    """Whether ``t`` is the subject of its sentence's main verb (or of one joined to it by "and"), not of a
    clause inside the sentence ("He said the officer fired": what someone said of the officer)."""
    v = t.head
    while v.dep_ == "conj" and v.head is not v:
        v = v.head
    return v.dep_ == "ROOT"


def former(t: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_.rstrip("-") in FORMER for c in t.children)


def former_persons(doc: Doc, persons: list[Span]) -> list[tuple[tuple[int, int], str, str]]:
    """(person's span, the last word of their title, their surname) for each person the article titles
    as a former holder ("Former Gov. Jo Roe", "Roe, a former governor")."""
    titles = (doc._.kg_titles or []) if doc.has_extension("kg_titles") else []
    surname = {(e.start_char, e.end_char): e[-1].text for e in persons}
    out = []
    for t in titles:
        if not t.get("title") or not t.get("person") or not t.get("at") or not t.get("sent"):
            continue
        said = t["title"].lower().startswith(("former ", "ex-"))
        if said or _FORMER_BEFORE.search(doc_text(doc)[max(t["sent"][0], t["at"][0] - 40) : t["at"][0]]):
            out.append((tuple(t["person"]), t["title"].split()[-1].lower(), surname.get(tuple(t["person"]), "")))
    return out


def holders(t: Token, titled: list, formers: list) -> list[tuple[tuple[int, int], str]]:
    """(span, surname) of each person titled before ``t`` as ``t`` describes them ("the student" of an article
    that titles no one so is no event: it may describe anyone named before)."""
    pool = formers if former(t) else titled
    return [(span, name) for span, word, name in pool if word == t.lower_ and span[1] <= t.idx]


def holder(t: Token, titled: list, formers: list) -> tuple[int, int] | None:
    """The one person titled before ``t`` as ``t`` describes them, or None."""
    found = holders(t, titled, formers)
    return max(found)[0] if found and len({name for _, name in found}) == 1 else None
