"""Title abbreviations written without their period, as British outlets (and some US ones) write them:
"Sgt Dana Roe", "Lt Gov Ana Ruiz", "Rep Jane Doe". Each is read as the lexicon's abbreviation with the
period ("Sgt." of sergeant), but only as written, capitalized ("sgt" or "rep" in lower case is no title):
``undotted`` maps "Sgt" to "sgt.", the lower-case word the titles index holds, and ``title_word`` reads a
token through it. The title is kept as printed ("Sgt"), as a reader copies it; only "Sgt." is spelled out."""

from __future__ import annotations

from spacy.tokens import Token


def undotted(titles) -> dict[str, str]:
    """The capitalized words of the lexicon's title abbreviations, without their period ("Sgt", "Gov",
    "Lt") -> the abbreviation's lower-case word ("sgt."); not initials ("U.S.", "A.G.")."""
    out: dict[str, str] = {}
    for t in titles:
        for alias in t.aliases:
            for w in alias.split():
                bare = w[:-1]
                if w.endswith(".") and len(bare) >= 2 and bare.isalpha() and bare[0].isupper() and bare[1:].islower():
                    out.setdefault(bare, w.lower())
    return out


def title_word(t: Token, bare: dict[str, str]) -> str:
    """The token's lower-case text as the titles index reads it: an undotted abbreviation as its dotted one."""
    return bare.get(t.text, t.lower_)
