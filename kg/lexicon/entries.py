"""The lexicon's entry types and the values their columns may take.

Plain frozen records (:class:`Body`, :class:`Place`, :class:`Title`, ...) read from
``ontology/lexicon/*.tsv`` by :mod:`kg.lexicon.files`, and :class:`LexiconError`, which names the
file, the line and the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import KgError

BODY_CLASSES = ("Agency", "Court", "Organization")
PLACE_KINDS = ("country", "state", "district", "territory", "region")
PLACE_FLAGS = ("ambiguous",)
ROLES = ("head", "member")
TITLE_CLASSES = ("Official", "Person", "body")
TARGETS = ("place", "agency", "legislature", "court", "")
# descriptive: names no office ("official", "leader"), never a title;
# envoy: the body after "to" is where the holder is sent ("ambassador to the United Nations"), not theirs;
# client: the body after "for" or "representing" is whom the holder acts for ("a lawyer for the union"), not theirs;
# generic: a title alone ("Officer X"), the last word of longer titles and occupations after a qualifier ("loan officer");
# voice: speaks for a body; an Official only for a federal executive agency (kg.resolve.voices)
TITLE_KINDS = ("", "descriptive", "envoy", "generic", "client", "voice")
EFFECTS = ("keep", "member", "past", "future", "describes")
POS = ("VERB", "NOUN", "ADJ", "ADP")
STANCES = ("support", "oppose")
PLACEHOLDERS = ("{state}", "{district}")
DISTRICT_PREFIX = r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of "


class LexiconError(KgError):
    """A lexicon file cannot be used as it is: the message names the file, the line and the problem."""


def dotted(acronym: str) -> str | None:
    """The acronym written with a period after each letter, as some outlets do ("IRS": "I.R.S."); only for
    three letters or more (two dotted capitals are a person's initials as often: "A.P.")."""
    return ".".join(acronym) + "." if 3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper() else None


def serial_comma(name: str) -> str | None:
    """A list in a name written the other way around the serial comma, a style choice ("Health, Education, Labor,
    and Pensions Committee" of "Health, Education, Labor and Pensions Committee", and back), or None."""
    if ", and " in name:
        return name.replace(", and ", " and ", 1)
    head, sep, tail = name.rpartition(" and ")
    return f"{head}, and {tail}" if sep and "," in head and not head.endswith(",") else None


@dataclass(frozen=True)
class Body:
    name: str
    cls: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    jurisdiction: str | None = None
    generic: tuple[str, ...] = ()
    wikidata: str | None = None  # its Wikidata item ("Q47488"), for bodies no other package identifies

    @property
    def names(self) -> tuple[str, ...]:
        """Every unambiguous way to write it: name, aliases, acronyms and their dotted forms ("I.R.S." of
        "IRS"), minus the ``generic`` ones."""
        forms = (self.name, *self.aliases, *self.acronyms, *(dotted(a) for a in self.acronyms if dotted(a)))
        forms = (*forms, *(v for n in forms if (v := serial_comma(n))))
        return tuple(dict.fromkeys(n for n in forms if n not in self.generic))


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    postal: str | None = None
    flags: tuple[str, ...] = ()
    bare: str | None = None  # what the bare name means unless the article says the state ("District of Columbia")

    @property
    def ambiguous(self) -> bool:
        return "ambiguous" in self.flags

    @property
    def label(self) -> str:
        """The name kg gives it: its first alias ("Washington State") when the bare name means a city."""
        return self.aliases[0] if self.bare else self.name

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Title:
    title: str
    role: str
    cls: str
    target: str = ""
    aliases: tuple[str, ...] = ()
    body: str = ""
    kind: str = ""


@dataclass(frozen=True)
class Modifier:
    modifier: str
    effect: str
    note: str = ""


@dataclass(frozen=True)
class Stance:
    lemma: str
    pos: str
    stance: str
    note: str = ""


@dataclass(frozen=True)
class BodyPattern:
    pattern: str
    cls: str
    parent: str | None
    note: str
    regex: str  # Python ``re`` source with the placeholder filled in
    bare: str = ""  # "national": the parent's bare name never means this affiliate ("the GOP" stays the party)

    def expand(self, lexicon) -> tuple[str, ...]:
        """The names a ``{state}`` pattern stands for, one per state (empty for other placeholders)."""
        if "{state}" not in self.pattern:
            return ()
        return tuple(self.pattern.replace("{state}", p.name) for p in lexicon.places if p.kind == "state")


def pattern_regex(pattern: str, places: tuple[Place, ...]) -> str:
    """A ``re`` source for a body pattern: ``{state}`` is any state name or alias, ``{district}`` a
    federal judicial district; apostrophes match both ' and ’."""
    states = sorted({n for p in places if p.kind == "state" for n in p.names if "Commonwealth" not in n}, key=len, reverse=True)
    state_rx = "(?:" + "|".join(re.escape(s) for s in states) + ")"
    district_rx = "(?:" + DISTRICT_PREFIX + state_rx + "|District of Columbia)"
    out = []
    for piece in re.split(r"(\{state\}|\{district\})", pattern):
        if piece == "{state}":
            out.append(state_rx)
        elif piece == "{district}":
            out.append(district_rx)
        else:
            out.append(re.sub("['’]", "['’]", re.escape(piece)))
    return r"(?<!\w)" + "".join(out) + r"(?!\w)"
