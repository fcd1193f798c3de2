"""Corpus-wide entity resolution: one node per real-world entity.

Local entities (one article's view) are merged across articles when they share a name key of the
same class group (see :mod:`kg.language.names`); persons by their full name, with common nicknames
("Martin"/"Marty") as one first name. Classes are never mixed across groups (a person never merges
with an agency). A user's aliases file can force merges and forbid names from merging. Every merge
is logged with its reason.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.iri import mint
from ..core.records import Entity, Extraction
from ..errors import KgError
from ..language.identity import identity_key
from ..language.names import citation_section, name_key, normalize
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .affiliates import affiliate_of, affiliate_redirects
from .bareplaces import bare_place
from .chambertitles import bare_chamber
from .committees import short_committee
from .corefs import GROUP
from .labels import _class, _label
from .links import ambiguous_short_laws, generic_words, link_generic_and_initials, local_titles
from .localiris import LocalIris
from .mergelog import MergeLog
from .misspellings import link_misspellings
from .namesakes import middle_initials, undecided_bare_names
from .nicknames import link_nicknames
from .placestates import qualified_states
from .surnameorgs import link_surname_orgs
from .unionfind import Reasons, parents

_NONE = frozenset()

FACTS_READ = frozenset({"title", "heads", "memberOf"})
"""The facts corpus resolution reads besides the entities: a person's titles and bodies tell namesakes
apart (:func:`kg.resolve.links.local_titles`, :func:`kg.resolve.nicknames.contexts`). A build that keeps
extractions out of memory while resolving must keep these."""


@dataclass
class Aliases:
    """User overrides: ``[[merge]] names = [...]`` (optionally ``label``), ``[[split]] name = "..."``."""

    merges: list[list[str]] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)
    never: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path | None) -> Aliases:
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
    local_to_iri: Mapping[tuple[str, str], str]  # a LocalIris (compact); the build lets it go after the graph
    log: Sequence[tuple[str, str, str, str]]  # (entity IRI, name merged, article, reason), sorted: a MergeLog on disk


def _nicknames() -> dict[str, str]:
    """Short form -> the one name it stands for; a short form of two names ("Chris": Christopher or
    Christine) is left to :func:`kg.resolve.nicknames.link_nicknames`, which asks the corpus."""
    groups = load_json("nicknames.json")["groups"]
    count = Counter(n for g in groups for n in set(g))
    return {n: g[0] for g in groups for n in g if count[n] == 1}


def _keys(
    cls: str, names: list[str], nick: dict[str, str], never: set[str], shared_short: set[str] = frozenset()
) -> list[tuple[str, str, str]]:
    """(group, key, reason) tuples under which a local entity may merge with another."""
    group = GROUP[cls]
    out = []
    for n in names:
        if normalize(n) in never or (
            cls == "Law" and n != names[0] and (name_key(n, cls) in shared_short or n in load_lexicon().generic_owners())
        ):
            continue  # "Dream Act" of the "Arizona Dream Act" when several states have one
            # (links.ambiguous_short_laws); "Constitution" of the "Wisconsin Constitution"
        if group == "person":
            words = normalize(n).split()
            if len(names) == 1 and len(words) == 1:
                out.append((group, "single:" + words[0], "same single name"))
            if len(words) >= 2:
                out.append((group, " ".join(words), "same full name"))
                bare = [w for w in words if len(w.rstrip(".")) > 1]  # "Martin J. Walsh" -> martin walsh
                if len(bare) == 2:  # a full middle name ("Juan Orlando Hernandez") is part of who it is
                    out.append(
                        (
                            group,
                            f"nick:{nick.get(bare[0], bare[0])} {bare[-1]}",
                            "same surname, and first names that are one name or its nickname",
                        )
                    )
            continue
        if group == "body" and (affiliate := affiliate_of(n)):  # "ACLU of Ohio" = "Ohio ACLU"
            out.append((group, "affiliate:" + ":".join(affiliate), "one state's affiliate of a national organization"))
        if cls == "Place" and n != names[0] and bare_place(n):
            continue  # "Washington" of Washington State is not a key: elsewhere it is the capital
        if cls == "Law" and citation_section(n):
            continue
        lexical = n in load_lexicon().generic_owners()  # "House", "Senate": the lexicon says which body they are
        if (
            group == "body"
            and n != names[0]
            and (not n.isupper() or n == names[0].split()[-1])  # "the PAC" of "Harbor Majority PAC": no acronym
            and (len(n.split()) == 1 or f" {normalize(n)} " in f" {normalize(names[0])} " or short_committee(n, names))
        ):
            continue  # "the Times", "the Court of Appeals", "the Senate", "the Judiciary Committee": this article's
        if lexical and n == names[0]:  # an article that only says "the House": the lexicon's House
            out.append((group, name_key(load_lexicon().generic_owners()[n], cls), "a generic name the lexicon gives one body"))
        key = name_key(n, cls)
        if len(n.split()) > 1 and " " not in key and key in generic_words() and n != names[0] and not lexical:
            continue  # "U.S. government" keys as "government": every article's government would join
        out.append((group, key, "same name" if len(n.split()) > 1 or not n.isupper() else "same acronym"))
    if ident := identity_key(cls, [n for n in names if normalize(n) not in never]):
        out.append((group, ident, "same identifier in courts-db, GeoNames or eyecite"))
    return out


def _merge_by_keys(locals_, redirects, forced, aliases: Aliases, find, parent, reason, titles) -> None:
    """The first pass: join the local entities that share a name key (:func:`_keys`) unless their
    middle initials or their states differ. Its tables (every key of the corpus) are let go on return,
    before the second pass builds its own (issue 19)."""
    nick = _nicknames()
    first: dict[str, dict[str, int]] = defaultdict(dict)  # group -> name key -> first local entity with it
    initials_of: dict[int, set[str]] = {}  # per cluster root: the middle initials its persons carry (if any)
    states_of: dict[int, frozenset[str]] = {}  # per cluster root: the states its places are written with (if any)
    shared_short = ambiguous_short_laws(locals_)
    undecided = undecided_bare_names(locals_)  # "Cruz" where the article names two Cruzes: joins nobody
    for i, (_doc_id, e) in enumerate(locals_):
        if i in redirects:
            j, why = redirects[i]
            keys = [(g, k, why) for g, k, _ in _keys(locals_[j][1].cls, [locals_[j][1].name], nick, aliases.never)]
        else:
            keys = _keys(e.cls, e.names, nick, aliases.never, shared_short.get(i, set())) if i not in undecided else []
        if GROUP[e.cls] == "person" and (chamber := bare_chamber(e, titles.get(i))):  # "Rep. King", "Sen. King": two
            keys = [(g, f"{k} {min(chamber)}", why) for g, k, why in keys]  # keys, neither the untitled "King"'s
        keys += [("forced", str(forced[normalize(n)]), "aliases file") for n in e.names if normalize(n) in forced]
        if GROUP[e.cls] == "person" and (mids := middle_initials(e)):
            initials_of[i] = mids
        if states := qualified_states(e):
            states_of[i] = states
        for group, key, why in keys:
            j = first[group].setdefault(key, i)
            a, b = find(i), find(j)
            if a == b:
                continue
            ia, ib = initials_of.get(a, _NONE), initials_of.get(b, _NONE)
            if group == "person" and ia and ib and not ia & ib:
                continue  # "George W. Bush" is not "George H. W. Bush"
            sa, sb = states_of.get(a, _NONE), states_of.get(b, _NONE)
            if sa and sb and not sa & sb:
                continue  # "Springfield, Illinois" is not "Springfield, Missouri"
            parent[max(a, b)] = min(a, b)
            if ia or ib:
                initials_of[min(a, b)] = ia | ib
            if sa or sb:
                states_of[min(a, b)] = sa | sb
            reason[i] = (j, f"{why}: {key!r}")


def resolve(extractions: list[Extraction], aliases: Aliases | None = None) -> Resolution:
    aliases = aliases or Aliases()
    locals_ = [(x.doc_id, e) for x in extractions for e in x.entities]
    parent, reason = parents(len(locals_)), Reasons(len(locals_))  # compact tables: see kg.resolve.unionfind

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    forced = {normalize(n): k for k, names in enumerate(aliases.merges) for n in names}
    redirects = affiliate_redirects(locals_)  # "the ACLU" that means a state affiliate
    _merge_by_keys(locals_, redirects, forced, aliases, find, parent, reason, titles := local_titles(extractions))
    link_generic_and_initials(locals_, find, parent, reason, titles)
    link_misspellings(locals_, find, parent, reason)

    def join(i: int, j: int, why: str) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
            reason[i] = (j, why)

    link_nicknames(locals_, extractions, find, join)
    link_surname_orgs(locals_, find, join)  # "Trump won 62 percent": the model's ORG is the official
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(locals_)):
        clusters[find(i)].append(i)
    entities, local_to_iri, log, used = [], LocalIris(), MergeLog(), set()
    in_article = {x.doc_id: x.merges for x in extractions}
    for root in sorted(clusters, key=lambda r: locals_[r][0] + "\x00" + locals_[r][1].key):
        members = clusters[root]
        ents = [locals_[i][1] for i in members]
        cls = _class(ents)
        label = _label([locals_[i][1] for i in members if i not in redirects] or ents, aliases, forced)
        names = Counter(n for e in ents for n in e.names)
        articles = sorted({locals_[i][0] for i in members})
        iri = mint(cls.lower(), label)
        if iri in used:  # namesakes kept apart: told apart by their names, else by their articles
            iri = mint(cls.lower(), label, *sorted(names))
            iri = mint(cls.lower(), label, *sorted(names), *articles) if iri in used else iri
        used.add(iri)
        aliases_ = sorted((n for n in names if n != label), key=lambda n: (n.casefold(), n))
        iri = str(iri)  # one string shared by the entity, its local entities and its log lines
        entities.append(Entity(iri, cls, label, aliases_, articles))
        rows = []  # the entity's log lines
        for i in members:
            local_to_iri.add(locals_[i][0], locals_[i][1].key, iri)
            for name, into, why in in_article.get(locals_[i][0], ()):
                if name in locals_[i][1].names and into in locals_[i][1].names:
                    rows.append((iri, name, locals_[i][0], f"merged with {into!r} in the same article ({why})"))
            if i in redirects:
                rows.append(
                    (iri, locals_[i][1].name, locals_[i][0], f"read as {locals_[redirects[i][0]][1].name!r} ({redirects[i][1]})")
                )
            if i in reason and i not in redirects:
                j, why = reason[i]
                rows.append(
                    (iri, locals_[i][1].name, locals_[i][0], f"merged with {locals_[j][1].name!r} of {locals_[j][0]} ({why})")
                )
        log.add(iri, rows)
    entities.sort(key=lambda e: e.iri)
    return Resolution(entities, local_to_iri, log)
