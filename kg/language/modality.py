"""Whether a verb states something that happened, or a plan, a hypothesis, a wish or a failure.

"if Congress were to pass the DREAM Act", "the Senate will swiftly pass the bill", "Congress could
change the law", "lawmakers failed to pass it", "a push to repeal the law": none of these passed,
changed or repealed anything. The words are data (``modality.json``): modal auxiliaries of the verb,
subordinating words of its clause, verbs and nouns whose complement it is.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon.resources import load_json


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = load_json("modality.json")
    return {k: frozenset(data[k]) for k in ("modals", "conditions", "heads", "nouns", "hypotheses")}


def unrealized(verb: Token) -> bool:
    """True when ``verb`` names an event the sentence does not say took place."""
    w = _words()
    tok = verb
    for _ in range(4):  # the verb, then the verbs it is the complement or conjunct of
        kids = list(tok.children)
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in w["modals"] for c in kids):
            return True
        if any(c.dep_ == "mark" and c.lower_ in w["conditions"] for c in kids):
            return True
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in w["hypotheses"]:
            return True  # "imagine that Biden picked X"
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and tok.lemma_.lower() not in w["heads"]:
            head = tok.head
            if tok.dep_ in ("xcomp", "ccomp", "advcl") and head.lemma_.lower() in w["heads"] | w["modals"]:
                return True  # "failed to pass", "urged Congress to amend", "is expected to approve"
            if tok.dep_ in ("acl", "relcl") and head.lemma_.lower() in w["nouns"]:
                return True  # "a plan to repeal", "the power to change"
            if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in w["heads"]:
                return True  # "likely to pass", "unable to pass" (an adjective head)
        if tok.dep_ not in ("conj", "xcomp") or tok.head is tok:
            return False
        tok = tok.head
    return False


STATEMENT_ENDS = frozenset(".!?")


def habitual(verb: Token) -> bool:
    """True for an event verb in the simple present of a sentence that ends like a statement: "the
    governor appoints the board", "Obama appoints Kerry to replace Clinton; in turn, Patrick appoints
    Warren" (a scenario), where a report would say "appointed". A headline ("Mayor Names New Police
    Chief") ends without a full stop and keeps its present tense."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    last = next((t for t in reversed(verb.sent) if not (t.is_punct and t.text not in STATEMENT_ENDS) and not t.is_space), None)
    return last is not None and last.text in STATEMENT_ENDS
