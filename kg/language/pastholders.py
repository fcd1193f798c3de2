"""Whether a title written with "a" or "an" names one of several holders (a member) or a past head.

"X, a director of the Harbor Fund": one of several directors, a member of the fund. "X, a former mayor of
Oakdale", "X is an ex-governor of Ohio": one of the office's past holders, and the office (a head title of a
public office, held by one person at a time: titles.tsv role "head", class "Official") is the place's head:
a past head, as "former Mayor X" is (kg:heads means holds or held; the membership says "former"). The
status words are role_status.json's (kg.language.status), of the kind "former" but "then" ("a then-mayor"
is no usage).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .status import status_words

INDEFINITE = ("a", "an")


@lru_cache(maxsize=1)
def _past_words() -> frozenset[str]:
    return frozenset(w for w, kind in status_words().items() if kind == "former" and w != "then")


def one_of_several(doc: Doc, t_start: int, t_end: int, entry) -> bool:
    """Whether the title at ``[t_start, t_end)``, after "a"/"an", names one of several holders (a member)."""
    if t_start == 0 or doc[t_start - 1].lower_ not in INDEFINITE:
        return False
    past = doc[t_start].lower_.rstrip("-") in _past_words() and t_start + 1 < t_end
    return not (past and entry.role == "head" and entry.cls == "Official")
