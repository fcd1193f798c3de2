"""Which named laws are parts of another law, never what a law noun of the article ("the law", "the
amendment") stands for: a constitution and its parts, and numbered sections (entity_patterns.json
``constitutional_provision``, ``law_section``, ``section_nouns``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.resources import load_json


@lru_cache(maxsize=1)
def _PROVISION() -> re.Pattern:
    return re.compile(load_json("entity_patterns.json")["constitutional_provision"])


@lru_cache(maxsize=1)
def _SECTION() -> tuple[re.Pattern, frozenset[str]]:
    data = load_json("entity_patterns.json")
    return re.compile(data["law_section"]), frozenset(data["section_nouns"])


def provision(name: str, noun: str) -> bool:
    """Whether the law named ``name`` is no referent of the law noun ``noun``: a constitution or a part of
    one ("the law" is not Article I), or a numbered section unless ``noun`` may name one by itself ("the
    amendment" is not its Section 2; "the law" may be Section 230)."""
    pattern, nouns = _SECTION()
    return bool(_PROVISION().search(name)) or (noun not in nouns and bool(pattern.search(name)))
