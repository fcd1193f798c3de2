"""A state bill's short and long number forms in one article are one law ("HB2" and "House Bill 2", "AB 5" and
"Assembly Bill 5", "S.F. 12" and "Senate File 12"): two Law mentions of the state-bill form
(``entity_patterns.json`` ``state_bill``) with the same number whose letters are the initials of the long form's
words. Congress's bills (H.R., S.) are not of the form; two chambers' bills of one number keep apart
("HB 2" and "Senate Bill 2")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.resources import load_json

NUMBER = re.compile(r"^(.*?)\s?(\d{1,5})$")


@lru_cache(maxsize=1)
def _state_bill() -> re.Pattern:
    return re.compile(load_json("entity_patterns.json")["state_bill"])


def bill_key(name: str) -> str | None:
    """The initials and number of a state bill's name ("House Bill 2", "HB2", "H.B. 2" -> "hb2"), else None."""
    m = NUMBER.match(name)
    if not (_state_bill().match(name) and m):
        return None
    words = m.group(1).split()
    letters = "".join(w[0] for w in words) if len(words) > 1 else m.group(1).replace(".", "")
    return letters.lower() + m.group(2)


def bill_forms(mentions: list[tuple[int, int, str, str]]) -> list[tuple[int, int]]:
    """Pairs of indices of Law mentions (start, end, name, label) that are one state bill's forms."""
    first: dict[str, int] = {}
    out = []
    for i, m in enumerate(mentions):
        if m[3] == "Law" and (key := bill_key(m[2])) is not None:
            if key in first:
                out.append((i, first[key]))
            else:
                first[key] = i
    return out
