"""The partners of a stance's holder, joined in the act by a verb of joining (``stance_frames.joining_verbs``
of relation_cues.json; used by :mod:`kg.pipeline.stances`):

- "X joined with Y, Z and W to challenge the law", "X teamed up with Y to fight the ban": the stance verb is
  the infinitive completing the joining verb; the partners are the names its "with" governs;
- "X joined Y in challenging the law", "X partnered with Y in opposing the bill": the stance verb is the gerund
  of its "in"; the partners are the names its object or its "with" governs.

Only names: "joined the lawsuit to block the law" names no partner; an object before an infinitive ("X joined
the ACLU to fight the ban") may be the body X went to work for, so only "with" names partners there. A negated
joining verb ("did not join Y in opposing it") names none.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .cues import children, cues, negated, subject_of


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return frozenset(cues()["stance_frames"]["joining_verbs"])


def _joining_verb(verb: Token) -> tuple[Token, bool] | None:
    """The joining verb ``verb`` completes, and whether as a gerund of "in"; None otherwise."""
    up = verb.head
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        join, gerund = up, False  # "joined with Y to challenge Z"
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and up.dep_ == "prep" and up.lower_ == "in":
        join, gerund = up.head, True  # "joined Y in challenging Z"
    else:
        return None
    if join.pos_ != "VERB" or join.lemma_.lower() not in _joining() or negated(join):
        return None
    return join, gerund


def partners(verb: Token) -> list[Token]:
    """The first named partner of each "with" (or gerund's object, then also the joining verb's subject) of the
    joining verb ``verb`` completes; :func:`kg.language.stanceframes.with_conjuncts` adds the ones listed after it."""
    found = _joining_verb(verb)
    if found is None:
        return []
    join, gerund = found
    objs = children(join, "dobj")
    named = [o for o in objs if gerund and o.ent_type_]
    for h in (join, *objs):  # "joined forces with Y": the "with" may hang on "forces"
        for prep in children(h, "prep"):
            if prep.lower_ == "with":
                named += [o for o in children(prep, "pobj") if o.ent_type_]
    if gerund and named and (subject := subject_of(join)) is not None:
        named.insert(0, subject)  # "X joined Y in challenging Z": X too, whom the gerund's own subject misses
    return named
