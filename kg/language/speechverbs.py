"""The speech-verb lexicon (``ontology/lexicon/speech_verbs.txt``): each lemma with its regular and
irregular word forms, for the quote, stance and consequence components."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..lexicon.resources import lexicon_path


def _forms(lemma: str) -> set[str]:
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    return {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}


def load_speech_verbs(path: Path) -> dict[str, str]:
    """Word form -> lemma, from a lexicon file (lemma, then irregular forms, per line)."""
    forms: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        lemma = words[0].lower()
        for w in {lemma, *_forms(lemma), *(x.lower() for x in words[1:])}:
            forms.setdefault(w, lemma)
    return forms


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """The lemmas of the lexicon's speech verbs ("say", "tell", "deny")."""
    return frozenset(load_speech_verbs(lexicon_path("speech_verbs.txt")).values())


def inverted_forms(forms: dict[str, str]) -> frozenset[str]:
    """The forms of ``forms`` that can open an inverted attribution before the speaker's name ("Tweeted Dana
    Roe, ...:", "Said Dana Roe:", "Writes Dana Roe"): not the lemma ("Post", "Note": words of names), not -ing."""
    return frozenset(f for f, lemma in forms.items() if f != lemma and not f.endswith("ing"))


def clausal_ing(token) -> bool:
    """A speech verb's -ing form the tagger read as a noun though it heads a clause ("hit back on Twitter, writing,
    “...”": advcl): a verb all the same."""
    return token.pos_ == "NOUN" and token.dep_ in ("advcl", "xcomp", "conj") and token.lower_.endswith("ing")
