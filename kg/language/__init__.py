"""What the extraction components share: reading English news text on a spaCy ``Doc``.

Cue words and pronoun antecedents (``cues``), mentions and speakers (``mentions``, ``speakers``),
titled names and person names (``titled``, ``personnames``, ``names``), quote marks, page furniture
spans, span layers, acronyms, lawsuits, state bodies, and the name normalization the scorer uses.
No module here is a spaCy component; the components are in :mod:`kg.pipeline`.
In: ``Doc`` objects and strings. Out: spans, names, keys. May import: ``kg.core``, ``kg.lexicon``,
``kg.errors``.
"""
