"""Stances written into a noun phrase rather than stated by a verb (used by :mod:`kg.pipeline.stances`).

- a law named as the owner's mark of office: "the Harbor Act, Governor X's signature law", "the law is
  X's signature achievement", "X's signature health care law" (the one law the article names): X
  supports it (the words are ``stance_frames.ownership_marks`` in relation_cues.json);
- a law written before the noun of a holder ("X, a longtime Harbor Act critic", "she is an
  unapologetic Second Amendment backer"): the agent noun's stance toward that law or ruling; only a
  law or a ruling, since "a Senate ally", "her House opponent" name where the ally or rival sits.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cues import children, cues, ent_of, resolve, subject_of
from .stanceantecedents import named_law
from .text import is_be

WRITTEN_BEFORE = ("Law", "CourtRuling")


@lru_cache(maxsize=1)
def ownership_marks() -> frozenset[str]:
    return frozenset(cues()["stance_frames"]["ownership_marks"])


def owned_law(doc: Doc, mark: Token, nominals: dict) -> tuple[Span | None, Span | None]:
    """(holder, law) of "X's signature law": the possessor of the noun ``mark`` modifies, and the law
    that noun is: an apposition on either side, the subject it is the predicate of, or the noun itself
    when it is a common-noun reference to the article's one law. (None, None) when either is missing."""
    noun = mark.head
    owner = children(noun, "poss") if mark.dep_ in ("amod", "compound", "nmod") and noun.pos_ == "NOUN" else []
    if not owner or owner[0].pos_ == "PRON":
        return None, None  # "the president and his signature law": a pronoun's owner is too often a guess
    holder = resolve(doc, owner[0], nominals)
    if noun.dep_ == "appos":
        named = noun.head
    elif noun.dep_ == "attr" and is_be(noun.head):
        named = subject_of(noun.head)
    else:
        named = next((c for c in children(noun, "appos") if c.ent_type_), noun)
    law = resolve(doc, named, nominals) if named is not None else None
    if noun.dep_ == "appos" and (law is None or law.label_ not in WRITTEN_BEFORE):
        law = _set_off_after(noun)
    if holder is None or law is None or law.label_ not in WRITTEN_BEFORE:
        return None, None
    return holder, law


def _set_off_after(noun: Token) -> Span | None:
    """ "portions of the Harbor Act, Governor X's signature law": the parser may hang the apposition on
    a noun before the name; the law or ruling whose name ends right before its comma is what it is."""
    i = noun.left_edge.i - 1
    if i < 1 or noun.doc[i].text != ",":
        return None
    ent = ent_of(noun.doc[i - 1])
    return ent if ent is not None and ent.end == i else None


def law_written_before(noun: Token) -> Span | None:
    """The law or ruling compounded before an agent noun ("a Harbor Act critic"), or None."""
    for c in children(noun, "compound"):
        ent = ent_of(c)
        if ent is not None and ent.label_ in WRITTEN_BEFORE and ent.end == noun.i:
            return ent
    return None


def unnamed_new_bill(verb: Token, target: Token | None) -> bool:
    """ "X introduced his own bill", "introduced a bill": a verb bringing in a new bill
    (``stance_frames.introducing_verbs``) is on a law only when the law is named, not referred to; named
    right after the noun ("introduced the legislation, known as X") it is."""
    if verb.lemma_.lower() not in cues()["stance_frames"]["introducing_verbs"] or target is None or target.ent_type_:
        return False
    return named_law(target) is None


def name_fragment(law: Span) -> bool:
    """ "the Women's Equality Act", "a Worker's Freedom to Negotiate Act" read as "Equality Act": a
    title-case possessive after an article begins the name, so the entity is a fragment of it; so does
    a list of title-case words ("the Safe, Fair, and Effective Justice Act" read as "Effective Justice Act")."""
    i = law.start
    doc = law.doc
    j = i - 2 if i >= 2 and doc[i - 1].lower_ == "and" else i - 1
    j = j - 1 if j >= 1 and doc[j].text == "," else j
    if j < i - 1 and j >= 0 and doc[j].is_title and not doc[j].ent_type_:
        return True  # "Fair, and Effective Justice Act": a word of a longer name's list before the name
    if i < 3 or doc[i - 1].tag_ != "POS" or not doc[i - 2].is_title or doc[i - 2].ent_type_:
        return False
    return doc[i - 3].lower_ in ("the", "a", "an") or doc[i - 3].is_quote
