"""Person names the model ran on past the name or opened before it (issue 15: junk persons). A person's
name is capitalized words, initials and surname particles ("Bill de Blasio", "J. Doe", "Dana Roe-Diaz");
the model sometimes reads on into what follows the name or starts before it:

- a possessive and what it owns, written in lower case or as a number or a date: "Harlow’s niece", "Harlow’s
  2008", "Harlow’s May 25" -> the owner, "Harlow" (not "Harlow’s Pawn Shop", "Dana’s Club": a business's name);
- a colon, an "@" handle, a number or a lower-case word that is no particle: "Dana Roe: Large" -> "Dana Roe";
- a date after the name: "Secretary Dana Roe Nov. 14" -> "Dana Roe" (a month's name or abbreviation and a number);
- a party word before the name: "Republican Dana Roe" -> "Dana Roe" (relation_cues.json ``party_words``);
- a speech verb opening the sentence before the name: "Tweeted Dana Roe, president of ..." -> "Dana Roe"
  (a form of speech_verbs.txt other than the lemma and the -ing form).

The cut span keeps its label; nothing is cut when no capitalized word would be left."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.load import load_lexicon
from ..lexicon.resources import lexicon_path
from .descriptors import party_words
from .honorifics import is_particle, is_title
from .lawdates import MONTHS as LAW_MONTHS
from .sex import is_first_name, word_sex
from .speechverbs import inverted_forms, load_speech_verbs

POSSESSIVE = ("'s", "’s")
MONTHS = LAW_MONTHS | {"sept"}  # kg.language.lawdates's months and news style's "Sept."


def person_cut(ent: Span) -> Span:
    """``ent`` (a person's name) without what the model read on past the name or before it."""
    doc, start, end = ent.doc, ent.start, ent.end
    for k in range(start + 1, end):
        t = doc[k]
        if (
            (t.text in POSSESSIVE and _owned(doc, k + 1, end))
            or t.text in (":", "@")
            or t.text.startswith("@")
            or t.like_num
            or (t.is_alpha and t.is_lower and not is_particle(t.text))
            or _dated(doc, k)
        ):
            end = k
            break
    while end < ent.end and end > start + 1 and doc[end - 1].is_punct:
        end -= 1  # "Dana Roe-" of "Dana Roe-backed"
    while start < end - 1 and doc[start].text in party_words():
        start += 1
    if start < end - 2 and doc[start].is_sent_start and doc[start].lower_ in _said_forms():
        start += 1  # "Tweeted Dana Roe, ...": the verb, then the name
    if (start, end) == (ent.start, ent.end) or not any(t.text[:1].isupper() for t in doc[start:end]):
        return ent
    return Span(doc, start, end, label=ent.label_)


def courtesy_person(ent: Span) -> Span | None:
    """A place or organization the model read in a person's name after a courtesy title, with or without its
    period ("Ms Hill" as a place, "Mr Ashby" as an organization): the person, the title left out. A courtesy
    title is a short honorific that says the bearer's sex ("Mr", "Mrs", "Ms": nameparser's titles and
    sexed_words.json); None when ``ent`` is not so written."""
    doc = ent.doc
    if len(ent) > 1 and _courtesy(ent[0].text) and all(t.is_title for t in ent[1:]):
        return Span(doc, ent.start + 1, ent.end, label="Person")
    if ent.start > 0 and _courtesy(doc[ent.start - 1].text) and all(t.is_title for t in ent):
        return Span(doc, ent.start, ent.end, label="Person")
    return None


def _courtesy(word: str) -> bool:
    return len(word.rstrip(".")) <= 3 and word[:1].isupper() and is_title(word) and word_sex(word) is not None


def _dated(doc, k: int) -> bool:
    """Whether token ``k`` opens a date: a month's abbreviation or a name that is no given name, and a number
    ("Nov. 14", "March 3"; not "Theresa May 10 days ago": a month that is also a given name needs its period)."""
    t = doc[k]
    month = t.text.endswith(".") or not is_first_name(t.text)
    return month and t.text.rstrip(".").lower() in MONTHS and k + 1 < len(doc) and doc[k + 1].like_num


@lru_cache(maxsize=1)
def _said_forms() -> frozenset[str]:
    """Speech verbs' forms that can open an inverted attribution ("Tweeted", "Said", "Writes")."""
    return inverted_forms(load_speech_verbs(lexicon_path("speech_verbs.txt")))


def _owned(doc, k: int, end: int) -> bool:
    """Whether what follows a possessive at token ``k`` (up to ``end``) is something owned, not the rest of a
    name: a lower-case word, a number, or a capitalized word and a number (a date: "May 25")."""
    if k >= end:
        return False
    t = doc[k]
    return t.is_lower or t.like_num or (k + 1 < end and doc[k + 1].like_num)


CLOSERS = {")": "(", "]": "["}


def bracket_joined(doc, ents: list[Span]) -> list[Span]:
    """A person's name an editor's brackets split: "(Sen. Dana) Roe", "[Leader Dana] Roe" -> one name, the
    given name inside the brackets (after the title an editor added) and the surname written after them.

    The model reads "Dana" (inside) and "Roe" (after) as two names, or "Roe" as none; the joined span keeps the
    inside name's label and spans the closing bracket (the name key drops it: ``kg.resolve.corefs``). Only where
    the brackets open in the same sentence and close right after a first name alone (Census first names: not
    "(AP Photo/Dana Roe) Police said"; not a nickname inside a name, "Dana (Dee) Lynn Roe"), and a capitalized
    proper noun follows on the same line."""
    starts = {e.start: e for e in ents}
    out, dropped = [], set()
    for e in ents:
        k = e.end
        if e.label_ not in ("Person", "Official") or k + 1 >= len(doc) or doc[k].text not in CLOSERS:
            out.append(e)
            continue
        nxt, opener = doc[k + 1], CLOSERS[doc[k].text]
        inside = [t.text for t in doc[e.sent.start : e.start]]
        opened = opener in inside and not any(c in inside[len(inside) - inside[::-1].index(opener) :] for c in CLOSERS)
        after = starts.get(k + 1)
        free = after is None and not any(x.start <= k + 1 < x.end for x in ents)
        given = len(e) == 1 and is_first_name(e.text) and "\n" not in doc[k].whitespace_ + e[-1].whitespace_
        if e.start >= 2 and doc[e.start - 1].text == opener and doc[e.start - 2].is_title:
            given = given and doc[e.start - 2].lower_ in _titles()  # "Rafael (Ted) Edward Cruz": a nickname, not
            # an insertion; "Justice [Brett] Roe" is one
        if not (opened and given and nxt.is_alpha and nxt.is_title and nxt.pos_ == "PROPN") or not (
            free or after.label_ in ("Person", "Official")
        ):
            out.append(e)
            continue
        if after is not None:
            dropped.add((after.start, after.end))
        out.append(Span(doc, e.start, k + 2 if free else after.end, label=e.label_))
    return [s for s in out if (s.start, s.end) not in dropped]


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and their abbreviations, lower case ("justice", "sen."): a word written before a name."""
    return frozenset(w.lower() for t in load_lexicon().titles for w in (t.title, *t.aliases))
