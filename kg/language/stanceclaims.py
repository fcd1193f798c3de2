"""Whose stance a stance verb states, and which law its common noun means (used by
:mod:`kg.pipeline.stances`).

- a stance verb in a clause that is the complement of another verb ("Trump warned that Clinton wants
  to abolish Y", "demanding Congress overturn Y", "said the party will repeal Y") is what that verb's
  subject says, wants or demands of the holder, not the holder's own stated position; so is a stance
  verb inside a quotation whose speaker is not its holder. A pronoun holder ("X said she would repeal
  Y") speaks for the subject above it and is kept;
- "the law" after "a law that would have ..." is that other, unnamed law, not the law the article
  names earlier ("... Proposition 8. Arizona urged X to veto a law that ... X vetoed the law."); nor does
  it point forward to a law the article names only later, nor mean a law when a name of another thing
  qualifies it ("the AFFH rule" is not the Fair Housing Act).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cues import DEFINITE, ent_of, quote_at, resolve, subject_of

PRONOUNS = {"he", "she", "it", "they", "we", "i", "who", "which", "that"}
INDEFINITE = {"a", "an", "another"}


def _same(a: Span | None, b: Span | None) -> bool:
    """The same entity, or the same surname ("Clinton" and "Hillary Clinton")."""
    if a is None or b is None:
        return False
    return (a.start_char, a.end_char) == (b.start_char, b.end_char) or a.text.split()[-1] == b.text.split()[-1]


def claimed_by_other(doc: Doc, verb: Token, subject: Token | None, holder: Span | None, nominals: dict, speech: set[str]) -> bool:
    """Whether the stance of ``verb`` is stated by someone other than its ``holder``. A body speaks through
    people: "a spokesman said the party will repeal Y" is the party's stance, "X demanded that Congress
    repeal Y" is not Congress's."""
    if subject is None or holder is None or subject.lower_ in PRONOUNS:
        return False
    q = quote_at(doc, verb.idx)
    if q is not None and q.get("speaker") and quote_at(doc, subject.idx) is q:
        start, end = q["speaker"]
        if not _same(holder, doc.char_span(start, end)):
            return True  # '"Clinton wants to abolish Y," Trump said': Trump's claim about her
    v = verb
    for _ in range(6):
        if v.dep_ == "ccomp" and v.head is not v:
            outer = subject_of(v.head)
            if holder.label_ in ("Agency", "Organization") and v.head.lemma_.lower() in speech and outer is not None:
                return any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children)
            return outer is None or not _same(holder, resolve(doc, outer, nominals))
        if v.dep_ not in ("xcomp", "conj", "aux") or v.head is v:
            return False
        v = v.head
    return False


def introduced_law(doc: Doc, target: Token, law_nouns: set[str]) -> bool:
    """Whether a definite common noun for a law ("the law") follows an unnamed law introduced since the
    last law the article names ("a law that would have allowed ..."): it means that one."""
    if target is None or target.ent_type_ or target.lemma_.lower() not in law_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in target.children):
        return False
    for tok in reversed(doc[: target.i]):
        if ent_of(tok) is not None and tok.ent_type_ == "Law":
            return False
        if (
            tok.lemma_.lower() in law_nouns
            and not tok.ent_type_
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)
        ):
            return True
    return False


def other_reference(doc: Doc, target: Token, law: Span | None) -> bool:
    """Whether a common noun ``target`` ("the bill", "the AFFH rule") resolved to ``law`` cannot mean it:
    the law is named only after it, or a proper name not in the law's name qualifies the noun."""
    if target is None or law is None or target.ent_type_ or ent_of(target) is not None:
        return False
    if law.start_char >= target.idx and not any(e.label_ == law.label_ and e.end <= target.i for e in doc.ents):
        return True
    words = {w.lower() for w in law.text.split()}
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in words for c in target.children)


def parenthesized(span: Span) -> bool:
    """ "SPOKANE, Wash. (AP) —": a name in parentheses (a dateline's agency)."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"
