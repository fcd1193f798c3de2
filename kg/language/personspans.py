"""Person names the model ran on past the name or opened before it (issue 15: junk persons). A person's
name is capitalized words, initials and surname particles ("Bill de Blasio", "J. Doe", "Dana Roe-Diaz");
the model sometimes reads on into what follows the name or starts before it:

- a possessive and what it owns, written in lower case or as a number or a date: "Harlow’s niece", "Harlow’s
  2008", "Harlow’s May 25" -> the owner, "Harlow" (not "Harlow’s Pawn Shop", "Dana’s Club": a business's name);
- a colon, an "@" handle, a number or a lower-case word that is no particle: "Dana Roe: Large" -> "Dana Roe";
- a party word before the name: "Republican Dana Roe" -> "Dana Roe" (relation_cues.json ``party_words``).

The cut span keeps its label; nothing is cut when no capitalized word would be left."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon.load import load_lexicon
from .descriptors import party_words
from .honorifics import is_particle
from .sex import is_first_name

POSSESSIVE = ("'s", "’s")


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
        ):
            end = k
            break
    while end < ent.end and end > start + 1 and doc[end - 1].is_punct:
        end -= 1  # "Dana Roe-" of "Dana Roe-backed"
    while start < end - 1 and doc[start].text in party_words():
        start += 1
    if (start, end) == (ent.start, ent.end) or not any(t.text[:1].isupper() for t in doc[start:end]):
        return ent
    return Span(doc, start, end, label=ent.label_)


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
