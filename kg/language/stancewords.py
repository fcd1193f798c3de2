"""The stance words of ``stance.tsv`` by kind (read by :mod:`kg.pipeline.stances` and kg_consequences)."""

from __future__ import annotations

from ..lexicon.load import load_lexicon


def stance_words() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """stance.tsv as lemma -> "supports"/"opposes": verbs, nouns (and other words), and evaluative
    adjectives and nouns ("unconstitutional", "a disaster"), which kg_consequences reads too."""
    verbs, nouns, evaluative = {}, {}, {}
    for row in load_lexicon().stances:
        if row.note.startswith("refusal only"):
            continue  # read by kg.language.stancepredicates.refused_duty, never a stance when done
        prop = "supports" if row.stance.startswith("support") else "opposes"
        if row.pos in ("ADJ", "NOUN") and row.note.startswith("evaluative"):
            evaluative[row.lemma.lower()] = prop
        else:
            (verbs if row.pos == "VERB" else nouns)[row.lemma.lower()] = prop
    return verbs, nouns, evaluative
