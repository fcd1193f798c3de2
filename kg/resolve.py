"""Corpus-wide entity resolution: one node per real-world entity.

Local entities (one article's view) are merged across articles when they share a name key of the
same class group (see :mod:`kg.names`); persons by their full name, with common nicknames
("Martin"/"Marty") as one first name. Classes are never mixed across groups (a person never merges
with an agency). A user's aliases file can force merges and forbid names from merging. Every merge
is logged with its reason.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KgError
from .iri import mint
from .model import Entity, Extraction
from .names import citation_section, name_key, normalize
from .resources import load_json
from .corefs import GROUP, SPECIFIC


@dataclass
class Aliases:
    """User overrides: ``[[merge]] names = [...]`` (optionally ``label``), ``[[split]] name = "..."``."""

    merges: list[list[str]] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)
    never: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path | None) -> "Aliases":
        if path is None:
            return cls()
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise KgError(f"{path}: cannot read aliases file: {err}") from None
        out = cls()
        for i, m in enumerate(data.get("merge", [])):
            names = m.get("names") if isinstance(m, dict) else None
            if not isinstance(names, list) or len(names) < 2:
                raise KgError(f"{path}: merge #{i + 1} needs names = [two or more names]")
            out.merges.append([str(n) for n in names])
            if m.get("label"):
                out.labels[len(out.merges) - 1] = str(m["label"])
        for s in data.get("split", []):
            out.never.add(normalize(str(s.get("name", "") if isinstance(s, dict) else s)))
        return out


@dataclass
class Resolution:
    entities: list[Entity]
    local_to_iri: dict[tuple[str, str], str]
    log: list[tuple[str, str, str, str]]  # (entity IRI, name merged, article, reason)


def _nicknames() -> dict[str, str]:
    groups = load_json("nicknames.json")["groups"]
    return {n: g[0] for g in groups for n in g}


def _keys(cls: str, names: list[str], nick: dict[str, str], never: set[str]) -> list[tuple[str, str, str]]:
    """(group, key, reason) tuples under which a local entity may merge with another."""
    group = GROUP[cls]
    out = []
    for n in names:
        if normalize(n) in never:
            continue
        if group == "person":
            words = normalize(n).split()
            if len(words) >= 2:
                out.append((group, " ".join(words), "same full name"))
                out.append((group, f"{nick.get(words[0], words[0])} {words[-1]}", "same surname, first name or its nickname"))
            continue
        if cls == "Law" and citation_section(n):
            continue
        out.append((group, name_key(n, cls), "same name" if len(n.split()) > 1 or not n.isupper() else "same acronym"))
    return out


def resolve(extractions: list[Extraction], aliases: Aliases | None = None) -> Resolution:
    aliases = aliases or Aliases()
    nick = _nicknames()
    locals_ = [(x.doc_id, e) for x in extractions for e in x.entities]
    parent = list(range(len(locals_)))
    reason: dict[int, tuple[int, str]] = {}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, str], int] = {}
    forced = {normalize(n): k for k, names in enumerate(aliases.merges) for n in names}
    for i, (doc_id, e) in enumerate(locals_):
        keys = _keys(e.cls, e.names, nick, aliases.never)
        keys += [("forced", str(forced[normalize(n)]), "aliases file") for n in e.names if normalize(n) in forced]
        for group, key, why in keys:
            j = first.setdefault((group, key), i)
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
                reason[i] = (j, f"{why}: {key!r}")
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(locals_)):
        clusters[find(i)].append(i)
    entities, local_to_iri, log, used = [], {}, [], set()
    for root in sorted(clusters, key=lambda r: locals_[r][0] + "\x00" + locals_[r][1].key):
        members = clusters[root]
        ents = [locals_[i][1] for i in members]
        cls = _class(ents)
        label = _label(ents, aliases, forced)
        iri = mint(cls.lower(), label)
        if iri in used:
            iri = mint(cls.lower(), label, *sorted({n for e in ents for n in e.names}))
        used.add(iri)
        names = Counter(n for e in ents for n in e.names)
        aliases_ = sorted((n for n in names if n != label), key=lambda n: (n.casefold(), n))
        articles = sorted({locals_[i][0] for i in members})
        entities.append(Entity(str(iri), cls, label, aliases_, articles))
        for i in members:
            local_to_iri[(locals_[i][0], locals_[i][1].key)] = str(iri)
            if i in reason:
                j, why = reason[i]
                log.append((str(iri), locals_[i][1].name, locals_[i][0], f"merged with {locals_[j][1].name!r} of {locals_[j][0]} ({why})"))
    entities.sort(key=lambda e: e.iri)
    return Resolution(entities, local_to_iri, sorted(log))


def _class(ents) -> str:
    votes = Counter()
    for e in ents:
        votes[e.cls] += len(e.mentions) or 1
    if any(e.cls == "Official" for e in ents):
        votes["Official"] += votes.pop("Person", 0)
    best = max(votes.values())
    return next(c for c in SPECIFIC if votes.get(c) == best)


def _label(ents, aliases: Aliases, forced: dict[str, int]) -> str:
    for e in ents:
        for n in e.names:
            k = forced.get(normalize(n))
            if k is not None and k in aliases.labels:
                return aliases.labels[k]
    counts = Counter(e.name for e in ents)
    return max(counts, key=lambda n: (len(n.split()) if GROUP[ents[0].cls] == "person" else 0, counts[n], len(n), n))
