"""Who speaks through a speech verb in a gerund after a preposition (used by :mod:`kg.language.speakers`).

- ``by``: "Roe answered the critics by saying: “...”": the means of a clause, the doing of its subject,
  wherever the parser hung the preposition ("... the lines aimed at Doe by saying", on the nearest verb):
  the subject of the nearest clause above it that has one (past an "it" or "there" that names nobody).
- ``for`` / ``of``: "Roe came under fire for saying “...”", "Roe was accused of saying “...”": the subject's
  words when the verb takes no object; "rebuked Doe for saying", "accused her of saying": the object's
  (:func:`object_doing`).
"""

from __future__ import annotations

from spacy.tokens import Token

PREPS = ("by", "for", "of")
OBJECTS = ("dobj", "dative")
SUBJECTS = ("nsubj", "nsubjpass")
EMPTY_SUBJECTS = ("it", "there", "this")  # "that it was not the time ... by saying": no one


def doer(prep: Token, in_quote) -> Token | None:
    """The subject whose doing the gerund under ``prep`` is, or None (the object's, or unknown)."""
    return None if prep.lower_ != "by" and object_doing(prep) else doer_subject(prep, in_quote)


def object_doing(prep: Token) -> bool:
    """Whether the gerund under ``prep`` ("for", "of") is the doing of the object of the verb it hangs
    from ("rebuked Doe for saying"), or of no clause the parse shows (a noun's: "the idea of saying")."""
    verb = prep.head
    return verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in OBJECTS for c in verb.children)


def doer_subject(prep: Token, in_quote) -> Token | None:
    """The subject of the nearest clause above ``prep`` that has one, skipping an empty "it"; None when
    that clause's subject is inside a quote or no clause above has one."""
    for verb in prep.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not c.is_punct]
        if not subjects:
            continue
        subject = subjects[0]
        if in_quote(subject.idx):
            return None
        if subject.dep_ == "expl" or subject.lower_ in EMPTY_SUBJECTS:
            continue
        return subject
    return None
