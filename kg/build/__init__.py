"""``kg build`` end to end: read the corpus, extract (cached, in parallel), resolve, write outputs.

In: paths and settings. Out: the outputs of :mod:`kg.outputs` and a summary.
:mod:`~kg.build.run` orchestrates; :mod:`~kg.build.parallel` runs batches in worker processes;
:mod:`~kg.build.cache` keeps each article's extraction (keyed by :mod:`~kg.build.codehash`);
:mod:`~kg.build.manifest` knows what the last build read; :mod:`~kg.build.writeout` writes.
May import every folder below it (the top of the flow; only ``kg.cli`` imports it).
"""
