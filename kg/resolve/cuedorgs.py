"""Organizations the model took for persons ("Hobby Lobby", "Chipotle"): a name the article calls an
organization in an apposition ("Acme Mart, a discount retailer,") or gives something only an organization
has ("Acme Mart's shareholders", "Acme Mart's chief executive") is an Organization in all its mentions.

The nouns are ``organization_nouns`` and ``organization_possessions`` in gazetteer.json. A name that any
mention labels Official, or that follows a title or honorific ("Mr. Lobby"), stays a person."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.resources import load_json
from .cuedplaces import _titled

# words between the article and the head noun: no preposition ("the head of the group," is a person)
_FILLER = r"(?:(?!(?:of|at|for|with|in|from|to|on|by|and|who|whose)\b)[\w'’-]+ ){0,3}?"


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    data = load_json("gazetteer.json")

    def alternation(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    appos = re.compile(rf", (?:a|an|the) {_FILLER}(?:{alternation(data['organization_nouns'])})(?=[,.;]| (?:that|which|based)\b)")
    owns = re.compile(rf"(?:'s|’s) (?:{alternation(data['organization_possessions'])})\b")
    return appos, owns


def cued_organizations(text: str, mentions: list[tuple[int, int, str, str]]) -> set[int]:
    """The indices of the mentions (start, end, name, label) to relabel Organization."""
    appos, owns = _cues()
    cued = {m[2] for m in mentions if m[3] == "Person" and (appos.match(text, m[1]) or owns.match(text, m[1]))}
    kept = {m[2] for m in mentions if m[2] in cued and (m[3] == "Official" or _titled(text, m))}
    kept |= {n for n in cued for m in mentions if m[3] in ("Person", "Official") and m[2].endswith(" " + n)}  # a surname
    return {i for i, m in enumerate(mentions) if m[3] == "Person" and m[2] in cued - kept}
