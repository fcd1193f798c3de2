"""Each document with its extraction, in the documents' order, for the graph's passes over a corpus."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..core.records import Document, Extraction


def paired(docs: Sequence[Document], extractions: Iterable[Extraction]) -> Iterator[tuple[Document, Extraction | None]]:
    """``(doc, its extraction or None)`` for each of ``docs``; an extraction is found by its id
    (the last one of an id wins). A lazy ``extractions`` (not a list or tuple) that gives one
    extraction per document in the documents' order, ids unique, is read one at a time, never held."""
    if isinstance(extractions, (list, tuple)) or len({d.id for d in docs}) != len(docs):
        by_id = {x.doc_id: x for x in extractions}
        for doc in docs:
            yield doc, by_id.get(doc.id)
        return
    pending = iter(extractions)
    x = next(pending, None)
    for doc in docs:
        if x is not None and x.doc_id == doc.id:
            yield doc, x
            x = next(pending, None)
        else:
            yield doc, None
