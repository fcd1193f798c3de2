"""The law an article is about, for rules that read "it" or "the law" as a law the article names
(:mod:`kg.pipeline.consequences`): names compared by key, the one law named, the law named most."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .names import name_key
from .statebodies import dominant


def law_key(name: str) -> str:
    return name_key(name, "Law")  # "2014's Trust Act" = "the Trust Act"


def only_law(doc: Doc):
    """The law the article is about: the one it names (however written), or the one it names at least
    twice and at least twice as often as any other; None otherwise."""
    laws = [e for e in doc.ents if e.label_ == "Law"]
    counts = Counter(law_key(e.text) for e in laws)
    main = next(iter(counts)) if len(counts) == 1 else dominant(counts)
    return None if main is None else next(e for e in laws if law_key(e.text) == main)


def one_law_topic(doc: Doc) -> bool:
    """Whether the article names one law only, and at least twice: what a quotation's "it" may stand for
    ("'It was hurting sales,' says X" in an article naming Medicare once is not about Medicare)."""
    keys = [law_key(e.text) for e in doc.ents if e.label_ == "Law"]
    return len(set(keys)) == 1 and len(keys) >= 2
