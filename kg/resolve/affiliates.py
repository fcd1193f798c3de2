"""State affiliates of national organizations: which "ACLU" is meant.

A body pattern with a parent (``ACLU of {state}`` -> American Civil Liberties Union, in
``body_patterns.tsv``) names a state affiliate. News about one state writes the affiliate in full
once and then the bare national name ("the ACLU"), or, in a local outlet, only the bare name. Two
rules, applied before corpus resolution so that the national organization's other articles are not
touched:

- in an article that names exactly one affiliate of the organization, its bare name is that affiliate;
- in a corpus that names the affiliates of exactly one state and names them in at least as many
  articles as the bare national name alone, a bare name in an article that names no affiliate is
  that state's affiliate (a local corpus). A national corpus names several states' affiliates, or
  the national name far more often, and keeps the national organization.

Neither holds for an organization whose patterns say ``bare`` "national" in body_patterns.tsv (the parties:
"the GOP" beside "the Ohio GOP" is the national party).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .corefs import GROUP


@lru_cache(maxsize=1)
def _tables():
    from ..lexicon.load import load_lexicon

    lex = load_lexicon()
    patterns = [(re.compile(p.regex), p.parent) for p in lex.patterns if p.parent and "{state}" in p.pattern]
    stays = {p.parent for p in lex.patterns if p.bare == "national"}  # "the GOP" beside "the Ohio GOP": the party
    parents = {parent for _, parent in patterns} - stays
    national = {n: b.name for b in lex.bodies if b.name in parents for n in b.names}
    states = sorted(((n, p.name) for p in lex.places if p.kind == "state" for n in p.names), key=lambda t: -len(t[0]))
    return patterns, national, states, parents


@lru_cache(maxsize=1 << 15)  # resolution asks for every body name, twice
def affiliate_of(name: str) -> tuple[str, str] | None:
    """``(national organization, state)`` when ``name`` names a state affiliate, else None."""
    patterns, _, states, _ = _tables()
    for rx, parent in patterns:
        if rx.fullmatch(name):
            padded = f" {name} "
            state = next((s for n, s in states if f" {n} " in padded or f" {n}'" in padded), None)
            if state:
                return parent, state
    return None


def affiliate_redirects(locals_) -> dict[int, tuple[int, str]]:
    """Local entities written with a bare national name that mean an affiliate: their index ->
    (index of a local entity naming the affiliate, why). ``locals_`` is ``[(doc_id, LocalEntity)]``."""
    _, national, _, parents = _tables()
    in_doc: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    corpus: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    first: dict[tuple[str, str], int] = {}
    bare: dict[int, str] = {}
    for i, (doc_id, e) in enumerate(locals_):
        if GROUP[e.cls] != "body":
            continue
        found = next((a for n in e.names if (a := affiliate_of(n))), None)
        if found and found[0] in parents:
            parent, state = found
            in_doc[doc_id][parent].setdefault(state, i)
            corpus[parent][state].add(doc_id)
            first.setdefault(found, i)
        elif parent := next((national[n] for n in e.names if n in national), None):
            bare[i] = parent
    out: dict[int, tuple[int, str]] = {}
    for i, parent in bare.items():
        doc_id, e = locals_[i]
        here = in_doc[doc_id].get(parent, {})
        if len(here) == 1:
            ((state, j),) = here.items()
            out[i] = (j, f"bare {e.name!r} in an article that names the {state} affiliate")
        elif not here and len(corpus[parent]) == 1:
            ((state, named),) = corpus[parent].items()
            alone = {locals_[k][0] for k, p in bare.items() if p == parent} - named
            if len(named) >= len(alone):
                out[i] = (
                    first[(parent, state)],
                    f"bare {e.name!r} in a corpus that names only the {state} "
                    "affiliate, in as many articles as the national name alone",
                )
    return out
