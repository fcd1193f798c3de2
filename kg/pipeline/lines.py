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

import numpy
from spacy.language import Language
from spacy.tokens import Doc


class LineBreaks:
    def __init__(self, abbreviations: set[str], place_abbreviations: set[str] = frozenset(), title_words: set[str] = frozenset()):
        self.abbreviations = abbreviations
        self.place_abbreviations = place_abbreviations
        self.title_words = title_words

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
        orths = doc.to_array("ORTH")
        for i in numpy.flatnonzero(numpy.isin(orths[:-1], self._ids(doc.vocab))).tolist():
            nxt = doc[i + 1]
            if (
                nxt.is_title
                and "\n" not in doc[i].whitespace_
                and (doc[i].text in self.abbreviations or nxt.text in self.title_words)
            ):
                nxt.is_sent_start = False
        return doc

    def _ids(self, vocab):
        """The orth ids of the abbreviations (title and place ones), once per vocabulary."""
        if getattr(self, "_vocab", None) is not vocab:
            self._vocab = vocab
            self._abbr = numpy.array(
                [vocab.strings.add(a) for a in self.abbreviations | self.place_abbreviations], dtype="uint64"
            )
        return self._abbr


def title_abbreviations(lexicon) -> set[str]:
    """The lexicon's title abbreviations that end in a full stop ("Gov.", "Supt.")."""
    return {a for t in lexicon.titles for a in t.aliases if a.endswith(".") and " " not in a}


@Language.factory("kg_lines")
def make_lines(nlp: Language, name: str) -> LineBreaks:
    from ..lexicon.load import load_lexicon

    lex = load_lexicon()
    places = {n for p in lex.places for n in (p.name, *p.aliases) if n.endswith(".") and " " not in n}
    words = {t.title.split()[0].capitalize() for t in lex.titles} | title_abbreviations(lex)
    return LineBreaks(title_abbreviations(lex), places, words)
