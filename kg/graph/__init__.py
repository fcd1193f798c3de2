"""The RDF graph: resolved entities and facts written as triples, checked and loaded for queries.

In: a :class:`~kg.resolve.corpus.Resolution`. Out: an rdflib graph (:mod:`~kg.graph.rdf`), SHACL
validation (:mod:`~kg.graph.validate`), per-article named graphs (:mod:`~kg.graph.split`) and the
Oxigraph store queries run on (:mod:`~kg.graph.store`).
May import: ``kg.core``, ``kg.lexicon``, ``kg.language``, ``kg.resolve``, ``kg.errors``.
"""
