"""Titles compared after normalization (GUIDELINES.md, "Scoring" 4).

A reference title and a built one name the same position when the words of one contain the words
of the other after normalization. Normalization spells out the abbreviations news writes before
names, as ``titles.tsv`` lists them ("Sen." -> "senator", "Lt. Gov." -> "lieutenant governor",
"state Rep." -> "state representative"): a reader who writes "Sen." and one who writes "Senator"
for "Sen. Jane Roe" gave the same title. Abbreviations are matched as written (case and period),
so the word "rep" or "gov" alone is not expanded.
"""

from __future__ import annotations

import re
from functools import cache

from ..language.normalize import words_contained
from ..lexicon.load import load_lexicon


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    spelled = {a: t.title for t in load_lexicon().titles for a in t.aliases}
    alternatives = "|".join(re.escape(a) for a in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)"), spelled


def spelled_out(title: str) -> str:
    """``title`` with each abbreviation written before names replaced by the title it stands for."""
    pattern, spelled = _abbreviations()
    return pattern.sub(lambda m: spelled[m.group(0)], title.replace("’", "'"))


def same_title(a: str, b: str) -> bool:
    """The titles rule: after spelling out abbreviations, the words of one contain the other's."""
    return words_contained(spelled_out(a), spelled_out(b))
