"""Who holds a stance named by a noun of act when the noun has no owner of its own (used by
:mod:`kg.pipeline.stances`).

- "a veto by X on Y", "criticism by X of Y": the act's agent, the object of "by";
- "X expressed support for Y", "X voiced opposition to Y", "X threatened a veto of Y": the noun is the
  object of a verb of stating or announcing it (``stance_frames.expressing_verbs`` in relation_cues.json),
  whose subject holds the stance. A verb of receiving or seeking ("X won support for Y", "X drew
  criticism") is none of them: its subject is not the holder. Nothing when that verb is negated, states
  no stance (a question, a condition, a denied clause), or reports another's claim ("Y said X expressed
  support for Z").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cues import children, cues, negated, resolve, subject_of
from .stanceclaims import claimed_by_other
from .stanceframes import unstated
from .stanceholders import possessive_holder


def expressing_subject(noun: Token) -> Token | None:
    """The subject of the verb of stating ``noun`` is the object of, or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in cues()["stance_frames"]["expressing_verbs"]:
        return None
    if negated(verb) or unstated(verb):
        return None
    return subject_of(verb)


def act_holder(doc: Doc, noun: Token, nominals: dict, speech: set[str]) -> Span | None:
    """The holder of the stance act ``noun`` names: its "by" agent, or the subject of the verb stating it."""
    by = [o for p in children(noun, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
    if by:
        return resolve(doc, by[0], nominals)
    expresser = expressing_subject(noun)
    if expresser is None:
        return None
    holder = possessive_holder(doc, expresser) or resolve(doc, expresser, nominals)
    return None if claimed_by_other(doc, noun.head, expresser, holder, nominals, speech) else holder
