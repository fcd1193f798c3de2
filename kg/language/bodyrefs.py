"""A body named by a generic noun: "the group said", "the company said in a statement".

``recent_body(t, bodies, in_quote)``: the noun ``t`` (``body_nouns`` of ``relation_cues.json``, with
"the" and nothing else) stands for the body named last before it, in its sentence or the
``MAX_BACK_SENTENCES`` before (not counting those inside quotes or page furniture), as the subject of a clause ("Acme Corp. sued the city on Monday.
“...,” the company said"; also inside the subject's phrase: "a complaint filed by Acme Corp.") or in
apposition with the same noun ("Acme Corp., a company that ..."), when its entity label fits the
noun; a news outlet cited in a credit ("..., Variety reported.") only for a media noun ("the newspaper").
Nobody when the noun was used in between for something
else ("a rival company") or when that body's label does not fit ("the agency said" after a company).
With no body in that window, the noun means what the last "the <noun>" subject in it meant ("The
group met Roe. ... “...,” the group said"), up to ``MAX_CHAIN`` such steps back.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cues import cues
from .furniture_spans import is_furniture
from .text import per_doc

Found = tuple[int, int] | None
MAX_BACK_SENTENCES = 3
MAX_CHAIN = 3  # "the group" standing for the body an earlier "the group" stood for, so many times back
SUBJECTS = ("nsubj", "nsubjpass")


def _sentences(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The Doc's sentences (start, end) and their first tokens, listed once per Doc (not once per generic
    noun: an article of many "the group said" was quadratic); offsets, as spans would keep the Doc alive."""

    def bounds():
        found = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else []
        return found, [a for a, _ in found]

    return per_doc(doc, "sentences", bounds)


@lru_cache(maxsize=1)
def body_nouns() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in cues()["body_nouns"].items()}


def only_the(t: Token) -> bool:
    """ "the group" with nothing else: no possessor, modifier, compound, number, phrase or clause of its own."""
    return [c.lower_ for c in t.children if c.dep_ != "punct" and c.i < t.i] == ["the"] and not any(
        c.dep_ in ("prep", "compound", "amod", "poss", "nummod", "acl", "relcl") for c in t.children
    )


def _in_subject(e: Span) -> bool:
    """Whether the body ``e`` is a clause's subject or inside a subject's phrase."""
    x = e.root
    for _ in range(6):
        if x.dep_ in SUBJECTS:
            return True
        if x.head is x:
            return False
        x = x.head
    return False


def _credit(e: Span) -> bool:
    """ "..., Variety reported.": the body is the subject of a credit verb that closes its sentence after a
    comma, a source cited for the sentence (``body_credits`` of ``relation_cues.json``)."""
    verb, doc = e.root.head, e.doc
    if e.root.dep_ != "nsubj" or verb.lemma_.lower() not in cues()["body_credits"]["verbs"] or e.start == 0:
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return doc[e.start - 1].text == "," and verb.i > e.root.i and (after is None or after.is_sent_end or after.is_punct)


def _called(e: Span, lemma: str) -> bool:
    """ "Acme Corp., a company that ...", "one group, Acme Corp., holds": the noun in apposition with it."""
    root = e.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    plain = [n for n in nouns if not any(c.dep_ in ("compound", "prep", "poss") for c in n.children)]  # not "parent company of X"
    return any(n.lemma_.lower() == lemma for n in plain)


def _cut(e: Span) -> bool:
    """ "Justice" of "Justice Democrats": a name the model cut before a capitalised word of it."""
    return e.end < len(e.doc) and e.doc[e.end].pos_ == "PROPN" and e.doc[e.end].is_title


def recent_body(t: Token, bodies: list[Span], in_quote, chain: int = MAX_CHAIN) -> Found:
    """The body the generic noun ``t`` stands for, or None (also when ``t`` is no such noun)."""
    lemma = t.lemma_.lower()
    labels = body_nouns().get(lemma)
    if labels is None or t.pos_ != "NOUN" or not t.text.islower() or not only_the(t):
        return None
    sents, starts = _sentences(t.doc)
    own = bisect_right(starts, t.i) - 1
    if own < 0:
        return None
    lo, told = 0, 0
    for k in range(own - 1, -1, -1):  # back to the third sentence told; a long quote's sentences do not count
        a, b = sents[k]
        if not in_quote(t.doc[a + (b - a) // 2].idx) and not is_furniture(t.doc, t.doc[a].idx, t.doc[b - 1].idx + 1):
            told += 1
            if told == MAX_BACK_SENTENCES:
                lo = a
                break
    near = [e for e in bodies if e.start >= lo and e.end <= t.i and not in_quote(e.start_char)]
    called = [e for e in near if _called(e, lemma)]  # "Acme Corp., the company that ...": named so, it wins
    media = lemma in cues()["body_credits"]["media_nouns"]
    subjects = [e for e in near if _in_subject(e) and (media or not _credit(e))]  # in text order: the last one wins
    found = called[-1] if called else subjects[-1] if subjects else None
    if found is None and chain:  # "The group met Roe. ... “...,” the group said": what the last "the group" meant
        told = [u for u in t.doc[lo : t.i] if u.dep_ in SUBJECTS and u.lemma_ == t.lemma_]
        told = [u for u in told if u.pos_ == "NOUN" and only_the(u) and not in_quote(u.idx)]
        return recent_body(told[-1], bodies, in_quote, chain - 1) if told else None
    if found is None or found.label_ not in labels or _cut(found):
        return None
    if lemma in cues()["sole_body_nouns"] and any(e.label_ == found.label_ and e.text != found.text for e in near):
        return None  # "the court wrote" after the appeals court and the Supreme Court: either
    pool = called if called else subjects  # "the Rules Committee and the Ethics Committee met": either
    if any(e.sent == found.sent and e.text != found.text and e.label_ in labels for e in pool):
        return None
    own_nouns = {c.i for c in found.root.children if c.dep_ == "appos"} | {found.root.head.i}
    for u in t.doc[found.end : t.i]:
        if u.lemma_.lower() == lemma and u.pos_ == "NOUN" and not in_quote(u.idx) and u.i not in own_nouns:
            if not only_the(u):
                return None  # "a rival company", "the trade group for the plans": another body since
    return found.start_char, found.end_char
