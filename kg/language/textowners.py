"""Speakers named by a common noun: the owner of a text, or the one body of the article a description fits.

- ``owner``: a text someone issued ("statement", "letter", "email": ``written_words`` of
  ``relation_cues.json``) speaks for its owner: the possessor ("the council's statement said") or the
  name right before the noun ("the NRA statement says"), the
  object of "from" or "by" ("an email from the agency stated:"), or, for "the letter says" with
  neither, whoever the article said issued that text last: the subject of an issuing verb whose object
  it was ("Roe sent a letter", ``issuing_verbs``) or of the speech verb it framed ("In a letter to
  the mayor, Roe said ..."), unless another named subject comes in between. Not one who only
  obtained or received it: then nobody.
- ``described_body``: "the committee said" is the one body named before it in the article whose name
  has that noun for its head ("the House Energy and Commerce Committee"; not "the state" for "the
  State Employees Association") and also holds the noun's modifiers ("the House committee"); two such
  bodies ("the Justice Department", "the Department of State"), or the noun used since for another,
  unnamed one ("the trade group for the plans"): nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon.load import load_lexicon
from .cues import cues
from .text import doc_text, per_doc

Found = tuple[int, int] | None
SOURCE_PREPS = ("from", "by")
FRAMING_PREPS = ("in", "through", "via")  # "In a letter ..., Roe said", "said in a statement"
NOT_BODIES = ("GPE", "NORP")  # places and peoples: "the state said" is no state's name
MODIFIERS = ("compound", "amod")
MAX_CLIMB = 3
SPEAKERS = ("Person", "Official", "Organization", "Agency", "Court")  # kg's labels of the model's names
TEXT_VERBS = frozenset({"read", "say", "state"})  # "It read:", "It said:", "It stated:"


@lru_cache(maxsize=1)
def written_words() -> frozenset[str]:
    return frozenset(cues()["written_words"]["nouns"])


@lru_cache(maxsize=1)
def issuing_verbs() -> frozenset[str]:
    return frozenset(cues()["written_words"]["issuing_verbs"])


@lru_cache(maxsize=1)
def copy_nouns() -> frozenset[str]:
    return frozenset(cues()["written_words"]["copy_nouns"])


def owner(t: Token, m) -> Found:
    """The speaker of the text the noun ``t`` names, or None (also when ``t`` names no text). ``m``: the
    article's :class:`kg.language.mentions.Mentions`. A copy of a text ("a text of X's prepared comments")
    speaks for the owner of the text it copies."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in copy_nouns():
        copied = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        return owner(copied[0], m) if copied else None
    if t.pos_ != "NOUN" or t.lemma_.lower() not in written_words():
        return None
    if (found := _stated_owner(t, m.of)) is not None:
        return found
    if not _bare_reference(t):
        return None
    for u in reversed([u for u in t.doc[: t.i] if u.lemma_ == t.lemma_ and u.pos_ == "NOUN" and not m.in_quote(u.idx)]):
        # not the name before an earlier mention: "Facebook ads that promoted her plan ... the ads read"
        if (found := _stated_owner(u, m.of, named=False) or _issuer(u, m)) is not None or not _bare_reference(u):
            return None if found is None or _rival(u, t, found, m) else found  # not "Fox News obtained a letter"
    return None  # "the letter also states" after "the letter reads": back to where it was issued


def pronoun_owner(t: Token, m) -> Found:
    """ "It read:" / "It said:" right after a sentence that names one text ("Doe shared a post by Roe.
    It read: “...”", "Roe sent a letter to the board. It said: ..."): that text's owner (:func:`owner`'s
    rules), or None. Only "it" as the subject of a verb of ``TEXT_VERBS``, and only when the sentence
    before names texts of one owner only, outside quotation marks, and no other person or body after that owner."""
    if t.lower_ != "it" or t.dep_ != "nsubj" or t.head.lemma_.lower() not in TEXT_VERBS:
        return None
    sent = t.sent
    if sent.start == 0:
        return None
    before = t.doc[sent.start - 1].sent
    texts = [u for u in before if u.pos_ == "NOUN" and u.lemma_.lower() in written_words() and not m.in_quote(u.idx)]
    main = [
        u for u in texts if not any(a.dep_ in ("relcl", "advcl", "acl") for a in u.ancestors)
    ]  # not "who was upset by X's comments"
    owners = {found for u in main if (found := _stated_owner(u, m.of) or _issuer(u, m)) is not None}
    if len(owners) != 1:
        return None  # no text with an owner, or two ("a post by Roe about Doe's statement")
    (found,) = owners
    after = [x for x in t.doc[before.start : t.i] if x.ent_type_ in SPEAKERS and x.idx > found[1]]  # a body or person since
    return None if any(not _is_text_of(x, texts) for x in after) else found


def _is_text_of(x: Token, texts: list[Token]) -> bool:
    """Whether ``x`` is in the phrase of one of the texts ("a post by Heather Roe", "Roe's letter") or is
    whom it was sent to ("wrote a letter to Gov. X")."""
    return any(a in texts or (a.dep_ in ("prep", "dative") and a.lower_ == "to") for a in x.ancestors)


def _rival(u: Token, t: Token, found: tuple[int, int], m) -> bool:
    """Whether a sentence between the text's mention ``u`` and the reference ``t`` has another named
    subject ("Roe and Doe said in a statement ... The department confirmed that ... “...,” the
    statement said": perhaps the department's statement)."""
    own = doc_text(t.doc)[found[0] : found[1]]
    for x in t.doc[u.sent.end : t.sent.start]:
        if x.dep_ == "nsubj" and x.head.dep_ == "ROOT" and not m.in_quote(x.idx) and x.ent_type_:
            named = [e for e in m.ents if e.start <= x.i < e.end and e.label_ not in NOT_BODIES]
            if named and named[0].text not in own and own not in named[0].text:
                return True
    return False


def _bare_reference(t: Token) -> bool:
    """ "the letter" with no owner or name of its own (not "the March statement"): a text named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
        c.dep_ in ("poss", "prep", "compound", "nummod") for c in t.children
    )


def _stated_owner(t: Token, of: Callable[[Token], Found], named: bool = True) -> Found:
    """The owner the noun phrase of ``t`` states: "from X" or "by X" first ("a Facebook statement from his
    family": the family, nobody named), then a possessor, then (``named``) a name right before it."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            return of(objs[0]) if objs else None  # "an email from the agency stated:"
    for c in t.children:
        if c.dep_ == "poss" or named and c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ and c.i == t.i - 1:
            return of(c)  # "Trump's order read", "the council's statement said", "the NRA statement says"
    return None


def _issuer(t: Token, m) -> Found:
    """Who the article says issued the text ``t``: "Roe sent a letter", "In a letter, Roe said"; a verb
    with no subject of its own ("In a letter sent Friday, Roe said") takes that of the verb it hangs from."""
    verb = None
    if t.dep_ == "dobj" and t.head.lemma_.lower() in issuing_verbs():
        verb = t.head
    elif t.dep_ == "pobj" and t.head.lower_ in FRAMING_PREPS and t.head.head.lemma_.lower() in m.speech_lemmas | issuing_verbs():
        verb = t.head.head
    for _ in range(MAX_CLIMB):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return m.first_of_pair(subjects[0]) or m.of(subjects[0])  # "Roe and Doe penned a letter": Roe
        verb = verb.head if verb.dep_ in ("ccomp", "advcl", "conj", "xcomp") else None
    return None


@lru_cache(maxsize=1)
def voice_words() -> frozenset[str]:
    """Titles of those who speak for a body (``voice`` of titles.tsv: "spokesman", "spokeswoman")."""
    return frozenset(x.title for x in load_lexicon().titles if x.kind == "voice")


def voiced_body(t: Token, bodies: list[Span]) -> Found:
    """ "a Juul spokesman said", "a spokeswoman for the Bureau of Prisons said": the body the unnamed voice
    speaks for, when the phrase names it (a name right before the noun, or after "for"); else None."""
    if t.lower_ not in voice_words():
        return None
    named = [c for c in t.children if c.dep_ == "compound" and c.ent_type_] + [
        o for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
    ]
    for n in named:
        body = next((e for e in bodies if e.start <= n.i < e.end and e.label_ not in NOT_BODIES), None)
        if body is not None:
            return body.start_char, body.end_char
    return None


def described_body(t: Token, bodies: list[Span]) -> Found:
    """The one body named before ``t`` whose name has the noun ``t`` for its head and holds its modifiers,
    or None; also None once the article used the noun for something else ("the trade group for the
    plans", "Princeton's board of trustees": an unnamed body)."""
    if t.pos_ != "NOUN" or not t.text.islower() or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return None
    words = [t.lower_] + [c.lower_ for c in t.children if c.dep_ in MODIFIERS]
    heads = _heads(t.doc, bodies)
    fits = [
        e
        for e, head in zip(bodies, heads)
        if head == t.lower_
        and e.end_char <= t.idx
        and e.label_ not in NOT_BODIES
        and all(w in {x.lower_ for x in e if not x.is_lower} for w in words)
    ]
    if not fits or len({e.text for e in fits}) > 1:
        return None
    others = [u for u in t.doc[: t.i] if u.lower_ == t.lower_ and u.ent_type_ == "" and not _bare_body(u)]
    return None if others else (fits[-1].start_char, fits[-1].end_char)


def _heads(doc: Doc, bodies: list[Span]) -> list[str]:
    """``_head`` of each body, once per Doc (not once per "the group said"), kept by the body's offsets."""
    known = per_doc(doc, "body heads", dict)
    for e in bodies:
        if (e.start, e.end) not in known:
            known[e.start, e.end] = _head(e)
    return [known[e.start, e.end] for e in bodies]


def _head(e: Span) -> str:
    """The head word of a body's name: its last word, or the last before "of" ("Department of Labor")."""
    words = [x.lower_ for x in e]
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _bare_body(u: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in u.children) and not any(
        c.dep_ in ("poss", "prep", "compound", "amod", "nummod") for c in u.children
    )
