"""One-word "person" names that are ordinary English words (issue 15): the model reads a capitalized common
noun as a person ("Will Layoffs Spread?", a headline's last word; "Premiums rose", a sentence's first word),
and a party word before it then made it a party's member.

A one-word person name is such a word, and no person, when no longer person name of the article holds it
("Dana Layoffs": then it is her surname) and either

- the article writes the word in lower case elsewhere ("... voter turnout ..."), or
- the language has the word, and no one's name does: the lemmatizer's word index of the spaCy model
  (nouns, verbs, adjectives and adverbs, WordNet's) knows the word or its lemma ("premiums" ->
  "premium"), while the Census tables of the ``names`` package know it neither as a surname nor as a
  first name, nor is it the surname of a listed office holder (``legislators.tsv``, ``officeholders.json``):
  "Brown", "King", "Trump", "Cotton" stay names; and the article capitalizes it only where any word is
  (a sentence's first word, a headline, a run of capitalized words): WordNet also holds proper names ("Hitler", "Kiev"), which an
  article capitalizes inside its sentences too.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.surnames import census_surnames, holder_surnames
from .commonfirst import capitalized_anyway, cut_to_surnames
from .commonfirst import in_language as _in_language
from .sex import is_first_name
from .text import heading_ranges

PERSONS = ("Person", "Official")
WORD_CLASSES = ("noun", "verb", "adj", "adv")


def word_index(nlp) -> dict[str, frozenset[str]]:
    """The words of the model's lemmatizer index, each with its word classes ("noun", "verb", ...; WordNet's
    proper names, "brandt", "hitler", are nouns only); empty when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    classes: dict[str, set[str]] = {}
    for cls in WORD_CLASSES:
        for w in table[cls] if cls in table else ():
            classes.setdefault(w, set()).add(cls)
    return {w: frozenset(c) for w, c in classes.items()}


def without_common_words(spans: list[Span], others: list[Span], words: dict[str, frozenset[str]]) -> list[Span]:
    """``spans`` without the one-word person names that are ordinary words (above); ``others``: the
    article's other names, whose longer person names may hold the word."""
    spans = cut_to_surnames(spans, others, words)  # "Notice Hallam" -> "Hallam"
    spans = [s for s in spans if not _adjective_body(s, words)]
    lone = [s for s in spans if s.label_ in PERSONS and len(s) == 1 and s[0].is_alpha and s[0].is_title]
    if not lone:
        return spans
    doc = lone[0].doc
    held = {t.lower_ for s in (*spans, *others) if s.label_ in PERSONS and len(s) > 1 for t in s}
    lower = {t.text for t in doc if t.is_lower}
    headings = heading_ranges(doc.text)
    named = {t.text for t in doc if t.is_title and not capitalized_anyway(t, headings)}  # "said Hitler"
    out = set()
    for s in lone:
        word, prev = s[0].lower_, (doc[s.start - 1] if s.start else None)
        after_name = prev is not None and prev.is_title and not capitalized_anyway(prev, headings)  # "in 1936, Adolf Hitler's"
        if word in held:
            continue  # "Dana Layoffs": a surname
        if word in lower or (_in_language(s[0], words) and not _a_name(s[0].text) and s[0].text not in named and not after_name):
            out.add(s)
    return [s for s in spans if s not in out]


def _adjective_body(s: Span, words: dict[str, frozenset[str]]) -> bool:
    """A one-word organization that is an adjective of the language only, capitalized as its sentence's
    first word ("Transgender advocate X said": no body), written nowhere else in the article with a capital."""
    if s.label_ != "Organization" or len(s) != 1 or not s[0].is_sent_start or not s[0].is_title:
        return False
    if {c for w in (s[0].lower_, s[0].lemma_.lower()) for c in words.get(w, frozenset())} != {"adj"}:
        return False
    return not any(t.text == s[0].text and not t.is_sent_start for t in s.doc)


@lru_cache(maxsize=4096)
def _a_name(word: str) -> bool:
    return word.upper() in census_surnames() or is_first_name(word) or word in holder_surnames()
