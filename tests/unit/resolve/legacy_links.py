"""Corpus resolution's second-pass links as they were before their tables were made compact (issue 19),
kept verbatim (kg 45ee0876 / e810865) so that tests can check the compact ones give the same resolution."""

# ruff: noqa
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from kg.core.records import Extraction
from kg.language.names import initials, name_key, normalize
from kg.language.sex import fits_sexes
from kg.language.shortforms import is_short_form, related
from kg.language.status import role_label
from kg.lexicon.load import load_lexicon
from kg.resolve.corefs import GROUP
from kg.resolve.links import USUAL_BEARER_ARTICLES, _mixed, _national_officeholders, generic_words
from kg.resolve.namesakes import undecided_bare_names
from kg.resolve.nicknames import first_and_surname
from kg.resolve.chambertitles import chamber_for_another
from kg.resolve.titledholders import listed_holder, titled_for_another


def local_titles(extractions) -> dict[int, frozenset[str]]:
    """Per local entity (its index in the corpus's list of local entities): the head words of the
    titles its own article gives it ("Minority Leader" -> "leader")."""
    out: dict[int, frozenset[str]] = {}
    i = 0
    for x in extractions:
        by_key: dict[str, set[str]] = defaultdict(set)
        for f in x.facts:
            title = f.value or ""
            if f.prop == "title" and title.split():
                by_key[f.subj].add(title.split()[-1].lower().rstrip("."))
        for e in x.entities:
            if by_key.get(e.key):
                out[i] = frozenset(by_key[e.key])
            i += 1
    return out


def link_generic_and_initials(locals_, find, parent, reason, titles=None) -> None:
    """Second pass over the corpus: a generic body name ("City Council", "State Police") is the body
    of that name in the article's own places ("Boston City Council"), else the only body in the
    corpus whose name ends with it; an acronym nobody defined ("BPD") is the only body in the
    corpus whose initials it spells."""
    generic = generic_words()
    by_key: dict[str, int] = {}
    by_initials: dict[str, set[int]] = defaultdict(set)
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] != "body":
            continue
        for n in e.names:
            by_key.setdefault(name_key(n, e.cls), i)
            if len(n.split()) > 1:
                by_initials[initials(n)].add(i)
                if n.lower().endswith(" police"):  # "NYPD" of "New York police", as name keys read it
                    by_initials[initials(n[: -len(" police")]) + "PD"].add(i)
                for w in n.split():  # "U.S. Senate": "US" is written in it, not its acronym
                    by_initials.setdefault("\x00" + w.replace(".", ""), set()).add(i)
    places_of: dict[str, list[str]] = defaultdict(list)
    for doc_id, e in sorted(locals_, key=lambda t: (t[0], -len(t[1].mentions), t[1].name)):
        if e.cls == "Place":
            places_of[doc_id].extend(e.names)

    def join(i, j, why):
        a, b = find(i), find(j)
        _join(find, parent, reason, i, j, why)
        held[find(i)] = held[a] | held[b]
        reach[find(i)] = reach[a] | reach[b]  # the joined cluster's root may be the smaller one's

    surnames: dict[str, set[int]] = defaultdict(set)
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] == "person" and len(e.name.split()) > 1:
            surnames[normalize(e.name).split()[-1]].add(i)
    reach: dict[int, set[str]] = defaultdict(set)  # articles of each cluster (for "the usual one")
    held: dict[int, set[str]] = defaultdict(set)  # titles of each cluster, and the names of its persons
    titles = titles or {}
    for i, (doc_id, e) in enumerate(locals_):
        reach[find(i)].add(doc_id)
        held[find(i)].update(titles.get(i, ()))
        held[find(i)].update("\x00" + normalize(n) for n in e.names)
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
                continue  # "former President Clinton", or a "Clinton" the single-name key joined to it: not Hillary
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
        if len(e.names) == 1 and e.name.isupper() and 2 <= len(e.name) <= 6:
            hits = {find(j) for j in by_initials.get(e.name, set()) - by_initials.get("\x00" + e.name, set())} - {find(i)}
            if len(hits) == 1:
                join(i, hits.pop(), f"acronym {e.name!r} spells the initials of a body's name")


def link_misspellings(locals_, find, parent, reason) -> None:
    """Long body names one letter apart ("Dally Caller News Foundation") are one body.

    Candidates share a one-deletion variant (or one name is a variant of the other): linear in the
    number of distinct names, where comparing every pair of a large corpus is not."""
    first: dict[str, int] = {}  # each distinct long body name -> its first local entity
    for i, (_, e) in enumerate(locals_):
        key = normalize(e.name)
        if GROUP[e.cls] == "body" and len(key) >= 15 and key not in first:
            first[key] = i
    variants: dict[str, list[str]] = defaultdict(list)
    for key in first:
        for v in {key, *(key[:k] + key[k + 1 :] for k in range(len(key)))}:
            variants[v].append(key)
    for a, i in first.items():
        near = {b for k in range(len(a)) for b in variants.get(a[:k] + a[k + 1 :], ())}
        near.update(variants.get(a, ()))
        for b in sorted(near):
            j = first[b]
            if j <= i or find(i) == find(j) or len(a.split()) != len(b.split()) or a.split()[-1] != b.split()[-1]:
                continue
            if _one_edit(a, b):
                _join(find, parent, reason, j, i, f"names one letter apart: {b!r} ~ {a!r}")


def _join(find, parent, reason, i, j, why) -> None:
    """Join the clusters of local entities ``i`` and ``j``; the log says ``i`` merged with ``j``, and why."""
    a, b = find(i), find(j)
    if a != b:
        parent[max(a, b)] = min(a, b)
        reason[i] = (j, why)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i + 1 :] == b[i:] or a[i:] == b[i + 1 :]


def contexts(locals_, extractions: list[Extraction], index: dict[tuple[str, str], int], find) -> dict[int, set]:
    """Per cluster root of persons: the offices (normalized title labels) its articles give it, and
    the bodies (cluster roots, places aside) it heads or belongs to."""
    out: dict[int, set] = defaultdict(set)
    for x in extractions:
        for f in x.facts:
            i = index.get((x.doc_id, f.subj))
            if i is None:
                continue
            if f.prop == "title" and f.value:
                out[find(i)].add(("office", role_label(f.value)[0].casefold()))
            elif f.prop in ("heads", "memberOf") and (j := index.get((x.doc_id, f.obj))) is not None:
                if locals_[j][1].cls != "Place":  # a country or state is no context: most officials serve one
                    out[find(i)].add((f.prop, find(j)))
    return out


def link_nicknames(locals_, extractions: list[Extraction], find, join) -> None:
    """Join persons whose first names are one name and its nickname, when the corpus leaves no doubt
    (see the module's docstring). ``join(i, j, why)`` merges the clusters of local entities i and j."""
    index = {(doc_id, e.key): i for i, (doc_id, e) in enumerate(locals_)}
    ctx = contexts(locals_, extractions, index, find)
    by_surname: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    initials: dict[int, set[str]] = defaultdict(set)
    for i, (_, e) in enumerate(locals_):
        if GROUP[e.cls] != "person":
            continue
        for n in e.names:
            if parts := first_and_surname(n):
                by_surname[parts[1]][parts[0]].add(i)
            words = normalize(n).split()
            if mids := "".join(w.rstrip(".") for w in words[1:-1] if len(w.rstrip(".")) == 1):
                initials[find(i)].add(mids)
    for surname, firsts in sorted(by_surname.items()):
        if len(firsts) < 2:
            continue
        for a, b in combinations(sorted(firsts), 2):
            if not related(a, b):
                continue
            others = [c for c in firsts if c not in (a, b) and (related(a, c) or related(b, c))]
            if any({find(i) for i in firsts[c]} - {find(i) for i in firsts[a] | firsts[b]} for c in others):
                continue  # "Chris Wray" might be Christine Wray as well as Christopher Wray
            ra, rb = {find(i) for i in firsts[a]}, {find(i) for i in firsts[b]}
            if len(ra) != 1 or len(rb) != 1 or ra == rb:
                continue
            (x,), (y,) = ra, rb
            ia, ib = initials.get(x, set()), initials.get(y, set())
            shared = ctx.get(x, set()) & ctx.get(y, set())
            if not shared or (ia and ib and not ia & ib):
                continue
            what = sorted(v if k == "office" else f"{k} {locals_[v][1].name}" for k, v in shared)[0]
            i, j = min(firsts[b]), min(firsts[a])
            short, full = (a, b) if is_short_form(a, b) else (b, a)
            join(i, j, f"{short!r} is a nickname of {full!r}: same surname, both {what!r}, no other {surname!r} it names")
            ctx[find(x)] = ctx.get(x, set()) | ctx.get(y, set())
            initials[find(x)] = ia | ib


def link_surname_orgs(locals_, find, join) -> None:
    """Retype and join each such local Organization to the official's cluster (``join(i, j, why)``)."""
    reach: dict[int, set[str]] = defaultdict(set)
    official: set[int] = set()
    surnames: dict[str, set[int]] = defaultdict(set)
    first_words: dict[str, set[str]] = defaultdict(set)
    for i, (doc_id, e) in enumerate(locals_):
        r = find(i)
        reach[r].add(doc_id)
        if e.cls == "Official":
            official.add(r)
        if GROUP[e.cls] == "person" and len(e.name.split()) > 1:
            surnames[normalize(e.name).split()[-1]].add(r)
        if GROUP[e.cls] == "body":
            first_words[doc_id] |= {n.split()[0] for n in e.names if len(n.split()) > 1}
    bodies = {normalize(n) for b in load_lexicon().named for n in b.names}
    for i, (doc_id, e) in enumerate(locals_):
        if e.cls != "Organization" or len(e.names) != 1 or len(e.name.split()) != 1 or e.name in first_words[doc_id]:
            continue
        key = normalize(e.name)
        hits = sorted({find(r) for r in surnames.get(key, ())}, key=lambda r: -len(reach[r]))
        if key in bodies or not hits or hits[0] not in official or len(reach[hits[0]]) < USUAL_BEARER_ARTICLES:
            continue
        if len(hits) > 1 and len(reach[hits[0]]) < 3 * len(reach[hits[1]]):
            continue
        e.cls = "Person"
        join(i, hits[0], f"surname {e.name!r} typed an organization: the official of that name in {len(reach[hits[0]])} articles")
