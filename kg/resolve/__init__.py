"""Resolution: from an annotated ``Doc`` to the entities of the corpus ("which names are one").

In-article: :mod:`~kg.resolve.article` turns a ``Doc`` into an ``Extraction`` (:mod:`corefs`,
:mod:`corefwords`, :mod:`bareplaces`, :mod:`roles`, :mod:`articlefacts`, :mod:`metadata`).
Corpus-wide: :mod:`~kg.resolve.corpus` merges the extractions of all articles into ``Entity``
records with a log of every merge (:mod:`links`, :mod:`affiliates`).
May import: ``kg.core``, ``kg.lexicon``, ``kg.language``, ``kg.pipeline``, ``kg.errors``.
"""
