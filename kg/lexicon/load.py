"""The lexicon: general knowledge about US bodies, places, titles and stance words.

The data lives in ``ontology/lexicon/*.tsv`` (see the README there); this module only reads and
checks it. ``load_lexicon()`` returns one frozen :class:`Lexicon` per directory (cached), and a bad
row is reported as a :class:`LexiconError` naming the file, the line and the problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from .courts import CANDIDATE, named_court
from .entries import Body, BodyPattern, Modifier, Place, Stance, Title
from .resources import ontology_dir


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
    _courts: dict[str, Body] = field(default_factory=dict, compare=False, hash=False, repr=False)  # CourtListener id -> row
    _generic: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def named(self) -> tuple[Body, ...]:
        """Bodies and laws: every row whose names the extraction looks up."""
        return self.bodies + self.laws

    def generic_owners(self) -> Mapping[str, str]:
        """Generic names ("House", "Senate") that only one listed body or law takes -> its name."""
        if not self._generic:
            owners: dict[str, set[str]] = {}
            for b in self.named:
                for g in b.generic:
                    owners.setdefault(g, set()).add(b.name)
            self._generic.update({g: next(iter(names)) for g, names in owners.items() if len(names) == 1})
        return self._generic

    def body(self, text: str) -> Body | None:
        """The body written ``text`` (its name, an alias or an acronym; generic names excluded), or the
        court courts-db says ``text`` names ("9th Circuit": a spelling the court's row need not list)."""
        found = self._body_by_name.get(text)
        if found is None and CANDIDATE.search(text):
            if not self._courts:
                self._courts.update({cid: b for b in reversed(self.bodies) if b.cls == "Court" and (cid := named_court(b.name))})
            cid = named_court(text)
            found = self._courts.get(cid) if cid else None
        return found

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
    return _load(Path(directory).resolve()) if directory is not None else _default()


@cache
def _default() -> Lexicon:
    """The default lexicon without resolving its path on every call (a hot path: two file-system
    calls per lookup made a long article's title scan spend most of its time in ``realpath``)."""
    return _load(default_directory().resolve())


def fingerprint(directory: Path | str | None = None) -> str:
    """sha256 over the names and bytes of every data file in the lexicon directory (not ``*.md``)."""
    d = Path(directory) if directory is not None else default_directory()
    h = hashlib.sha256()
    for path in sorted(p for p in d.iterdir() if p.is_file() and p.suffix != ".md" and not p.name.startswith(".")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@cache
def _load(directory: Path) -> Lexicon:
    from .files import read_lexicon  # parsing and checking, kept apart to stay small

    parts = read_lexicon(directory)
    bodies, places, titles = parts["bodies"], parts["places"], parts["titles"]
    return Lexicon(
        directory=directory,
        bodies=bodies,
        laws=parts["laws"],
        places=places,
        titles=titles,
        modifiers=parts["modifiers"],
        stances=parts["stances"],
        patterns=parts["patterns"],
        fingerprint=fingerprint(directory),
        _body_by_name=MappingProxyType({n: b for b in bodies for n in b.names}),
        _place_by_name=MappingProxyType({n: p for p in places for n in p.names}),
        _title_by_name=MappingProxyType({**{t.title: t for t in titles}, **{a: t for t in titles for a in t.aliases}}),
    )
