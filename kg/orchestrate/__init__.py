"""``kg build`` end to end (the orchestration): read the corpus, extract (cached, in parallel), resolve, write outputs.

In: paths and settings. Out: the outputs of :mod:`kg.outputs` and a summary.
:mod:`~kg.orchestrate.run` orchestrates; :mod:`~kg.orchestrate.parallel` runs batches in worker processes;
:mod:`~kg.orchestrate.cache` keeps each article's extraction (keyed by :mod:`~kg.orchestrate.codehash`);
:mod:`~kg.orchestrate.manifest` knows what the last build read; :mod:`~kg.orchestrate.writeout` writes.
May import every folder below it (the top of the flow; only ``kg.cli`` imports it).
"""
