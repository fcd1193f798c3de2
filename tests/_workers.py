"""Stand-in worker jobs for the --jobs tests (importable by spawned worker processes)."""

from __future__ import annotations

import os
import time

from kg.core.records import Extraction

CRASH = "CRASH-THE-WORKER"
FAIL = "FAIL-THIS-ONE"


def fake_work(batch):
    """An extraction per article that only records its id, the worker's pid in ``headline``; an
    article containing CRASH kills its worker process outright; one containing FAIL is an error."""
    out = []
    time.sleep(0.05)  # a batch takes time, as real ones do: the pool hands the next one to another worker
    for doc_id, text in batch:
        if CRASH in text:
            os._exit(13)
        out.append("extraction failed: ValueError: bad" if FAIL in text else Extraction(doc_id, headline=str(os.getpid())))
    return out


def crash_or_extract(batch):
    """The real extraction on a Dask worker (its pipeline loaded by the worker plugin), except that a
    batch holding an article that contains CRASH kills the worker process outright."""
    from kg.orchestrate.dask_worker import work

    if any(CRASH in text for _, text in batch):
        os._exit(13)
    return work(batch, None, None)


def hammer_cache(root, texts, rounds):
    """Write (and read back) the extraction of every text ``rounds`` times in the cache at ``root``:
    a writer racing others on the same entries. Returns the problems seen (a failed read of a
    complete entry, an entry with another text's content)."""
    from kg.orchestrate.cache import ExtractionCache

    cache = ExtractionCache(root, "c" * 64)
    seen = []
    for r in range(rounds):
        for i, text in enumerate(texts):
            cache.put(text, Extraction("x", headline=f"{i}:" + "h" * (i * 50 + r % 7)))
            got = cache.get(text, "x")
            if got is None or not got.headline.startswith(f"{i}:"):
                seen.append((i, None if got is None else got.headline[:10]))
    return seen
