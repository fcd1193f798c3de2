"""Second-pass links of corpus resolution (:mod:`kg.resolve.corpus`), after name keys have merged what
they can: generic body names ("City Council") to the body of that name, undefined acronyms to the
only body whose initials they spell, bare surnames to their usual bearer, and long body names one
letter apart. Each rule joins union-find roots and records why, like the first pass.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from functools import lru_cache

from ..language.names import initials, name_key, normalize
from ..language.sex import fits_sexes
from ..lexicon.holders import national_holders
from ..lexicon.resources import load_json
from .chambertitles import chamber_for_another
from .corefs import GROUP
from .namesakes import undecided_bare_names
from .titledholders import listed_holder, titled_for_another

# a surname several persons bear is the usual one's without a title only when the corpus names that
# person in full in this many articles (Lindsey Graham, not the Tom Cole of four articles)
USUAL_BEARER_ARTICLES = 8


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    data = load_json("entity_patterns.json")
    words = {w.lower() for ws in data["heads"].values() for w in ws for w in w.split()}
    return frozenset(words | {w.lower() for w in data["civic_prefixes"] + data.get("generic_words", [])})


def local_titles(extractions) -> dict[int, frozenset[str]]:
    """Per local entity (its index in the corpus's list of local entities): the head words of the
    titles its own article gives it ("Minority Leader" -> "leader"). Compact (issue 19): each distinct
    set of head words is one frozenset shared by every local entity that has it, its words interned."""
    out: dict[int, frozenset[str]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}
    i = 0
    for x in extractions:
        by_key: dict[str, set[str]] = defaultdict(set)
        for f in x.facts:
            title = f.value or ""
            if f.prop == "title" and title.split():
                by_key[f.subj].add(sys.intern(title.split()[-1].lower().rstrip(".")))
        for e in x.entities:
            if by_key.get(e.key):
                words = frozenset(by_key[e.key])
                out[i] = shared.setdefault(words, words)
            i += 1
    return out


@lru_cache(maxsize=1)
def _national_officeholders() -> frozenset[str]:
    """Full names of the holders of national offices the lexicon lists (general knowledge)."""
    return frozenset(normalize(n) for n in national_holders())


def link_generic_and_initials(locals_, find, parent, reason, titles=None) -> None:
    """Second pass over the corpus: a generic body name ("City Council", "State Police") is the body
    of that name in the article's own places ("Boston City Council"), else the only body in the
    corpus whose name ends with it; an acronym nobody defined ("BPD") is the only body in the
    corpus whose initials it spells."""
    generic = generic_words()
    by_key: dict[str, int] = {}
    by_initials: dict[str, set[int]] = defaultdict(set)  # only what an acronym below can look up (2 to 6 capitals)
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] != "body":
            continue
        for n in e.names:
            by_key.setdefault(name_key(n, e.cls), i)
            if len(n.split()) > 1:
                spelled = [initials(n)]
                if n.lower().endswith(" police"):  # "NYPD" of "New York police", as name keys read it
                    spelled.append(initials(n[: -len(" police")]) + "PD")
                spelled += ["\x00" + w.replace(".", "") for w in n.split()]  # "U.S. Senate": "US" is written in it
                for k in spelled:
                    if _acronym(k.lstrip("\x00")):
                        by_initials[k].add(i)
    places_of: dict[str, list[str]] = defaultdict(list)
    for doc_id, e in sorted(locals_, key=lambda t: (t[0], -len(t[1].mentions), t[1].name)):
        if e.cls == "Place":
            places_of[doc_id].extend(e.names)

    def join(i, j, why):
        a, b = find(i), find(j)
        if a != b and (a in held) != (b in held):  # a cluster of persons and one of bodies only (an aliases
            for r in (a, b):  # file's merge): the joined cluster is read, with all that the bodies' held
                if r not in held:
                    _track(r, [k for k in range(len(locals_)) if find(k) == r])
        join_clusters(find, parent, reason, i, j, why)
        if a in held:
            held[find(i)] = held[a] | held[b]
            reach[find(i)] = reach[a] | reach[b]  # the joined cluster's root may be the smaller one's
            if a != b:
                del held[max(a, b)], reach[max(a, b)]

    surnames: dict[str, set[int]] = defaultdict(set)
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] == "person" and len(e.name.split()) > 1:
            surnames[normalize(e.name).split()[-1]].add(i)
    # per cluster with a person in it (the only clusters read): its articles (for "the usual one"), and the
    # titles of its local entities and their names; a cluster of bodies or places only keeps no table (issue 19)
    reach: dict[int, set[str]] = {}
    held: dict[int, set[str]] = {}
    titles = titles or {}

    def _track(root: int, members) -> None:
        reach[root], held[root] = set(), set()
        for i in members:
            reach[root].add(locals_[i][0])
            held[root].update(titles.get(i, ()))
            held[root].update(sys.intern("\x00" + normalize(n)) for n in locals_[i][1].names)

    persons = {find(i) for i, (_, e) in enumerate(locals_) if GROUP[e.cls] == "person"}
    by_root: dict[int, list[int]] = defaultdict(list)
    for i in range(len(locals_)):
        if (r := find(i)) in persons:
            by_root[r].append(i)
    for r, members in by_root.items():
        _track(r, members)
    del by_root, persons
    national = {"\x00" + n for n in _national_officeholders()}
    bare: dict[int, list[int]] = defaultdict(list)  # the local entities of each cluster of bare names
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] == "person" and all(len(n.split()) == 1 for n in e.names):
            bare[find(i)].append(i)
    undecided = undecided_bare_names(locals_)  # "Cruz" in an article naming two Cruzes in full
    mixed: dict[int, bool] = {}  # per cluster of bare names: written other than "President X" somewhere
    for i, (doc_id, e) in enumerate(locals_):
        if GROUP[e.cls] == "person" and all(len(n.split()) == 1 for n in e.names):
            hits = sorted({find(j) for j in surnames.get(normalize(e.name), ())}, key=lambda r: -len(reach[r]))
            if find(i) in hits:
                continue  # already one of them (an earlier "Trump" joined it): the others are other people
            listed = {"\x00" + normalize(n) for n in listed_holder(titles.get(i, frozenset()), e.name)}
            if listed and not _mixed(find(i), bare, titles, mixed) and len(mine := [h for h in hits if listed & held[h]]) == 1:
                join(i, mine[0], f"surname {e.name!r} titled President: the only listed holder of that name")
                continue
            if i in undecided:  # "Cruz" beside Nikolas and Roger Cruz: one of them or nobody, never Ted Cruz
                own = {find(k) for k in undecided[i]}
                hits = [h for h in hits if h in own]
            surname = normalize(e.name)  # not a first name here ("Clinton", a man's first name, is no man's in "Mrs. Clinton")
            hits = [h for h in hits if all(fits_sexes({e.sex}, n[1:]) for n in held[h] if n[:1] == "\x00" and n[1:] != surname)]
            said = frozenset(t for t in held[find(i)] if t[:1] != "\x00")  # every bare name's titles in the cluster
            names = {h[1:] for h in held[hits[0]] if h[:1] == "\x00"} if hits else set()
            if hits and (titled_for_another(said, e.name, names) or chamber_for_another(said, held[hits[0]], names)):
                continue  # "former President Clinton": not Hillary; "Representative Collins": not Sen. Susan Collins
            if len(hits) == 1:  # "Trump" in an article that never gives the first name
                join(i, hits[0], f"surname {e.name!r} of the only person of that name in the corpus")
            elif (
                len(hits) > 1
                and len(e.names) == 1
                and len(reach[hits[0]]) >= 3 * len(reach[hits[1]]) >= 3
                and (
                    len(reach[hits[0]]) >= USUAL_BEARER_ARTICLES
                    or held[hits[0]] & national
                    or all(titles.get(k, frozenset()) & held[hits[0]] for k in bare[find(i)])
                )
            ):  # several persons bear it: a prominent one, a national officeholder, or a title of the usual one in
                # each article of the bare name (the student "Cole" is not Rep. Tom Cole, named in full in 4)
                join(
                    i,
                    hits[0],
                    f"surname {e.name!r} of the person of that name in at least three times as many articles as any other",
                )
        if GROUP[e.cls] != "body":
            continue
        words = normalize(e.name).split()
        if words and all(w in generic for w in words) and len(words) >= 2:
            target = next((by_key[k] for p in places_of[doc_id] if (k := name_key(f"{p} {e.name}", e.cls)) in by_key), None)
            if target is None:
                ends = {
                    find(j) for k, j in by_key.items() if k.endswith(" " + normalize(e.name))
                }  # not "U.S. government" -> "government"
                target = ends.pop() if len(ends) == 1 else None
            if target is not None:
                join(i, target, f"generic name {e.name!r} of a body named in full")
        if len(e.names) == 1 and _acronym(e.name):
            hits = {find(j) for j in by_initials.get(e.name, set()) - by_initials.get("\x00" + e.name, set())} - {find(i)}
            if len(hits) == 1:
                join(i, hits.pop(), f"acronym {e.name!r} spells the initials of a body's name")


def _acronym(word: str) -> bool:
    """What an undefined acronym is written as: 2 to 6 capitals ("BPD")."""
    return word.isupper() and 2 <= len(word) <= 6


def join_clusters(find, parent, reason, i, j, why) -> None:
    """Join the clusters of local entities ``i`` and ``j``; the log says ``i`` merged with ``j``, and why."""
    a, b = find(i), find(j)
    if a != b:
        parent[max(a, b)] = min(a, b)
        reason[i] = (j, why)


def ambiguous_short_laws(locals_) -> dict[int, set[str]]:
    """Per local law named after a place ("Arizona Dream Act"), the name keys of its short forms
    ("Dream Act") that several places' laws share across the corpus (the "New Jersey Dream Act" of
    another article). Such a short form is no key of those laws: it would join both states' laws and
    the federal one. A short form only one place's law takes ("Trust Act" in a corpus whose one such
    law is Springfield's) stays a key, and so does one after a prefix that is no place ("Support for
    the DREAM Act", a headline)."""
    named_places: dict[str, set[str]] = defaultdict(set)  # per article: the places it names
    for doc_id, e in locals_:
        if e.cls == "Place":
            named_places[doc_id].update(normalize(n) for n in e.names)
    placed: dict[int, set[str]] = defaultdict(set)  # local law -> its short forms after a place
    places: dict[str, set[str]] = defaultdict(set)  # short form -> the places whose laws it shortens
    for i, (doc_id, e) in enumerate(locals_):
        if e.cls != "Law":
            continue
        full = name_key(e.names[0], "Law")
        for n in e.names[1:]:
            short = name_key(n, "Law")
            prefix = re.sub(r"['’]s$", "", full[: -len(short) - 1])
            if len(short.split()) > 1 and full.endswith(" " + short) and prefix in named_places[doc_id]:
                placed[i].add(short)
                places[short].add(prefix)
    return {i: {s for s in shorts if len(places[s]) > 1} for i, shorts in placed.items()}


def _mixed(root: int, bare: dict, titles: dict, memo: dict) -> bool:
    """Whether some article writes a bare name of cluster ``root`` other than under the title President:
    untitled ("Mrs. Clinton said", "Clinton won the primary") or titled otherwise ("Justice Kennedy"). The
    corpus's single-name key joins every bare "Clinton" of the corpus, so one "President Clinton" must not
    take them all to the listed president (the 1,000-article build gave Bill Clinton Hillary's words)."""
    if root not in memo:
        memo[root] = any(titles.get(k, frozenset()) != {"president"} for k in bare[root])
    return memo[root]
