"""Runs of words written before a title, as :func:`kg.language.status.read_status` walks back from it to
the modifiers of the holding ("former South Bend, Indiana, Mayor"): a place set off by commas, and the
end of another title, past which no modifier is read."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.load import load_lexicon
from .titleindex import title_index


def set_off_state(words: list[str]) -> int:
    """How many of the last ``words`` are a place set off by commas after a city (", Indiana," of "South
    Bend, Indiana,"): 0 when they are not (one comma alone: "late Tuesday, House Minority Leader")."""
    if len(words) < 4 or words[-1] != ",":
        return 0
    for k in (1, 2):  # a state of one or two words
        inner = words[-1 - k : -1]
        if words[-2 - k] == "," and all(w[:1].isupper() for w in inner) and words[-3 - k][:1].isupper():
            return k + 2
    return 0


def ends_title(words: list[str]) -> bool:
    """Whether the last of ``words`` ends a title of the lexicon ("President", "Attorney General"): a
    modifier is not read past another title ("former President X's Attorney General"), but it is past
    a name or a word that is no title by itself ("former Republican Rep. X", "former White House
    chief of staff": "House" ends "Speaker of the House", not "White House")."""
    low = [w.lower().rstrip(".") for w in words[-4:]]
    return any(tuple(low[i:]) in _title_keys() for i in range(len(low)))


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.rstrip(".") for w in k) for k in title_index(load_lexicon().titles))
