"""What users open: graph.ttl, the CSV and TSV tables, the network view, exports and statistics.

In: a built graph. Out: files, each written atomically (:mod:`~kg.outputs.atomic`): Turtle and
tables (:mod:`~kg.outputs.write`), the view (:mod:`kg.outputs.view`), other formats
(:mod:`~kg.outputs.export`), ``kg stats`` (:mod:`~kg.outputs.stats`, :mod:`~kg.outputs.network`).
May import: ``kg.core``, ``kg.lexicon``, ``kg.language``, ``kg.resolve``, ``kg.graph``, ``kg.errors``.
"""
