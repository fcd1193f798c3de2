"""An attribution written with the speech verb before the speaker, opening the sentence: "Tweeted Dana Roe,
president of the union: “...”", "Wrote Dana Roe in a letter: “...”"; or with no verb at all, a name and a colon
opening the sentence (a roundup's "Dana Roe: “...”").

The model reads the capitalized verb as a word of the name (a compound of it), so no speech verb frames
the quote. The speaker is the person named right after a sentence's first word when that word is a form
of a speech verb that opens such an inversion (:func:`kg.language.speechverbs.inverted_forms`).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token


def inverted_speaker(toks: list[Token], forms: frozenset[str], persons: list[Span]) -> dict | None:
    """The speaker of a quote whose clause before it is ``toks``, named after an opening speech verb; else None."""
    if not toks or not toks[0].is_sent_start or not toks[0].is_title or toks[0].lower_ not in forms:
        return None
    e = _starting(persons, toks[0].i + 1)
    return {"speaker": [e.start_char, e.end_char], "speaker_text": e.text, "cue": toks[0].text} if e is not None else None


def labelled_speaker(toks: list[Token], persons: list[Span]) -> dict | None:
    """The speaker of a quote whose clause before it is only a person's name and a colon ("Dana Roe: “...”")."""
    if len(toks) < 2 or toks[-1].text != ":" or not toks[0].is_sent_start:
        return None
    e = _starting(persons, toks[0].i)
    if e is None or e.end != toks[-1].i:
        return None
    return {"speaker": [e.start_char, e.end_char], "speaker_text": e.text, "cue": ":"}


def opening_speaker(toks: list[Token], forms: frozenset[str], persons: list[Span]) -> dict | None:
    """:func:`inverted_speaker`, else :func:`labelled_speaker`."""
    return inverted_speaker(toks, forms, persons) or labelled_speaker(toks, persons)


def _starting(persons: list[Span], i: int) -> Span | None:
    """The person of ``persons`` (in text order) whose name starts at token ``i``, found by bisection."""
    k = bisect.bisect_left(persons, i, key=lambda e: e.start)
    return persons[k] if k < len(persons) and persons[k].start == i else None
