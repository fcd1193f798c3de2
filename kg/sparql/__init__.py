"""Answering SPARQL: ``kg query``, the ``kg serve`` endpoint and ``kg push`` to other stores.

In: graph.ttl and a query. Out: result tables in every SPARQL format (:mod:`~kg.sparql.results`),
HTTP answers (:mod:`~kg.sparql.serve`, :mod:`~kg.sparql.negotiate`, :mod:`~kg.sparql.workers`,
:mod:`~kg.sparql.reply`), uploads (:mod:`~kg.sparql.push`). The store itself is
:mod:`kg.graph.store`. May import every folder below it: ``kg.core`` ... ``kg.outputs``.
"""
