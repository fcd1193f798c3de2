"""A time budget per article: an article whose extraction runs past it is reported by name and
skipped, and nothing else is lost.

The budget grows with the article's length (:func:`article_budget`: ``BASE`` seconds plus
``PER_KB`` seconds per 1,000 characters; extraction takes about 0.1 s per 1,000 characters on a
2-core machine, so only a pathological article reaches it). It is enforced with a real-time alarm
(``SIGALRM``) in the thread that extracts, the main thread of this process or of a worker process;
elsewhere (a library call from another thread) there is no alarm. :class:`OverBudget` derives from
``BaseException`` so that no ``except Exception`` in a component can swallow it.

A worker process (``--jobs 2`` and more) may also hold at most :data:`MEMORY` bytes of data
(``RLIMIT_DATA``): an article that needs more fails with ``MemoryError``, reported by name, and the
worker goes on (a worker holds about 0.5 GB on civic-news). The main process has no such limit.
"""

from __future__ import annotations

import contextlib
import resource
import signal
import threading
from collections.abc import Iterator

BASE = 30.0
PER_KB = 0.5
MEMORY = 4_000_000_000


class OverBudget(BaseException):
    """Raised in the extracting thread when its time budget is spent."""


def article_budget(chars: int) -> float:
    """Seconds the extraction of a text of ``chars`` characters may take."""
    return BASE + PER_KB * chars / 1000


def over_budget_message(seconds: float) -> str:
    return f"over its time budget ({seconds:.0f} s for its length); skipped"


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`OverBudget` in this thread after ``seconds`` (``None``: no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def limit_memory(nbytes: int | None) -> None:
    """Limit this process's data (heap and private mappings) to ``nbytes`` (``None``: no limit)."""
    if not nbytes:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        nbytes = min(nbytes, hard)
    if soft == resource.RLIM_INFINITY or soft > nbytes:
        resource.setrlimit(resource.RLIMIT_DATA, (nbytes, hard))
