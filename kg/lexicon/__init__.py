"""Loading the domain knowledge kept as data under ``ontology/lexicon/`` (bodies, places, titles,
laws, stance words).

In: the TSV and JSON files of ``ontology/lexicon``. Out: one frozen, cached
:class:`~kg.lexicon.load.Lexicon` per directory (:func:`~kg.lexicon.load.load_lexicon`), its entry
types (:mod:`~kg.lexicon.entries`), and paths to data files (:mod:`~kg.lexicon.resources`).
May import: ``kg.core``, ``kg.errors``.
"""
