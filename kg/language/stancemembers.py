"""Named members of a group of supporters or opponents (issue 15; read by :mod:`kg.language.evaluations`
for ``kg_stances``).

- "Opponents of Y, such as A and B, ...", "critics of Y including A": each member holds the agent noun's
  stance on Y (the agent nouns are the ``agent`` NOUN rows of stance.tsv);
- "Opponents like A argue that Y strips away rights", "critics, including A, say Y hurts farmers": a
  group of an agent noun without a target of its own, the subject of a verb of saying whose reported
  clause has the law or ruling Y as its subject: each member holds the noun's stance on Y.

Not a stance: a group that names no member ("Critics say Y ..."), a negated or hypothetical verb of saying,
or a law that is not the subject of the reported clause ("critics like A say Y's repeal would hurt").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import children, negated
from .stanceframes import hypothetical, members

TARGET_PREPS = ("of", "to", "for", "against")  # "opponents of Y", "advocates for Y"


def listed_holders(ent: Span, agents: dict[str, str], speech_verbs: set[str]) -> list[tuple[Token, str, Token]]:
    """(member token, stance, the agent noun) for each named member of a group of an agent noun that
    holds a stance on ``ent``; [] otherwise."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TARGET_PREPS:
        noun = head.head  # "opponents of Y, such as A"
    elif root.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ccomp" and head.head.lemma_.lower() in speech_verbs:
        said = head.head  # "opponents like A argue that Y ..."
        if negated(said) or hypothetical(said) or negated(head):
            return []
        noun = next(iter(children(said, "nsubj")), None)
        if noun is None or any(p.lower_ in TARGET_PREPS for p in children(noun, "prep")):
            return []  # "opponents of the tax say Y ...": a stance on the tax, not on Y
    else:
        return []
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in agents or noun.tag_ != "NNS":
        return []
    return [(m, agents[noun.lemma_.lower()], noun) for m in members(noun)]
