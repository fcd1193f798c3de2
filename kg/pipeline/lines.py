"""``kg_lines``: sentence boundaries the parser must keep.

- A line break always ends a sentence. Articles as scraped put headlines, captions and list items
  on lines of their own, without closing punctuation; the parser would glue them to the next
  sentence, and evidence would quote a headline with it.
- A title abbreviation never does: "Ald. Carlos Rosa", "Supt. Eddie Johnson" (the abbreviations
  of the titles lexicon, which the tokenizer keeps whole, see ``add_title_abbreviations``); the
  parser would otherwise end a sentence at the abbreviation's full stop. Nor does a place
  abbreviation before a title: "D.C. Mayor Vincent Gray", "Calif. Gov. Jerry Brown". Nor a title's first
  word after a capitalized word ("Ohio Secretary of State X" opening a paragraph, which the parser may
  cut after "Ohio"): a sentence ends with punctuation or a line break.

Runs before the parser, which keeps the boundaries it is given.

:class:`RunSafeTokenizer` wraps spaCy's tokenizer, which is quadratic on long runs of punctuation
(``"&" * 30_000``: 78 s): a run of more than :data:`LONG_RUN` punctuation characters is cut into
tokens of :data:`LONG_RUN` characters without being tokenized. The Doc's text is the article's
text, unchanged, so every offset still indexes it; texts without such a run are tokenized as before.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


class LineBreaks:
    def __init__(self, abbreviations: set[str], place_abbreviations: set[str] = frozenset(), title_words: set[str] = frozenset()):
        self.abbreviations = abbreviations
        self.place_abbreviations = place_abbreviations
        self.title_words = title_words

    def __call__(self, doc: Doc) -> Doc:
        # one array for all the boundaries: a token's ``is_sent_start`` setter scans the whole Doc
        # (spaCy checks it is unparsed), which made a long article of title words quadratic
        starts = doc.to_array([SENT_START]).astype("int64")
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                starts[tok.i] = 1
        orths, (abbreviations, title_words) = doc.to_array("ORTH"), self._ids(doc.vocab)
        for i in numpy.flatnonzero(numpy.isin(orths[:-1], abbreviations)).tolist():
            nxt = doc[i + 1]
            if (
                nxt.is_title
                and "\n" not in doc[i].whitespace_
                and (doc[i].text in self.abbreviations or nxt.text in self.title_words)
            ):
                starts[i + 1] = -1
        for i in numpy.flatnonzero(numpy.isin(orths[1:], title_words)).tolist():
            tok, prev = doc[i + 1], doc[i]
            if tok.is_title and prev.is_alpha and prev.text[:1].isupper() and "\n" not in prev.whitespace_:
                starts[i + 1] = -1  # "Ohio Secretary of State X" opening a paragraph: one sentence
        if len(doc):
            doc.from_array([SENT_START], starts.astype("uint64"))
        return doc

    def _ids(self, vocab) -> tuple:
        """The orth ids of the abbreviations (title and place ones) and of the titles' first words, once
        per vocabulary."""
        if getattr(self, "_vocab", None) is not vocab:
            self._vocab = vocab
            abbreviations, titles = self.abbreviations | self.place_abbreviations, self.title_words
            self._id_sets = tuple(
                numpy.array([vocab.strings.add(w) for w in ws], dtype="uint64") for ws in (abbreviations, titles)
            )
        return self._id_sets


LONG_RUN = 50
_RUN = re.compile(rf"[^\w\s]{{{LONG_RUN + 1},}}")


class RunSafeTokenizer:
    """spaCy's ``tokenizer`` (all its attributes too), linear on runs of punctuation."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        if len(text) <= LONG_RUN or not _RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _RUN.finditer(text):
            self._add(text[pos : m.start()], words, spaces)
            run = m.group()
            for i in range(0, len(run), LONG_RUN):
                words.append(run[i : i + LONG_RUN])
                spaces.append(False)
            pos = m.end()
        self._add(text[pos:], words, spaces)
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    def _add(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        if piece.startswith(" ") and words and not spaces[-1]:
            spaces[-1], piece = True, piece[1:]  # the space after a run belongs to its last token
        if piece:
            for tok in self.tokenizer(piece):
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))


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
