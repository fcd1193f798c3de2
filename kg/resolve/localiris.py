"""Which entity each local entity became: ``(article id, local key) -> entity IRI``, compact (issue 19).

Corpus resolution maps each of some 230,000 local entities (9,234 articles) to its entity's IRI, and the
graph reads the map article by article. A dict keyed by a tuple per local entity took 25 MB there;
:class:`LocalIris` keeps, per article, the keys of its local entities (interned strings) and an array
of indexes into the table of IRIs (one per entity), and answers as that dict would.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping


class LocalIris(Mapping):
    """A read-only mapping ``(article id, local key) -> IRI``, filled by :meth:`add`."""

    def __init__(self) -> None:
        self._iris: list[str] = []  # each entity's IRI, once
        self._ids: dict[str, int] = {}
        self._docs: dict[str, tuple[list[str], array]] = {}  # article -> its local keys, their IRIs' indexes
        self._count = 0

    def add(self, doc_id: str, key: str, iri: str) -> None:
        """Map ``(doc_id, key)`` to ``iri`` (a later call for the same pair replaces it, as in a dict)."""
        n = self._ids.get(iri)
        if n is None:
            n = self._ids[iri] = len(self._iris)
            self._iris.append(iri)
        keys, iris = self._docs.get(doc_id) or self._docs.setdefault(doc_id, ([], array("i")))
        try:
            iris[keys.index(key)] = n
        except ValueError:
            keys.append(key)
            iris.append(n)
            self._count += 1

    def __getitem__(self, pair: tuple[str, str]) -> str:
        try:
            doc_id, key = pair
            keys, iris = self._docs[doc_id]
            return self._iris[iris[keys.index(key)]]
        except (KeyError, ValueError, TypeError):
            raise KeyError(pair) from None

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for doc_id, (keys, _) in self._docs.items():
            for key in keys:
                yield doc_id, key

    def __len__(self) -> int:
        return self._count
