"""A title word that is a person's first name: "Sen. Dean Ruiz", "Dean Heller said".

Several words are both titles and first names ("Dean", "Major", "King"). The name readers take a
title word that opens a person's name off it ("Dean Ruiz, the law school's dean" -> "Ruiz", title
"Dean"); after another title it is a first name, since no one is titled twice in a row, and so it
is in a listed legislator's full name."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.legislators import holder_key, legislator_keys
from ..lexicon.load import load_lexicon
from .honorifics import is_title
from .sex import is_first_name


@lru_cache(maxsize=1)
def _kg_titles() -> frozenset[str]:
    """One-word titles and abbreviations of kg's title table ("Sen.", "Gov.": nameparser lists neither)."""
    return frozenset(w.lower().rstrip(".") for t in load_lexicon().titles for w in (t.title, *t.aliases) if " " not in w)


def first_name_titled(ent: Span) -> bool:
    """Whether the title word that opens the two-word person ``ent`` is its first name: a first name
    before a surname alone, after a title of kg's table or an abbreviated honorific ("Mr."; nameparser's
    bare "First" of "First Lady" is no such title), or in a listed legislator's name."""
    if len(ent) != 2 or not is_first_name(ent[0].text):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    titled = (
        before is not None
        and before.text[:1].isupper()
        and (before.lower_.rstrip(".") in _kg_titles() or before.text.endswith(".") and is_title(before.text))
    )
    return titled or holder_key(ent.text) in legislator_keys()
