"""A person's sex, for he/she agreement: from the article first, then from the first name.

The article says it with an honorific or a sexed title written right before the name ("Ms. Warren",
"Congresswoman Warren": ``ontology/lexicon/sexed_words.json``). Where it is silent, the first name of
the person named in full (or of a person the article names by a first name only, never with a
surname: "Nicole") decides, from the US Census 1990 first-name frequencies shipped by the
``names`` package (MIT; the data are public-domain Census tables): a name counts as one sex only when
that sex holds at least ``SHARE`` of its frequency ("Leslie", "Jordan": unknown). Evidence that
disagrees (two persons "Doe", a "Mr." and a "Ms.") leaves the sex unknown. Unknown is the answer
whenever in doubt: agreement only ever removes a candidate of the opposite known sex.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from ..lexicon.resources import load_json
from .honorifics import is_title

SHARE = 0.97
PRONOUN_SEX = {"he": "m", "she": "f"}


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, tuple[float, float]]:
    """First name (upper case) -> its (male, female) frequency in the Census tables of ``names``."""
    freq: dict[str, list[float]] = {}
    for col, sex in ((0, "male"), (1, "female")):
        path = resources.files("names") / f"dist.{sex}.first"
        for line in path.read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                freq.setdefault(parts[0], [0.0, 0.0])[col] += float(parts[1])
    return {name: (m, f) for name, (m, f) in freq.items()}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """First name (upper case) -> "m" or "f" where one sex holds at least ``SHARE`` of its frequency."""
    out = {}
    for name, (m, f) in _frequencies().items():
        if m + f > 0 and max(m, f) / (m + f) >= SHARE:
            out[name] = "m" if m > f else "f"
    return out


def is_first_name(word: str) -> bool:
    """Whether the Census tables know ``word`` as a first name of either sex ("Kendall", "Leslie")."""
    return word.strip(".").upper() in _frequencies()


def first_name_sex(first: str) -> str | None:
    """ "m", "f" or None for a first name ("Elizabeth" -> "f", "Leslie" -> None)."""
    return _first_names().get(first.strip(".").upper())


@lru_cache(maxsize=1)
def _sexed_words() -> dict[str, str]:
    data = load_json("sexed_words.json")
    return {w: s for s, key in (("f", "female"), ("m", "male")) for w in data[key]}


def word_sex(word: str) -> str | None:
    """The sex an honorific or a title says ("Mrs." -> "f", "Chairman" -> "m"), else None."""
    return _sexed_words().get(word.lower().rstrip("."))


class ArticleSex:
    """The sex of the persons of one article, by the surname (last word) of their mentions."""

    def __init__(self, persons: list[Span]):
        said: dict[str, set[str]] = {}  # surname -> sexes the article's honorifics and titles say
        firsts: dict[str, set[str | None]] = {}  # surname -> sexes of the first names it is written with
        given: dict[str, set[str]] = {}  # surname -> the first names it is written with
        alone: set[str] = set()  # persons named by one word only ("Nicole", "Andrew (not his real name)")
        for e in persons:
            surname = e[-1].text
            doc = e.doc
            before = [doc[e.start - 1]] if e.start > 0 else []
            for t in [*before, *e[:-1]]:
                if (s := word_sex(t.text)) is not None:
                    said.setdefault(surname, set()).add(s)
            words = [t for t in e if not is_title(t.text) and word_sex(t.text) is None]
            if len(words) > 1:
                firsts.setdefault(surname, set()).add(first_name_sex(words[0].text))
                given.setdefault(surname, set()).add(words[0].text)
            elif len(words) == 1:
                alone.add(words[0].text)
        in_full = {t.text for e in persons for t in e if len(e) > 1}
        for word in alone - in_full:  # a first name the article never writes with a surname: its own sex
            firsts.setdefault(word, set()).add(first_name_sex(word))
        self.said = {k: v.pop() for k, v in said.items() if len(v) == 1}
        # "Mr. Doe" and "Ms. Doe", or "Laura Blevins" and her husband "Gaines Blevins": whose sex is unsure
        self.conflicted = {k for k, v in said.items() if len(v) > 1} | {k for k, v in given.items() if len(v) > 1}
        self.firsts = {k: v.pop() for k, v in firsts.items() if len(v) == 1}

    def of(self, span: Span | str) -> str | None:
        """ "m", "f" or None for a person mention (or its text)."""
        surname = (span.split() or [""])[-1] if isinstance(span, str) else span[-1].text
        if surname in self.conflicted:
            return None
        return self.said.get(surname) or self.firsts.get(surname)

    def disagrees(self, pronoun: str | None, span: Span | str) -> bool:
        """Whether ``pronoun`` ("he"/"she") cannot refer to ``span``: both sexes known and different."""
        want = PRONOUN_SEX.get((pronoun or "").lower())
        have = self.of(span)
        return want is not None and have is not None and want != have


def honorific_sex(text: str, start: int) -> str | None:
    """The sex the honorific or sexed title right before ``start`` says ("Mr. Biden" -> "m"), else None."""
    words = text[max(0, start - 20) : start].split()
    return word_sex(words[-1]) if words else None


def honorific_sexes(text: str, mentions) -> dict[str, set[str | None]]:
    """Per name of the ``mentions`` ((start, end, name, label) tuples): the sexes the honorifics before
    its mentions say, None for a mention with none ("Sen. Cruz" -> None, "Mrs. Cruz" -> "f")."""
    out: dict[str, set[str | None]] = {}
    for start, _, name, _ in mentions:
        out.setdefault(name, set()).add(honorific_sex(text, start))
    return out


def one_sex(sexes: set[str | None]) -> str | None:
    """The sex every mention's honorific says ({"f"} -> "f"); None when one says none or they differ."""
    return next(iter(sexes)) if len(sexes) == 1 else None


def fits_sexes(sexes: set[str | None], full_name: str) -> bool:
    """Whether the person named in full ``full_name`` may be the bare name whose mentions' honorifics
    say ``sexes``: only when every mention says the same sex does it rule out the other ("Mr. Biden"
    alone is not Jill Biden; "Sen. Cruz" and "Mrs. Cruz", one name for the model, may be either)."""
    if len(sexes) != 1 or None in sexes:
        return True
    first = first_name_sex(full_name.split()[0]) if full_name.split() else None
    return first is None or first in sexes


_POSSESSIVE = {"his": "he", "him": "he", "himself": "he", "her": "she", "hers": "she", "herself": "she"}


def agreeing(pronoun: str, people: list[Span]) -> list[Span]:
    """The person mentions of ``people`` that ``pronoun`` ("he", "her", "his") may stand for: not those whose
    honorific or first name says the other sex ("Her plan ..." is not Tom Pell's)."""
    form = _POSSESSIVE.get(pronoun.lower(), pronoun.lower())
    if form not in PRONOUN_SEX or not people:
        return people
    sexes = ArticleSex(people)
    return [e for e in people if not sexes.disagrees(form, e)]
