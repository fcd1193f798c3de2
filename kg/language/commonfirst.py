"""Two-word "person" names whose first words are no name (issue 15): the model reads "Notice Hallam" (a
sentence's verb), "Describing King", "I'm Pell" as persons. Besides being no person, such a name is a
second bearer of the surname, and the bare surname then joins neither.

A person name is cut to its last word, the surname, when

- that surname ends another person name of the article whose words before it are a name or a title
  ("Ruth Hallam", "President Pell"): the article names that person in full ("Chimney Pete" and "Black
  Pete" name no one in full, "Ditch Mitch" no "X Mitch"); and
- every word before it is no part of a name: a pronoun or a verb form the model tags so ("I", "'m"), or
  an ordinary word, as :mod:`kg.language.commonwords` reads one: the article writes it in lower case
  elsewhere, or the language has it as a verb, adjective or adverb (the lemmatizer's word index; a noun
  alone may be a proper name there: "Brandt", "Alger") and the article capitalizes it only
  where any word is (a sentence's first word, a headline, a run of capitalized words: "Newt" written
  inside a sentence is a name) -- and it is no given name: not a first name of the Census tables of
  ``names`` ("Will", "Hope", "Grace"), nor the first name or nickname of a listed office holder ("Rand",
  "Mitt", "Newt"; ``legislators.tsv``, ``officeholders.json``), nor a title or honorific
  (``titles.tsv`` handles "Senator Warren"), nor a particle the article writes before the surname in
  lower case ("de Blasio", then "De Blasio" opening a sentence); and the name is no end of a longer
  person name of the article ("Den Hollander" of "Roy Den Hollander").

Cut, the surname is the mention of the person the article names ("Notice Hallam isn't talking ..." is
Hallam talking), and joins that person.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon.surnames import holder_first_names
from .honorifics import is_title
from .sex import is_first_name
from .text import heading_ranges, overlaps

PERSONS = ("Person", "Official")
OPENERS = frozenset("“\"‘'([:;—–-…\n")  # after these any word may be capitalized; not after a comma


def cut_to_surnames(spans: list[Span], others: list[Span], words: dict[str, frozenset[str]]) -> list[Span]:
    """``spans`` with each person name whose words before the surname are no name (above) cut to the
    surname; ``others``: the article's other names."""
    people = [s for s in (*spans, *others) if s.label_ in PERSONS]
    if not any(len(s) > 1 for s in people):
        return spans
    doc = people[0].doc
    headings = heading_ranges(doc.text)
    lower = {t.text for t in doc if t.is_lower}
    named = {t.lower_ for t in doc if t.is_title and not capitalized_anyway(t, headings)}  # "on Newt Gingrich"
    particles = {(t.text, t.nbor().text) for t in doc[:-1] if t.is_lower}  # ("de", "Blasio")

    def no_name(tok: Token) -> bool:
        if tok.is_title and (is_title(tok.text) or _a_name(tok.text)):
            return False  # "Will Hurd" (an auxiliary's form), "Senator Warren"
        if tok.pos_ == "PRON" or (tok.pos_ in ("AUX", "VERB") and not tok.is_title):
            return True  # "I", "'m"
        if not (tok.is_alpha and tok.is_title):
            return False
        word = tok.lower_ in lower or (_beyond_nouns(tok, words) and tok.lower_ not in named)
        return word and (tok.lower_, doc[tok.i + 1].text) not in particles

    out = []
    for s in spans:
        cut = s.label_ in PERSONS and len(s) > 1 and s[-1].is_alpha and s[-1].is_title and all(map(no_name, s[:-1]))
        cut = cut and not any(len(p) > len(s) and [t.text for t in p[-len(s) :]] == [t.text for t in s] for p in people)
        if cut and any(len(p) > 1 and p[-1].text == s[-1].text and not all(map(no_name, p[:-1])) for p in people):
            s = Span(doc, s.end - 1, s.end, label=s.label_)
        out.append(s)
    return out


def capitalized_anyway(tok: Token, headings: list[tuple[int, int]]) -> bool:
    """Whether any word would be capitalized where ``tok`` is: a sentence's or a quotation's first word,
    after a colon or a dash, after another capitalized word (a run in title case: "Democratic Breakdown"),
    or in a line written in headline case."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    first = tok.is_sent_start or prev is None or prev.text in OPENERS or (prev.is_alpha and not prev.is_lower)
    return first or overlaps(tok.idx, tok.idx + len(tok), headings)


def in_language(tok: Token, words) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _beyond_nouns(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """Whether the word index has the word as a verb, adjective or adverb: not a noun alone, as WordNet's
    proper names ("Brandt", "Alger") and nouns that are also given names ("Newt", "Tipper") are."""
    return any(words.get(w, frozenset()) - {"noun"} for w in (tok.lower_, tok.lemma_.lower()))


@lru_cache(maxsize=4096)
def _a_name(word: str) -> bool:
    """A given name: of the Census first-name tables or of a listed office holder."""
    return is_first_name(word) or word in holder_first_names()
