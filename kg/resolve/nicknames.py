"""First-name variants of one person across the corpus ("Chris Wray" / "Christopher Wray").

The common short forms of ``ontology/lexicon/nicknames.json`` that stand for one name only merge
by key in :mod:`kg.resolve.corpus`. The rest ("Chris" is Christopher, Christine or Christian) go
through the nickname table of the ``nicknames`` package (hand-curated English given names and their
nicknames), and only when the corpus leaves no doubt:

- the two persons have the same surname and first names one of which the table gives as a nickname
  of the other;
- no other person of the corpus with that surname has a first name either of them could stand for
  (with "Christine Wray" also in the corpus, "Chris Wray" stays apart from "Christopher Wray");
- their contexts agree: the articles give them one office (both "Director") or the same relation to
  one body (both head the FBI; a country or state is no context), and their middle initials do not
  differ.

Precision first: two persons who share a surname and a plausible first name but nothing else stay two.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..core.records import Extraction
from ..language.names import normalize
from ..language.shortforms import is_short_form, related
from ..language.status import role_label
from .corefs import GROUP


def first_and_surname(name: str) -> tuple[str, str] | None:
    """("christopher", "wray") for "Christopher A. Wray"; None unless the name is a first name and a
    surname, initials aside."""
    bare = [w for w in normalize(name).split() if len(w.rstrip(".")) > 1]
    return (bare[0], bare[1]) if len(bare) == 2 else None


def contexts(locals_, extractions: list[Extraction], find) -> dict[int, set]:
    """Per cluster root of persons: the offices (normalized title labels) its articles give it, and
    the bodies (cluster roots, places aside) it heads or belongs to. ``locals_`` are the local entities
    of ``extractions`` in their order; a fact's entities are looked up among its own article's (an index
    of one article at a time, not of the corpus's every local entity: issue 19)."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)  # article -> where its local entities are
    start = 0
    for x in extractions:
        spans[x.doc_id].append((start, start + len(x.entities)))
        start += len(x.entities)
    out: dict[int, set] = defaultdict(set)
    for x in extractions:
        if not x.facts:
            continue
        index = {locals_[k][1].key: k for a, b in spans[x.doc_id] for k in range(a, b)}
        for f in x.facts:
            i = index.get(f.subj)
            if i is None:
                continue
            if f.prop == "title" and f.value:
                out[find(i)].add(("office", role_label(f.value)[0].casefold()))
            elif f.prop in ("heads", "memberOf") and f.obj is not None and (j := index.get(f.obj)) is not None:
                if locals_[j][1].cls != "Place":  # a country or state is no context: most officials serve one
                    out[find(i)].add((f.prop, find(j)))
    return out


def link_nicknames(locals_, extractions: list[Extraction], find, join) -> None:
    """Join persons whose first names are one name and its nickname, when the corpus leaves no doubt
    (see the module's docstring). ``join(i, j, why)`` merges the clusters of local entities i and j."""
    ctx = contexts(locals_, extractions, find)
    by_surname: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    initials: dict[int, set[str]] = defaultdict(set)
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] != "person":
            continue
        for n in e.names:
            if parts := first_and_surname(n):
                by_surname[parts[1]][parts[0]].add(i)
            words = normalize(n).split()
            if mids := "".join(w.rstrip(".") for w in words[1:-1] if len(w.rstrip(".")) == 1):
                initials[find(i)].add(mids)
    for surname, firsts in sorted(by_surname.items()):
        if len(firsts) < 2:
            continue
        for a, b in combinations(sorted(firsts), 2):
            if not related(a, b):
                continue
            others = [c for c in firsts if c not in (a, b) and (related(a, c) or related(b, c))]
            if any({find(i) for i in firsts[c]} - {find(i) for i in firsts[a] | firsts[b]} for c in others):
                continue  # "Chris Wray" might be Christine Wray as well as Christopher Wray
            ra, rb = {find(i) for i in firsts[a]}, {find(i) for i in firsts[b]}
            if len(ra) != 1 or len(rb) != 1 or ra == rb:
                continue
            (x,), (y,) = ra, rb
            ia, ib = initials.get(x, set()), initials.get(y, set())
            shared = ctx.get(x, set()) & ctx.get(y, set())
            if not shared or (ia and ib and not ia & ib):
                continue
            what = sorted(v if k == "office" else f"{k} {locals_[v][1].name}" for k, v in shared)[0]
            i, j = min(firsts[b]), min(firsts[a])
            short, full = (a, b) if is_short_form(a, b) else (b, a)
            join(i, j, f"{short!r} is a nickname of {full!r}: same surname, both {what!r}, no other {surname!r} it names")
            ctx[find(x)] = ctx.get(x, set()) | ctx.get(y, set())
            initials[find(x)] = ia | ib
