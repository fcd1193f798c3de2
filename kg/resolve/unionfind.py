"""The working tables of corpus resolution (:mod:`kg.resolve.corpus`), compact (issue 19): one machine
word or two per local entity in arrays, not an object per local entity.

A large corpus has some 20 local entities per article (185,000 in the two shared corpora); resolution
held a tuple, a formatted reason string, an (often empty) set of middle initials and a frozenset of
states for each, and its high-water mark was the build's peak memory. :class:`Reasons` keeps each merge
reason as a row of two arrays and a table of the distinct texts (most merges share theirs: "same full
name: 'jane doe'"); :func:`parents` is the union-find table as an array.
"""

from __future__ import annotations

from array import array


def parents(n: int) -> array:
    """The union-find table of ``n`` local entities, each its own root (machine integers, not objects)."""
    return array("q", range(n))


class Reasons:
    """Why local entity ``i`` joined its cluster: ``reasons[i] = (j, why)`` (merged with ``j``, because
    ``why``), read back as the same pair; a later reason replaces an earlier one, as in a dict."""

    def __init__(self, n: int) -> None:
        self._with = array("q", [-1]) * n  # the local entity merged with; -1: no reason recorded
        self._why = array("l", [0]) * n  # index of the reason's text in _texts
        self._texts: list[str] = []
        self._ids: dict[str, int] = {}

    def __setitem__(self, i: int, reason: tuple[int, str]) -> None:
        j, why = reason
        k = self._ids.get(why)
        if k is None:
            k = self._ids[why] = len(self._texts)
            self._texts.append(why)
        self._with[i], self._why[i] = j, k

    def __contains__(self, i: int) -> bool:
        return self._with[i] >= 0

    def __getitem__(self, i: int) -> tuple[int, str]:
        j = self._with[i]
        if j < 0:
            raise KeyError(i)
        return j, self._texts[self._why[i]]
