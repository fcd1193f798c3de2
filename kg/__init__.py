"""kg: knowledge graphs of officials, agencies, laws and court rulings from civic and legal news.

In a notebook::

    import kg
    result = kg.build("seeds")          # folders, files; nothing is written
    result.graph                        # an rdflib Graph
    result.facts[:3]                    # tables: lists of dicts (entities, facts, evidence, quotes)
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build"]


def build(paths, model=None, aliases=None, *, jobs=1, fields=None, cache_dir=None, on_problem=None):
    """Build the graph of the articles under ``paths`` in memory, without writing any file.

    ``paths``: a folder, a file, or a list of them (the formats of ``kg build``). ``model``: a spaCy
    pipeline name (default: the packaged en_core_web_sm). ``aliases``: an aliases file (TOML) of
    merges and splits. ``jobs``: extraction processes. ``fields``: JSONL field names, e.g.
    ``{"text": "body"}``. ``cache_dir``: a folder to keep per-article extractions in (default: none).
    ``on_problem``: called with each unreadable input (they are also in ``result.problems``).

    Returns a :class:`kg.orchestrate.api.Build` with ``.graph`` (rdflib), ``.entities``, ``.facts``
    (one row per distinct fact), ``.evidence`` (one row per fact and sentence, as facts.csv) and
    ``.quotes`` (lists of dicts), and ``.frames()`` for pandas DataFrames when pandas is installed.
    """
    from .orchestrate.api import build as _build  # lazy: `import kg` stays instant

    return _build(paths, model=model, aliases=aliases, jobs=jobs, fields=fields, cache_dir=cache_dir, on_problem=on_problem)
