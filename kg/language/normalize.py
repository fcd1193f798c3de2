"""Name normalization and the small text helpers the scorer compares with (GUIDELINES.md, "Scoring").

Names are compared after: Unicode NFKC, case folding, curly quotes and apostrophes made
straight, a leading "the " and a trailing possessive "'s" dropped, punctuation at either end
dropped, white space collapsed. The steps are repeated until nothing changes, so that e.g.
``"The ICE's,"`` and ``"ice"`` normalize alike whatever order the decorations come in.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SPACE = re.compile(r"\s+")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _strip_punct(text: str) -> str:
    start, end = 0, len(text)
    while start < end and (_is_punct(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_is_punct(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def normalize(text: str) -> str:
    """The normalized form of a name (or of any text compared by the scorer)."""
    s = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    s = _SPACE.sub(" ", s).strip()
    while True:
        before = s
        s = _strip_punct(s)
        if s.startswith("the "):
            s = s[4:].lstrip()
        if s.endswith("'s"):
            s = s[:-2].rstrip()
        if s == before:
            return s


def words(text: str) -> frozenset[str]:
    """The set of words of ``text`` after normalization, each stripped of end punctuation."""
    return frozenset(w for w in (_strip_punct(w) for w in normalize(text).split(" ")) if w)


def words_contained(a: str, b: str) -> bool:
    """Titles rule: the words of one contain the words of the other (neither may be empty)."""
    wa, wb = words(a), words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def year(value: object) -> str | None:
    """The year of a date value: ``"2014"``, ``"2014-05-01"``, ``"May 2014"``, 2014 -> ``"2014"``."""
    m = _YEAR.search(str(value))
    return m.group(1) if m else None
