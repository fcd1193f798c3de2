"""The ``kg`` command line, in the manner of spaCy's ``spacy/cli``: one module per group of commands.

Thin: each command parses its arguments and calls one library function of a step folder.
In: argv. Out: exit codes and messages (a :class:`~kg.errors.KgError` is one line, never a traceback).
May import every folder of ``kg`` (the top of the flow; nothing imports it).
"""

from __future__ import annotations

from . import audit, build, graphs, queries  # noqa: F401  (each registers its commands on ``main``)
from .base import main

__all__ = ["main"]
