"""Helpers that keep a large build's resident memory down (issue 19): nothing here changes an output.

:func:`release` hands the C heap's free pages back to the system between the build's steps: the
tables one step frees (corpus resolution's input, the graph's scaffolding) are spread through the
heap, and glibc returns only its top unless asked. :func:`shared_strings` makes the strings that
every article repeats (classes, local keys, names) one object each while resolution holds them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

from ..core.records import Extraction


@cache
def _malloc_trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to hand back this way
        return None


def release() -> None:
    """Return the heap's free pages to the system where the C library can (glibc)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def shared_strings(x: Extraction) -> Extraction:
    """``x`` with its document id and its entities' keys, classes and names interned, in place: the
    same string across articles is then one object ("Person", "e1", "Donald Trump")."""
    intern = sys.intern
    x.doc_id = intern(x.doc_id)
    for e in x.entities:
        e.key, e.cls, e.name = intern(e.key), intern(e.cls), intern(e.name)
        e.names = [intern(n) for n in e.names]
    return x
