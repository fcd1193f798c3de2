"""Reading corpora: folders, files and standard input in any of the formats users have.

``iter_documents(paths)`` streams :class:`~kg.core.records.Document` items and :class:`Problem` items (one
per unreadable input, never an exception). See :mod:`kg.corpus.reader` for the id rules,
:mod:`kg.corpus.decode` for encodings and :mod:`kg.corpus.formats` for what each format yields.

In: paths (folders, files, ``-``). Out: documents and problems. May import: ``kg.core``, ``kg.errors``.
"""

from .base import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, JsonlFields, Problem
from .reader import iter_documents

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "JsonlFields", "Problem", "iter_documents"]
