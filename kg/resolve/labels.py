"""The class and the label of an entity merged across the corpus: the class most of its mentions have,
and the fullest proper name (an alias the user fixed, or the lexicon's canonical name, first)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..language.names import normalize
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .corefs import GROUP, SPECIFIC


def _class(ents) -> str:
    votes = Counter()
    for e in ents:
        votes[e.cls] += len(e.mentions) or 1
    if any(e.cls == "Official" for e in ents):
        votes["Official"] += votes.pop("Person", 0)
    best = max(votes.values())
    return next(c for c in SPECIFIC if votes.get(c) == best)


def _label(ents, aliases, forced: dict[str, int]) -> str:
    """The canonical name: the user's choice, else the fullest proper name seen (for bodies, a name
    written in capitals beats a description: "Boston Police Department" over "Boston police")."""
    for e in ents:
        for n in e.names:
            k = forced.get(normalize(n))
            if k is not None and k in aliases.labels:
                return aliases.labels[k]
    counts = Counter(e.name for e in ents)
    person = GROUP[ents[0].cls] == "person"
    if person:  # the full name most articles use ("Donald Trump"), not the longest string a merge brought;
        # on a tie, the one whose first name the articles also use alone ("Bill" of "Bill Smith", not "William")
        full = [n for n in counts if len(n.split()) > 1] or list(counts)
        alone = {n for e in ents for n in e.names if len(n.split()) == 1}
        return min(full, key=lambda n: (-counts[n], n.split()[0] not in alone, -len(n.split()), -len(n), n))
    canonical = Counter(e.name for e in ents if e.name in _lexicon_labels())
    if canonical:  # the lexicon's name ("California"), not a longer alias an article used ("Golden State")
        return min(canonical, key=lambda n: (-canonical[n], n))
    names = Counter(n for e in ents for n in e.names)
    shared = [n for n in names if names[n] > 1 and _proper(n)]
    pool = shared if shared and len(ents) > 2 else list(names)  # a name one article gave is often noise
    return min(pool, key=lambda n: (-_proper(n), -len(n.split()), -counts[n], -len(n), n))


@lru_cache(maxsize=1)
def _lexicon_labels() -> frozenset[str]:
    """The canonical names of the lexicon's bodies and places, and every name of a state's legislature and
    chambers (legislatures.json: "Oregon Senate" stays the label when the chamber also carries "Oregon State Senate")."""
    lex = load_lexicon()
    states = load_json("legislatures.json")["states"].values()
    chambers = [n for d in states for k in ("legislature", "upper", "lower") for n in d.get(k, [])]
    return frozenset([b.name for b in lex.named] + [p.label for p in lex.places] + chambers)


def _proper(name: str) -> bool:
    minor = {"of", "and", "for", "the", "on", "in", "at", "to", "de", "la", "del", "v.", "vs.", "v", "vs"}  # "Roe v. Wade"
    words = [w for w in name.split() if w[:1].isalpha() and w.lower() not in minor]
    return bool(words) and all(w[0].isupper() for w in words) and not name.isupper()
