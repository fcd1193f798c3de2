"""Members of Congress listed with their state under a plural noun of a chamber's members: "several
incumbent senators, including A of Arkansas and B of Louisiana", or that noun in the sentence before one
opening a list ("... Democratic incumbent senators. They include A of Arkansas, B of Louisiana, and C of
North Carolina": ``member_lists`` of legislatures.json). A name on the list (``legislators.tsv``) for that
chamber and that state, the state written after the name ("of Arkansas", ", Ark.,", "(D-Ark.)"), is that
member of Congress: the plural noun says the listed ones hold the seat, the name and the state which
member each is. Not a state's lawmakers ("state senators"). kg.resolve.listedmembers adds the fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .chambers import _OF_STATE, _PAREN, _SET_OFF_STATE, _states
from .listedchambers import listed_states


def listed_with_state(doc: Doc, text: str, name: str, chamber: str, spans) -> tuple[Span, int, int, str] | None:
    """The sentence, the span of a mention of the full name ``name``, listed for ``chamber`` (upper,
    lower), that names the person with a state the list gives them under a plural noun of that chamber's
    members, and that noun's singular ("senator" of "GOP senators such as A of X"): each listed one's title."""
    states = listed_states(name, chamber)
    for s, e in sorted(spans):
        where = next(
            (m.group("where").rstrip(".,") for rx in (_OF_STATE, _SET_OFF_STATE, _PAREN) if (m := rx.match(text[e : e + 40]))),
            None,
        )
        if where is None or _postal().get(_states().get(where) or _states().get(where + ".") or "") not in states:
            continue
        sent = doc.char_span(s, e, alignment_mode="expand").sent
        if m := _last(_plurals(chamber), text[sent.start_char : s]):
            return sent, s, e, _singular(m)
        opens = any(sent.text.startswith(o + " ") for o in load_json("legislatures.json")["member_lists"]["openers"])
        if opens and sent.start > 0 and (m := _last(_plurals(chamber), doc[sent.start - 1].sent.text)):
            return sent, s, e, _singular(m)
    return None


@lru_cache(maxsize=2)
def _plurals(chamber: str) -> re.Pattern:
    """The plural nouns of the members of Congress's ``chamber`` ("senators", "congressmen"), not after
    "state" ("state senators")."""
    words = [t for t, (kind, level, _) in load_json("legislatures.json")["titles"].items() if kind == chamber]
    words = [t for t in words if " " not in t and load_json("legislatures.json")["titles"][t][1] != "state"]
    plural = sorted(w[:-3] + "men" if w.endswith("man") else w + "s" for w in words)
    return re.compile(rf"(?<![Ss]tate )\b(?:{'|'.join(plural)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _postal() -> dict[str, str]:
    return {p.name: p.postal for p in load_lexicon().places if p.kind == "state" and p.postal}


def _last(rx: re.Pattern, text: str) -> str | None:
    """The last match of ``rx`` in ``text`` (the plural noun nearest the list), or None."""
    found = rx.findall(text)
    return found[-1] if found else None


def _singular(plural: str) -> str:
    """ "senators" -> "senator", "congressmen" -> "congressman" (lowercase: the title as printed in the plural)."""
    w = plural.lower()
    return w[:-3] + "man" if w.endswith("men") else w[:-1]
