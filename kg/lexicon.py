"""The lexicon: general knowledge about US bodies, places, titles and stance words.

The data lives in ``ontology/lexicon/*.tsv`` (see the README there); this module only reads and
checks it. ``load_lexicon()`` returns one frozen :class:`Lexicon` per directory (cached), and a bad
row is reported as a :class:`LexiconError` naming the file, the line and the problem.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from .errors import KgError
from .resources import ontology_dir

BODY_CLASSES = ("Agency", "Court", "Organization")
PLACE_KINDS = ("country", "state", "district", "territory", "region")
PLACE_FLAGS = ("ambiguous",)
ROLES = ("head", "member")
TITLE_CLASSES = ("Official", "Person", "body")
TARGETS = ("place", "agency", "legislature", "court", "")
EFFECTS = ("keep", "member", "past", "future")
POS = ("VERB", "NOUN", "ADJ", "ADP")
STANCES = ("support", "oppose")
PLACEHOLDERS = ("{state}", "{district}")
DISTRICT_PREFIX = r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of "


class LexiconError(KgError):
    """A lexicon file cannot be used as it is: the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Body:
    name: str
    cls: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    jurisdiction: str | None = None
    generic: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every unambiguous way to write it: name, aliases, acronyms, minus the ``generic`` ones."""
        return tuple(n for n in (self.name, *self.aliases, *self.acronyms) if n not in self.generic)


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

    def expand(self, lexicon: "Lexicon") -> tuple[str, ...]:
        """The names a ``{state}`` pattern stands for, one per state (empty for other placeholders)."""
        if "{state}" not in self.pattern:
            return ()
        return tuple(self.pattern.replace("{state}", p.name) for p in lexicon.places if p.kind == "state")


@dataclass(frozen=True)
class Lexicon:
    directory: Path
    bodies: tuple[Body, ...]
    laws: tuple[Body, ...]  # laws.tsv: well-known federal laws and programs, rows shaped like bodies
    places: tuple[Place, ...]
    titles: tuple[Title, ...]
    modifiers: tuple[Modifier, ...]
    stances: tuple[Stance, ...]
    patterns: tuple[BodyPattern, ...]
    fingerprint: str
    _body_by_name: Mapping[str, Body] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _place_by_name: Mapping[str, Place] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _title_by_name: Mapping[str, Title] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def named(self) -> tuple[Body, ...]:
        """Bodies and laws: every row whose names the extraction looks up."""
        return self.bodies + self.laws

    def body(self, text: str) -> Body | None:
        """The body written ``text`` (its name, an alias or an acronym; generic names excluded)."""
        return self._body_by_name.get(text)

    def place(self, text: str) -> Place | None:
        """The place written ``text`` (name or alias; postal codes through :meth:`postal`)."""
        return self._place_by_name.get(text)

    def postal(self, code: str) -> Place | None:
        return next((p for p in self.places if p.postal and p.postal == code), None)

    def title(self, text: str) -> Title | None:
        """The title written ``text``: a title in any case, or an abbreviation as written ("Gov.")."""
        text = text.replace("’", "'")
        return self._title_by_name.get(text) or self._title_by_name.get(text.lower())

    def ancestors(self, body: Body) -> tuple[Body, ...]:
        """``body``'s parent, its parent's parent, ... (nearest first)."""
        chain, cur = [], body
        while cur.parent:
            cur = self._body_by_name[cur.parent]
            chain.append(cur)
        return tuple(chain)


def default_directory() -> Path:
    return ontology_dir() / "lexicon"


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    """The lexicon in ``directory`` (default ``ontology/lexicon``), read once per directory."""
    return _load(Path(directory).resolve() if directory is not None else default_directory().resolve())


def fingerprint(directory: Path | str | None = None) -> str:
    """sha256 over the names and bytes of every data file in the lexicon directory (not ``*.md``)."""
    d = Path(directory) if directory is not None else default_directory()
    h = hashlib.sha256()
    for path in sorted(p for p in d.iterdir() if p.is_file() and p.suffix != ".md" and not p.name.startswith(".")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=None)
def _load(directory: Path) -> Lexicon:
    from .lexicon_files import read_lexicon  # parsing and checking, kept apart to stay small
    parts = read_lexicon(directory)
    bodies, places, titles = parts["bodies"], parts["places"], parts["titles"]
    return Lexicon(
        directory=directory, bodies=bodies, laws=parts["laws"], places=places, titles=titles, modifiers=parts["modifiers"],
        stances=parts["stances"], patterns=parts["patterns"], fingerprint=fingerprint(directory),
        _body_by_name=MappingProxyType({n: b for b in bodies for n in b.names}),
        _place_by_name=MappingProxyType({n: p for p in places for n in p.names}),
        _title_by_name=MappingProxyType({**{t.title: t for t in titles}, **{a: t for t in titles for a in t.aliases}}),
    )


def pattern_regex(pattern: str, places: tuple[Place, ...]) -> str:
    """A ``re`` source for a body pattern: ``{state}`` is any state name or alias, ``{district}`` a
    federal judicial district; apostrophes match both ' and ’."""
    states = sorted({n for p in places if p.kind == "state" for n in p.names if "Commonwealth" not in n},
                    key=len, reverse=True)
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
