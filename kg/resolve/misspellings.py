"""Long body names one letter apart ("Dally Caller News Foundation") are one body: a second-pass link of
corpus resolution (:mod:`kg.resolve.corpus`), after :func:`kg.resolve.links.link_generic_and_initials`.

Candidates share a one-deletion variant (or one name is a variant of the other): linear in the number
of distinct names, where comparing every pair of a large corpus is not. The variants are held as their
hashes in two arrays sorted together (issue 19), not as a dict of some thirty strings per name (50 MB
at 9,234 articles); a hash that two variants share only adds a candidate that :func:`_one_edit` then
rejects, as it rejects every pair that is not one edit apart, so the links are those of the strings.
"""

from __future__ import annotations

import numpy as np

from ..language.names import normalize
from .corefs import GROUP
from .links import join_clusters


def _variants(key: str) -> set[str]:
    """``key`` and every string one deletion from it."""
    return {key, *(key[:k] + key[k + 1 :] for k in range(len(key)))}


def link_misspellings(locals_, find, parent, reason) -> None:
    """Join the clusters of long body names one letter apart, the later name's with the earlier's."""
    first: dict[str, int] = {}  # each distinct long body name -> its first local entity
    for i, (_, e) in enumerate(locals_):
        key = normalize(e.name)
        if GROUP[e.cls] == "body" and len(key) >= 15 and key not in first:
            first[key] = i
    keys = list(first)
    hashes, owners = [], []
    for n, key in enumerate(keys):
        for v in _variants(key):
            hashes.append(hash(v))
            owners.append(n)
    hashed = np.array(hashes, dtype=np.int64)
    del hashes
    order = np.argsort(hashed, kind="stable")
    hashed, owner = hashed[order], np.array(owners, dtype=np.int32)[order]
    del owners, order
    for a, i in first.items():
        wanted = np.array([hash(a[:k] + a[k + 1 :]) for k in range(len(a))] + [hash(a)], dtype=np.int64)
        lo, hi = np.searchsorted(hashed, wanted, "left"), np.searchsorted(hashed, wanted, "right")
        near = {keys[o] for start, end in zip(lo.tolist(), hi.tolist(), strict=True) for o in owner[start:end].tolist()}
        for b in sorted(near):
            j = first[b]
            if j <= i or find(i) == find(j) or len(a.split()) != len(b.split()) or a.split()[-1] != b.split()[-1]:
                continue
            if _one_edit(a, b):
                join_clusters(find, parent, reason, j, i, f"names one letter apart: {b!r} ~ {a!r}")


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]
