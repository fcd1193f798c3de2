"""Whose stance a stance verb states, and which law its common noun means (used by
:mod:`kg.pipeline.stances`).

- a stance verb in a clause that is the complement of another verb ("Trump warned that Clinton wants
  to abolish Y", "demanding Congress overturn Y", "said the party will repeal Y") is what that verb's
  subject says, wants or demands of the holder, not the holder's own stated position; so is a stance
  verb inside a quotation whose speaker is not its holder. A pronoun holder ("X said she would repeal
  Y") speaks for the subject above it and is kept, but "I" under another's verb in the same quotation
  ("everybody has been saying I support Y") is that other's voice ("Republicans promised we would
  repeal Y" still includes the speaker);
- "the law" after "a law that would have ..." is that other, unnamed law, not the law the article
  names earlier ("... Proposition 8. Arizona urged X to veto a law that ... X vetoed the law."); nor does
  it point forward to a law the article names only later, nor mean a law when a name of another thing
  qualifies it ("the AFFH rule" is not the Fair Housing Act).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cues import DEFINITE, cues, ent_of, quote_at, resolve, subject_of
from .text import doc_text

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
    if subject is not None and subject.lower_ in ("i", "we") and _nested(doc, subject):
        return True  # "'... telling voters, 'I voted to repeal Y',' X said": words X puts in others' mouths
    if subject is not None and subject.text == "I" and verb.dep_ == "ccomp":  # "we" may be the group above it
        outer, q = subject_of(verb.head), quote_at(doc, subject.idx)  # "'everybody has been saying I support
        if outer is not None and outer.lower_ not in ("i", "we") and q is not None and quote_at(doc, outer.idx) is q:
            return True  # repeal of Y,' X said": their words in X's quotation, not X's
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
            said = v.head.lemma_.lower()
            if holder.label_ in ("Agency", "Organization") and said in speech and outer is not None:
                if said in cues()["stance_frames"]["contending_verbs"] and not _same(holder, resolve(doc, outer, nominals)):
                    return True  # "the judge claims that Congress wanted to repeal Y": a reading of its aim
                return any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children)
            if outer is not None and said in speech and _spokesperson(outer):
                return False  # "press secretary X said President Y supports Z": Y speaking through X
            return outer is None or not _same(holder, resolve(doc, outer, nominals))
        if v.dep_ not in ("xcomp", "conj", "aux") or v.head is v:
            return False
        v = v.head
    return False


def _spokesperson(subject: Token) -> bool:
    """Whether the subject of a verb of saying is named as one who speaks for another ("White House press
    secretary X", "a spokeswoman for Y"): ``stance_frames.spokesperson_words`` in its phrase before the verb."""
    words = " ".join(t.lower_ for t in subject.subtree if t.i <= subject.i or t.dep_ == "appos")
    return any(f" {w} " in f" {words} " for w in cues()["stance_frames"]["spokesperson_words"])


def introduced_law(doc: Doc, target: Token, law_nouns: set[str]) -> bool:
    """Whether a definite common noun for a law ("the law") follows the same noun, indefinite, introduced
    since the last law the article names ("a law that would have allowed ..."): it means that one."""
    if target is None or target.ent_type_ or target.lemma_.lower() not in law_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in target.children):
        return False
    lemma = target.lemma_.lower()
    frames = cues()["stance_frames"]
    bills = set(frames["bill_nouns"])
    # "a ballot initiative ... the measure": a bill word means any bill or ballot question introduced since
    kin = bills | set(frames["ballot_nouns"]) if lemma in bills else {lemma}

    def indefinite(tok: Token) -> bool:  # "a law ... the law"; "an amendment ... the act" is no other act
        return (
            tok.lemma_.lower() in kin
            and not tok.ent_type_
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)
            and not (tok.dep_ == "appos" and tok.head.ent_type_ == "Law")  # "the X Act, a bill that ...": X itself
        )

    for tok in reversed(doc[: target.i]):
        if ent_of(tok) is not None and tok.ent_type_ == "Law":
            # "a bill that funds the government and defunds the Act ... the bill": the law named in the
            # other bill's description is not what "the bill" means
            return any(indefinite(a) for a in tok.ancestors)
        if indefinite(tok):
            return True
    return False


def other_reference(doc: Doc, target: Token, law: Span | None) -> bool:
    """Whether a common noun ``target`` ("the bill", "the AFFH rule") resolved to ``law`` cannot mean it:
    the law is named only after its sentence, or a proper name not in the law's name qualifies the noun."""
    if target is None or law is None or target.ent_type_ or ent_of(target) is not None:
        return False
    if target.tag_ in ("NNS", "NNPS"):
        return True  # "criticized lawmakers": the members, not the body
    if any(c.lower_ in cues()["stance_frames"]["owning_words"] for c in target.children):
        return True  # "X introduced his own bill": another bill than the article's
    named = [e for e in doc.ents if e.label_ == law.label_ and e.end <= target.i]
    if law.label_ == "Agency" and not any(e.text == law.text and e.sent.start >= _back(doc, target, 3) for e in named):
        if law.sent != target.sent:
            return True  # "a supporter of the police": an agency named sentences away is no referent
    key = law.text.lower()
    if any(c.lower_ in _reversing() for c in target.children):
        return False  # "signed the repeal measure": the law it repeals, however late the article names it
    if not any(e.text.lower() == key and (e.end <= target.i or e.sent == target.sent) for e in doc.ents):
        return not _sole_head(doc, target, law)  # named only after its sentence
    words = {w.lower() for w in law.text.split()}
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in words for c in target.children)


def _sole_head(doc: Doc, target: Token, law: Span) -> bool:
    """ "X is a co-sponsor of the amendment ... the Roe-Doe amendment": a law named only later is still what
    its own head noun means, when it is the one law the article names."""
    words = law.text.lower().split()
    laws = {e.text.lower() for e in doc.ents if e.label_ == law.label_}
    return law.label_ == "Law" and len(laws) == 1 and len(words) > 1 and words[-1] == target.lower_


def parenthesized(span: Span) -> bool:
    """ "SPOKANE, Wash. (AP) —": a name in parentheses (a dateline's agency)."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _nested(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is inside a quotation within a quotation (an odd number of opening single quote
    marks between the start of its quotation and it; an apostrophe inside a word is none)."""
    q = quote_at(doc, tok.idx)
    if q is None:
        return False
    text = doc_text(doc)[q["start"] : tok.idx]
    marks = sum(1 for i, ch in enumerate(text) if ch == "\u2018" or (ch == "'" and (i == 0 or not text[i - 1].isalnum())))
    return marks % 2 == 1


def _back(doc: Doc, tok: Token, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``tok``'s."""
    start = tok.sent.start
    for _ in range(n):
        if start > 0:
            start = doc[start - 1].sent.start
    return start


@lru_cache(maxsize=1)
def _reversing() -> frozenset[str]:
    return frozenset(cues()["reversing_words"]["words"])
