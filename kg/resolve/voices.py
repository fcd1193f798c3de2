"""Who speaks for the federal government holds a post in it: "HHS spokesman X", "X, a spokeswoman for the
State Department" are Officials, as a White House press secretary is, while a police department's, a
company's or a senator's spokesman stays a Person (titles.tsv kind "voice"). The federal executive is a
lexicon Agency of the United States outside Congress (legislatures.json "federal"): a department, the White
House, an independent agency; not a chamber, a committee, a court, a state's or a city's body."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json


def federal_voice(t: dict, body: str | None) -> bool:
    """Whether the title finding ``t`` is a "voice" title (titles.tsv kind) held in the body named ``body``,
    a federal executive agency."""
    words = (t.get("title") or "").split()
    if not words or body is None:
        return False
    lex = load_lexicon()
    entry = lex.title(words[-1])
    if entry is None or entry.kind != "voice":
        return False
    found = lex.body(body)
    if found is None or found.cls != "Agency" or found.jurisdiction != "United States":
        return False
    return not any(b.name in _federal_legislature() for b in (found, *lex.ancestors(found)))


@lru_cache(maxsize=1)
def _federal_legislature() -> frozenset[str]:
    federal = load_json("legislatures.json")["federal"]
    return frozenset(n for k in ("legislature", "upper", "lower") for n in federal.get(k, []))
