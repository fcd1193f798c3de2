"""Named members of a group of supporters or opponents (issue 15; read by :mod:`kg.language.evaluations`
for ``kg_stances``).

- "Opponents of Y, such as A and B, ...", "critics of Y including A", "Y's co-sponsors include A and B": each
  member holds the agent noun's stance on Y (the agent nouns are the ``agent`` NOUN rows of stance.tsv);
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
    elif root.dep_ == "poss":
        noun = head  # "Y's co-sponsors include A and B"
    elif root.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ccomp" and head.head.lemma_.lower() in speech_verbs:
        said = head.head  # "opponents like A argue that Y ..."
        if negated(said) or hypothetical(said) or negated(head):
            return []
        noun = next(iter(children(said, "nsubj")), None)
        if noun is None or any(p.lower_ in TARGET_PREPS for p in children(noun, "prep")):
            return []  # "opponents of the tax say Y ...": a stance on the tax, not on Y
    else:
        return []
    if noun is None:
        return []
    word, lemma = _hyphenated(noun)
    if word.pos_ != "NOUN" or lemma not in agents or word.tag_ != "NNS":
        return []
    return [(m, agents[lemma], word) for m in members(noun) or members(word)]


def _hyphenated(noun: Token) -> tuple[Token, str]:
    """The last word of a noun written with a hyphen ("co-sponsors": three tokens) and its lemma
    ("co-sponsor"); the noun and its own lemma otherwise."""
    doc, i = noun.doc, noun.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not noun.whitespace_ and not doc[i + 1].whitespace_:
        return doc[i + 2], f"{noun.lower_}-{doc[i + 2].lemma_.lower()}"
    return noun, noun.lemma_.lower()
