"""The speaker named right after a quote by a speech verb without a subject of its own.

"“...,” added Stewart.": the parser makes the name after the verb its object; or it breaks a long name
up ("“...,” said the Committee to Protect Reporters": "Committee" the subject of "Protect"), and the
name the model labeled right after the verb is who spoke. Not after "told" ("told Smith" names the
listener); not a possessor ("said the Committee's director"); not a date ("recalled Monday"). A title before
the name ("said Rep. X") and a site's name card after it (page furniture) are passed over.
"""

from __future__ import annotations

from spacy.tokens import Token

from .furniture_spans import is_furniture
from .honorifics import is_title

OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "appos")
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL")  # "recalled Monday": when, not who
LISTENER_VERBS = ("tell",)
POSSESSIVE_MARKS = ("'", "’")
FINITE = ("VBD", "VBZ", "VBP")
SUBJECTS = ("nsubj", "nsubjpass")


def inverted(verb: Token) -> Token | None:
    """The name after a speech verb that follows a quote and has no subject ("said Jane Roe" parsed as
    an object), or None."""
    doc = verb.doc
    if verb.i == 0 or verb.lemma_.lower() in LISTENER_VERBS:
        return None
    if not any(t.is_quote for t in doc[max(verb.i - 2, 0) : verb.i]):
        return None  # right after the closing mark: not "..., tweeting last October:"
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1 and c.ent_type_ not in NOT_NAMES:
            return c
    return _named_after(verb)


def _named_after(verb: Token) -> Token | None:
    """ "“...,” said the Committee to Protect Reporters.": a name the model labeled right after the verb
    (after "the" at most) that the parser broke up ("Committee" the subject of "Protect"); whole up to a
    stop, a comma or a preposition ("... in a statement"), not a possessor ("said the Committee's head")."""
    doc = verb.doc
    if verb.tag_ not in FINITE:
        return None  # "..., saying Trump “created the problem”": Trump is who the quote is about
    i = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "the")
    while i < len(doc) and doc[i].ent_iob_ != "B" and is_title(doc[i].text):
        i += 1  # "said Rep. X"
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ in NOT_NAMES:
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    k = j
    while k < len(doc) and _card(doc[k]):
        k += 1  # a site's name card after the name ("X X (Y) XHeadline ... MORE"): page furniture the parse ran into
    if k < len(doc) and not (doc[k].is_punct and doc[k].text not in POSSESSIVE_MARKS or doc[k].pos_ == "ADP"):
        return None
    if any(t.dep_ in SUBJECTS and not i <= t.head.i < j and not _card(t.head) for t in doc[i:j]):
        return None  # the subject of a clause of its own ("said Roe won"); not of a word of the name ("to Protect")
    return doc[i]


def _card(t: Token) -> bool:
    return is_furniture(t.doc, t.idx, t.idx + len(t.text))
