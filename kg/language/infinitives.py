"""Who speaks in a colon intro whose speech verb is an infinitive: "..., prompting Mr Roe to tweet his
thanks:" (the object of the verb it completes), "The First Lady went on to say:" (that verb's subject).
Not a wish, a plan or a request ("wanted to say", "urged Roe to say": :mod:`kg.language.modality`)."""

from __future__ import annotations

from spacy.tokens import Token

from .modality import unrealized
from .text import doc_text


def told_to_speak(toks: list[Token], lemmas: frozenset[str] | set[str]) -> Token | None:
    """The token naming the one who speaks in the last infinitive speech verb of ``toks``, or None."""
    for t in reversed(toks):
        if (
            t.pos_ != "VERB"
            or t.lemma_.lower() not in lemmas
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        ):
            continue
        if t.dep_ != "xcomp" or unrealized(t):
            return None
        objects = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i]
        subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
        return objects[0] if objects else subjects[0] if subjects else None
    return None


def speaker(toks: list[Token], finder) -> dict | None:
    """``{"speaker", "speaker_text", "cue"}`` for :func:`told_to_speak` when it names a person, else None
    (``finder``: the :class:`kg.language.speakers.SpeakerFinder` of the article)."""
    lemmas, mentions = finder.lemmas, finder.mentions
    who = told_to_speak(toks, lemmas)
    found = mentions.of(who) if who is not None else None
    if found is None or not mentions.is_person(found):
        return None
    text = doc_text(who.doc)  # computed once per document
    cue = next(t.text for t in reversed(toks) if t.lemma_.lower() in lemmas)
    return {"speaker": [found[0], found[1]], "speaker_text": text[found[0] : found[1]], "cue": cue}
