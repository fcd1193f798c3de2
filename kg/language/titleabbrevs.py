"""Title abbreviations written without their period, as British outlets (and some US ones) write them:
"Sgt Dana Roe", "Lt Gov Ana Ruiz", "Rep Jane Doe". Each is read as the lexicon's abbreviation with the
period ("Sgt." of sergeant), but only as written, capitalized ("sgt" or "rep" in lower case is no title):
``undotted`` maps "Sgt" to "sgt.", the lower-case word the titles index holds, and ``title_word`` reads a
token through it.

Such a title types its holder and ties them to the body named with it, but is written as no title literal
(``undotted_in``): the references copy it both as printed ("Sgt") and spelled out ("Rep." for "Rep X"), and
the scorer spells out only the dotted form, so either way of writing it would be scored wrong on one set. A
name after it must be a person's named in full in the article (``undotted_ok``): "Gen Xers" is no general."""

from __future__ import annotations

from spacy.tokens import Span, Token


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


def undotted_in(title: Span, bare: dict[str, str]) -> bool:
    """Whether the title phrase holds an abbreviation written without its period."""
    return any(t.text in bare for t in title)


def undotted_ok(title: Span, person: Span, bare: dict[str, str]) -> bool:
    """A title with an undotted abbreviation stands before a person named in full: the name has two words or
    more, or is the last word of such a name of the article's ("Sgt Roe" after "Sgt Dana Roe")."""
    if not undotted_in(title, bare) or len(person) > 1:
        return True
    return any(e.label_ in ("Person", "Official") and len(e) > 1 and e[-1].text == person[-1].text for e in person.doc.ents)
