"""``kg_lines``: sentence boundaries the parser must keep.

- A line break always ends a sentence. Articles as scraped put headlines, captions and list items
  on lines of their own, without closing punctuation; the parser would glue them to the next
  sentence, and evidence would quote a headline with it.
- A title abbreviation never does: "Ald. Carlos Rosa", "Supt. Eddie Johnson" (the abbreviations
  of the titles lexicon, which the tokenizer keeps whole, see ``add_title_abbreviations``); the
  parser would otherwise end a sentence at the abbreviation's full stop. Nor does a place
  abbreviation before a title: "D.C. Mayor Vincent Gray", "Calif. Gov. Jerry Brown".

Runs before the parser, which keeps the boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineBreaks:
    def __init__(self, abbreviations: set[str], place_abbreviations: set[str] = frozenset(),
                 title_words: set[str] = frozenset()):
        self.abbreviations = abbreviations
        self.place_abbreviations = place_abbreviations
        self.title_words = title_words

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
            elif tok.is_title and (prev.text in self.abbreviations or (
                    prev.text in self.place_abbreviations and tok.text in self.title_words)):
                tok.is_sent_start = False
        return doc


def title_abbreviations(lexicon) -> set[str]:
    """The lexicon's title abbreviations that end in a full stop ("Gov.", "Supt.")."""
    return {a for t in lexicon.titles for a in t.aliases if a.endswith(".") and " " not in a}


@Language.factory("kg_lines")
def make_lines(nlp: Language, name: str) -> LineBreaks:
    from ..lexicon import load_lexicon

    lex = load_lexicon()
    places = {n for p in lex.places for n in (p.name, *p.aliases) if n.endswith(".") and " " not in n}
    words = {t.title.split()[0].capitalize() for t in lex.titles} | title_abbreviations(lex)
    return LineBreaks(title_abbreviations(lex), places, words)
