"""A name written with and without its generic last word ("the Harbor Workers Party" and "Harbor Workers",
"the Elks Lodge" and "Elks", "Maple Grove Avenue" and "Maple Grove"): an organization or a
place of the article whose name is another one's less a last word of ``generic_tails`` (gazetteer.json) is
that one, when no other name of the article opens with it, no lexicon entry names it, and no person of the
article bears it (not "Acme" beside "Dana Acme" and "the Acme Party")."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..language.names import names_person
from ..lexicon.resources import load_json

BODIES = ("Organization", "Place")


@lru_cache(maxsize=1)
def generic_tails() -> frozenset[str]:
    return frozenset(load_json("gazetteer.json")["generic_tails"])


def tail_names(mentions: list[tuple[int, int, str, str]], canonical: dict[int, str]) -> list[tuple[int, int]]:
    """Pairs (short, full) of indices of mentions (start, end, name, label) that name one body or site."""
    persons = [m[2] for m in mentions if m[3] in ("Person", "Official") and len(m[2].split()) > 1]
    out, names = [], sorted({m[2] for m in mentions})
    for i, m in enumerate(mentions):
        name = m[2]
        if m[3] not in BODIES or i in canonical or not name[:1].isupper() or name.isupper():
            continue
        if any(names_person(w, p) for w in name.split() for p in persons) or name in persons:
            continue
        k = bisect_left(names, name + " ")  # sorted and distinct: the names opening with it come right after
        longer = {n for n in names[k : k + 2] if n.startswith(name + " ")}
        if len(longer) != 1:
            continue  # none, or "Acme Party" and "Acme Club": which one is meant is unknown
        full = longer.pop()
        j = next(j for j, o in enumerate(mentions) if o[2] == full)
        if mentions[j][3] in BODIES and full[len(name) + 1 :] in generic_tails():
            out.append((i, j))
    return out
