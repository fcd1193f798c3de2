"""What a relative clause after a name says the named one is ("X, who was the mayor", "who served as
chief of staff", "who was secretary of state": the title phrase's head noun, not its last word), for the
relative-clause rule of :mod:`kg.language.titleclauses` (:mod:`kg.language.titlecopulas` reads "X is ...")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..lexicon.resources import load_json


def head_noun(doc: Doc, start: int, end: int):
    """The title phrase's head noun: "secretary" of "secretary of state", "governor" of "then governor"."""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("NOUN", "PROPN")]
    return heads[0] if heads else doc[end - 1]


def said_to_be(token) -> bool:
    """Whether a relative clause says its subject is ``token``: "who was the mayor", "who became
    director", "who served as chairman", "who is a lawyer and former judge"; not what it did
    ("met the mayor", "studies criminal justice", "mulling a bid for president")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    copula = token.head.head if token.dep_ == "pobj" else token.head  # "become", "serve" (as)
    if copula.dep_ == "xcomp" and copula.head.lemma_.lower() in _aspiring():
        return False  # "who is seeking to become the next speaker", "who was nominated to serve as ambassador"
    if _denied(copula):
        return False  # "who is no longer a member of Congress", "who was never the mayor"
    if token.dep_ in ("attr", "oprd", "appos"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "as"


def _denied(copula) -> bool:
    """Whether the clause says its subject is not (or no longer) what follows: a negation on the copula
    or on the verb it completes, or "no longer"."""
    verbs = [copula, copula.head] if copula.dep_ in ("xcomp", "ccomp") else [copula]
    if any(c.dep_ == "neg" for v in verbs for c in v.children):
        return True
    words = [t.lower_ for t in copula.sent[max(copula.i - copula.sent.start - 2, 0) : copula.i - copula.sent.start + 4]]
    return any(a == "no" and b == "longer" for a, b in zip(words, words[1:]))


@lru_cache(maxsize=1)
def _aspiring() -> frozenset[str]:
    return frozenset(load_json("role_status.json")["aspiring_verbs"])
