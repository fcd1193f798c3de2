"""Who holds a stance named by a noun of act when the noun has no owner of its own (used by
:mod:`kg.pipeline.stances`).

"X expressed support for Y", "X voiced opposition to Y", "X threatened a veto of Y": the noun is the
object of a verb of stating or announcing it (``stance_frames.expressing_verbs`` in relation_cues.json),
whose subject holds the stance. A verb of receiving or seeking ("X won support for Y", "X drew
criticism") is none of them: its subject is not the holder. Nothing when that verb is negated or
states no stance (a question, a condition, a denied clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cues, negated, subject_of
from .stanceframes import unstated


def expressing_subject(noun: Token) -> Token | None:
    """The subject of the verb of stating ``noun`` is the object of, or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in cues()["stance_frames"]["expressing_verbs"]:
        return None
    if negated(verb) or unstated(verb):
        return None
    return subject_of(verb)
