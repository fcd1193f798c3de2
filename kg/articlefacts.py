"""Facts read off a whole article rather than one pattern: what the lexicon knows of bodies named
together, where laws and bodies apply when the text implies it, and ``evidence``.

- ``lexicon_parts``: "Homeland Security Investigations" named close to ICE is part of it;
- ``inherited_jurisdiction``: a law applies where the body that enacted or amended it operates;
- ``state_bill_jurisdiction``: "SB 54" in an article about one state applies there;
- ``city_body_jurisdiction``: "the City Council" in an article about one city operates there;
- ``state_body_jurisdiction``: "the state Senate", named "New Jersey Senate" by
  :mod:`kg.statebodies`, operates in that state.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from .corefs import Clusters
from .lexicon import load_lexicon
from .model import Evidence, Fact
from .resources import load_json
from .statebodies import dominant

PART_PATH = 3  # dependency arcs between a body and its parent for the lexicon's partOf to be stated with them


def evidence(text: str, start: int, end: int) -> Evidence:
    """The evidence of [start, end), trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])


def article_facts(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """The facts of this module for one article, given the facts its components found."""
    out = lexicon_parts(doc, clusters, facts, text)
    out += inherited_jurisdiction(facts + out)
    out += state_bill_jurisdiction(doc, clusters, facts + out, text)
    out += city_body_jurisdiction(doc, clusters, facts + out, text)
    out += state_body_jurisdiction(doc, clusters, facts + out, text)
    return out


def lexicon_parts(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """A body the lexicon knows as a part of another ("Homeland Security Investigations" of ICE),
    named close to it in the parse (``PART_PATH`` dependency arcs: "ICE has insisted HSI is ...", not
    "... the INS, DOJ officials said"): partOf, with that sentence as evidence."""
    lex = load_lexicon()
    spans: dict[str, list[tuple[int, int]]] = {}
    names: dict[str, str] = {}
    for i, m in enumerate(clusters.mentions):
        key = clusters.key_of(clusters.find(i))
        if clusters.label_of(key) == "Agency":
            spans.setdefault(key, []).append((m[0], m[1]))
            names[clusters.name_of(clusters.find(i))] = key
    have = {(f.subj, f.obj) for f in facts if f.prop == "partOf"}
    out = []
    for name, key in names.items():
        body = lex.body(name)
        parent = names.get(body.parent) if body is not None and body.parent else None
        if parent is None or parent == key or (key, parent) in have:
            continue
        for s, e in spans[key]:
            part = doc.char_span(s, e, alignment_mode="expand")
            sent = part.sent
            near = [doc.char_span(a, b, alignment_mode="expand") for a, b in spans[parent]
                    if sent.start_char <= a < sent.end_char]
            if any(_path_length(part.root, x.root) <= PART_PATH for x in near):
                out.append(Fact(key, "partOf", evidence(text, sent.start_char, sent.end_char), obj=parent,
                                rule="lexicon-parent"))
                break
    return out


def _path_length(a, b) -> int:
    """Dependency arcs between two tokens of one sentence."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 1 << 10


def inherited_jurisdiction(facts: list[Fact]) -> list[Fact]:
    """A law applies where the body that enacted or amended it operates."""
    where = {f.subj: f.obj for f in facts if f.prop == "jurisdiction"}
    out = []
    for f in facts:
        if f.prop in ("enactedBy", "amendedBy") and f.obj in where:
            out.append(Fact(f.subj, "jurisdiction", f.evidence, obj=where[f.obj], rule="jurisdiction-of-enacting-body"))
    return out


def state_bill_jurisdiction(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """A state bill ("SB 54", "House Bill 2") whose state the text does not attach to it applies in
    the state the article is about: the one US state it names at least twice and at least twice as
    often as any other."""
    rx = state_bill_pattern()
    return _in_article_place(
        doc, clusters, facts, text, "state-bill-in-state-article",
        is_place=lambda name: clusters.place_kinds.get(name) == "state",
        is_subject=lambda label, name: label == "Law" and rx.match(name) is not None)


@lru_cache(maxsize=1)
def state_bill_pattern() -> re.Pattern:
    return re.compile(load_json("entity_patterns.json")["state_bill"])


def city_body_jurisdiction(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """A city body named without its city ("the City Council", "the Police Department":
    ``city_body_names`` in entity_patterns.json) operates in the city the article is about: the one
    place the lexicon does not know as a state or country (and not a county) that the article names
    at least twice and at least twice as often as any other such place."""
    local = set(load_json("entity_patterns.json")["city_body_names"])
    return _in_article_place(
        doc, clusters, facts, text, "city-body-in-city-article",
        is_place=lambda name: name not in clusters.place_kinds and not name.endswith(("County", "Parish")),
        is_subject=lambda label, name: label == "Agency" and name in local)


def _in_article_place(doc: Doc, clusters: Clusters, facts: list[Fact], text: str, rule: str,
                      is_place, is_subject) -> list[Fact]:
    """``jurisdiction`` facts from each entity ``is_subject`` accepts (and no jurisdiction yet) to the
    place the article is about among those ``is_place`` accepts: named at least twice and at least
    twice as often as any other. Evidence: the entity's first sentence naming that place, else its
    first sentence."""
    placed = {f.subj for f in facts if f.prop == "jurisdiction"}
    counts: Counter = Counter()
    for i, m in enumerate(clusters.mentions):
        root = clusters.find(i)
        if m[3] == "Place" and is_place(clusters.name_of(root)):
            counts[root] += 1
    place = dominant(counts)
    if place is None:
        return []
    place_spans = [(m[0], m[1]) for i, m in enumerate(clusters.mentions) if clusters.find(i) == place]
    out, done = [], set()
    for i, m in enumerate(clusters.mentions):
        root = clusters.find(i)
        key = clusters.key_of(root)
        if key in placed or key in done or not is_subject(clusters.label_of(key), clusters.name_of(root)):
            continue
        sents = [doc.char_span(o[0], o[1], alignment_mode="expand").sent
                 for j, o in enumerate(clusters.mentions) if clusters.find(j) == root]
        both = [s for s in sents if any(s.start_char <= a < s.end_char for a, _ in place_spans)]
        sent = (both or sents)[0]
        done.add(key)
        out.append(Fact(key, "jurisdiction", evidence(text, sent.start_char, sent.end_char),
                        obj=clusters.key_of(place), rule=rule))
    return out


def state_body_jurisdiction(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """A state chamber the article names without its state ("the state Senate", which
    :mod:`kg.statebodies` names "New Jersey Senate") operates in that state, when the article names
    the state. Evidence: the chamber's first sentence."""
    placed = {f.subj for f in facts if f.prop == "jurisdiction"}
    places = {clusters.name_of(clusters.find(i)): clusters.key_of(clusters.find(i))
              for i, m in enumerate(clusters.mentions) if clusters.label_of(clusters.key_of(clusters.find(i))) == "Place"}
    out, done = [], set()
    for i in sorted(clusters.state_bodies):
        root = clusters.find(i)
        key = clusters.key_of(root)
        state = next((p for p in places if clusters.name_of(root).startswith(p + " ")), None)
        if key in placed or key in done or state is None:
            continue
        done.add(key)
        sent = doc.char_span(clusters.mentions[i][0], clusters.mentions[i][1], alignment_mode="expand").sent
        out.append(Fact(key, "jurisdiction", evidence(text, sent.start_char, sent.end_char), obj=places[state],
                        rule="state-body-in-state"))
    return out
