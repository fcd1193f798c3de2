"""Pipelines for the furniture, quote and byline tests.

``blank()``: ``spacy.blank("en")`` + sentencizer + kg_furniture/kg_quotes/kg_byline (no model).
``parsed(text)``: the statistical model + the same three components. It reuses the session's one
loaded model (``kg.pipeline.cached_nlp(None)``, the same object the seed build uses) and runs only
the model's own components and these three, so the tests do not depend on the other kg components.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "seeds.gold.json"
MINE = ("kg_furniture", "kg_quotes", "kg_byline")


@lru_cache(maxsize=1)
def blank():
    import spacy

    from kg.pipeline import register_components

    register_components()  # the factories, also when this is the first test of the run
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in MINE:
        nlp.add_pipe(name)
    return nlp


def parsed(text: str):
    from kg.pipeline import cached_nlp

    nlp = cached_nlp(None)
    keep = [name for name in nlp.pipe_names if not name.startswith("kg_") or name in MINE]
    with nlp.select_pipes(enable=keep):
        return nlp(text)


def seed_text(doc_id: str) -> str:
    return (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")


def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def norm(name: str) -> str:
    """Name normalization of the evaluation guidelines (NFKC, casefold, straight quotes, no 'the'/'s)."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s$", "", s)
    return s.strip(" .,;:!?\"'()-")
