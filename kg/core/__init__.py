"""The records every step passes on, the RDF vocabulary, and the one function that mints IRIs.

In: nothing (the bottom of the flow). Out: :mod:`~kg.core.records` (``Document``, ``Extraction``,
``Entity``...), :mod:`~kg.core.namespaces` (prefixes) and :func:`kg.core.iri.mint`.
May import: ``kg.errors`` only. Every other folder may import this one.
"""
