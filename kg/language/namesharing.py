"""Whether a surname alone ("Biden said") may be one person though several full names of the article share
it (used by :class:`kg.language.mentions.Mentions`): how many persons full names are. "Joe Biden" and
"Joseph R. Biden" are one (a first name and its short form in the ``nicknames`` table, one surname, no two
different middle names), "Trump Jr." and "Donald Trump Jr." one (a surname and a suffix, then the name in
full); "Jill Biden" is another, "George W. Bush" and "George H.W. Bush" two, "Donald Trump" and "Donald
Trump Jr." two.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon.holders import national_holders
from .names import NAME_SUFFIXES, person_words, suffixed_surname
from .shortforms import related


def claiming(persons: list[Span], word: str) -> list[Span]:
    """The person mentions named in full (two words or more) that ``word`` alone may mean: one of its words."""
    return [e for e in persons if len(e) > 1 and word in {w.text for w in e}]


def junior(names: list[Span]) -> bool:
    """Whether every one of the full names ends in a generational suffix ("Donald Trump Jr.", "Trump Jr.")."""
    return all(e[-1].text in NAME_SUFFIXES for e in names)


def _same(a: str, b: str) -> bool:
    wa, wb = person_words(a), person_words(b)
    if wa[-1:] != wb[-1:] or a.split()[-1] != b.split()[-1]:
        return False  # another surname, or a suffix one has and the other lacks
    if suffixed_surname(a) or suffixed_surname(b):
        return True  # "Trump Jr." and "Donald Trump Jr."
    if len(wa) < 2 or len(wb) < 2:
        return False
    fa, fb = wa[0].lower(), wb[0].lower()
    if fa != fb and not related(fa, fb):
        return False
    ma, mb = wa[1:-1], wb[1:-1]
    return not ma or not mb or ma == mb  # "George W. Bush" and "George H.W. Bush": two


def persons(names: list[str]) -> int:
    """How many persons the full names ``names`` are (each must be the same as every other of its group)."""
    groups: list[list[str]] = []
    for name in dict.fromkeys(names):
        for g in groups:
            if all(_same(name, other) for other in g):
                g.append(name)
                break
        else:
            groups.append([name])
    return len(groups)


def extends_name(full: str, words: list[str]) -> bool:
    """Whether ``words`` open the longer name ``full`` ("Juan Orlando" of "Juan Orlando Hernandez"), but
    not a president's or vice president's name in full (``officeholders.json``) before "Jr." or "Sr.":
    "Donald Trump" in an article naming "Donald Trump Jr." is his father (36 articles of the two corpora
    write both; other names, "Martin Luther King" of "Martin Luther King Jr.", are mostly one person)."""
    parts = full.split()
    if len(parts) <= len(words) or parts[: len(words)] != words:
        return False
    rest = [w.rstrip(".").lower() for w in parts[len(words) :]]
    return not (set(rest) <= {"jr", "sr"} and " ".join(words) in national_holders())


def seniors(names: list[Span]) -> list[Span]:
    """The full names a surname alone may mean once a president's or vice president's name in full
    (``officeholders.json``) and his namesake with "Jr." are both named ("Donald Trump", "Donald Trump Jr.",
    "Trump Jr."): the news writes the son "Trump Jr." so that "Trump" alone is the father (:func:`extends_name`
    keeps the two apart the same way); otherwise ``names`` as they are."""
    holders = national_holders()
    senior = {" ".join(w) for e in names if e[-1].text not in NAME_SUFFIXES and " ".join(w := person_words(e.text)) in holders}

    def sons(e: Span) -> bool:
        w = person_words(e.text)
        return e[-1].text in NAME_SUFFIXES and any(s == " ".join(w) or (len(w) == 1 and s.split()[-1] == w[0]) for s in senior)

    return [e for e in names if not sons(e)] if senior else names
