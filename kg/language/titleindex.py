"""The titles lexicon indexed by the words a tokenized text shows them in."""

from __future__ import annotations

import re

_HYPHEN = re.compile(r"(?<=\w)(-)(?=\w)")


def title_words(form: str) -> tuple[str, ...]:
    """A title's lower-case words as the tokenizer splits them: a hyphen between letters is a token of
    its own ("editor-in-chief" -> editor, -, in, -, chief), so a hyphenated title matches its text."""
    return tuple(w for word in form.lower().split() for w in _HYPHEN.split(word) if w)


def singular(word: str) -> str:
    """ "justices" -> "justice", "secretaries" -> "secretary" (only the forms titles take)."""
    if word.lower().endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word.isupper() else "y")
    if word.lower().endswith("s") and not word.lower().endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def title_index(titles) -> dict[tuple[str, ...], object]:
    """Lower-case word tuples of every title and its abbreviations -> the lexicon's title entry
    (a title's own words win over another title's alias)."""
    index: dict[tuple[str, ...], object] = {}
    for t in titles:
        index[title_words(t.title)] = t
    for t in titles:
        for alias in t.aliases:
            index.setdefault(title_words(alias), t)
    return index
