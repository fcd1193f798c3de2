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


def stance_notes() -> tuple[set[str], set[str], set[str]]:
    """The verbs of stance.tsv that state a stance only toward a law or ruling ("laws only": "save", "end"; "save
    the House" is none), those only toward a law they take as object ("bills only": "write"), and the nouns that
    name the holder ("agent": "critic")."""
    rows = load_lexicon().stances
    return (
        {r.lemma.lower() for r in rows if r.pos == "VERB" and "laws only" in r.note},
        {r.lemma.lower() for r in rows if r.pos == "VERB" and r.note.startswith("bills only")},
        {r.lemma.lower() for r in rows if r.pos == "NOUN" and r.note.startswith("agent")},
    )
