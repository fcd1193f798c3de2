"""Where kg's data files live."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


def ontology_dir() -> Path:
    """The ``ontology/`` folder beside the package (repository checkout or editable install)."""
    return Path(__file__).resolve().parents[2] / "ontology"


def lexicon_path(name: str) -> Path:
    return ontology_dir() / "lexicon" / name


@cache
def load_json(name: str) -> dict:
    """A JSON file of ``ontology/lexicon`` (cached per process)."""
    with lexicon_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)
