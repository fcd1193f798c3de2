"""Facts read off a whole article rather than one pattern: what the lexicon knows of bodies named
together, where laws and bodies apply when the text implies it, and ``evidence``.

- ``lexicon_parts``: "Homeland Security Investigations" named close to ICE is part of it;
- ``inherited_jurisdiction``: a law applies where the body that enacted or amended it operates;
- ``state_bill_jurisdiction``: "SB 54" in an article about one state applies there;
- ``city_body_jurisdiction``: "the City Council" in an article about one city operates there;
- ``county_body_jurisdiction``: "the Sheriff's Department" of an article about one county (named
  "<County> Sheriff's Department" by :mod:`kg.language.statebodies`) operates in that county;
- ``state_body_jurisdiction``: "the state Senate", named "New Jersey Senate" by
  :mod:`kg.language.statebodies`, operates in that state;
- ``congress_facts`` (:mod:`kg.resolve.listedmembers`): "X, the top Democrat on the committee" (committeeroles);
  "the House Rules Committee" is part of the House (committees); a listed senator named with "the Senate".
- ``appointee_facts`` (:mod:`kg.resolve.appointees`): "Judge X, an Obama appointee" appointedBy Obama.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from ..core.records import Evidence, Fact
from ..language.statebodies import dominant
from ..language.text import doc_text
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .appointees import appointee_facts
from .corefs import Clusters
from .listedmembers import congress_facts
from .statechambers import chamber_part_facts

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
    roots = Roots(clusters)
    out = lexicon_parts(doc, roots, facts, text)
    out += inherited_jurisdiction(facts + out)
    out += state_bill_jurisdiction(doc, roots, facts + out, text)
    out += city_body_jurisdiction(doc, roots, facts + out, text)
    out += county_body_jurisdiction(doc, roots, facts + out, text)
    out += state_body_jurisdiction(doc, roots, facts + out, text)
    out += congress_facts(doc, roots, facts + out, text, evidence)
    out += appointee_facts(doc, roots, text, evidence)
    return out + chamber_part_facts(doc, roots, facts + out, text, evidence)  # last: it adds the chambers' names


class Roots:
    """The article's entities as the rules here read them, computed once: per mention its root, and
    per root its key, label, name and mention spans."""

    def __init__(self, clusters: Clusters):
        self.clusters = clusters
        self.root = [clusters.find(i) for i in range(len(clusters.mentions))]
        self.spans: dict[int, list[tuple[int, int]]] = {}
        for i, m in enumerate(clusters.mentions):
            self.spans.setdefault(self.root[i], []).append((m[0], m[1]))
        self.key = {r: clusters.key_of(r) for r in self.spans}
        self.label = {r: clusters.label_of(self.key[r]) for r in self.spans}
        self.name = {r: clusters.name_of(r) for r in self.spans}


def lexicon_parts(doc: Doc, roots: Roots, facts: list[Fact], text: str) -> list[Fact]:
    """A body the lexicon knows as a part of another ("Homeland Security Investigations" of ICE),
    named close to it in the parse (``PART_PATH`` dependency arcs: "ICE has insisted HSI is ...", not
    "... the INS, DOJ officials said"): partOf, with that sentence as evidence."""
    lex = load_lexicon()
    names = {roots.name[r]: r for r in roots.spans if roots.label[r] == "Agency"}
    have = {(f.subj, f.obj) for f in facts if f.prop == "partOf"}
    out = []
    for name, r in names.items():
        body = lex.body(name)
        parent = names.get(body.parent) if body is not None and body.parent else None
        if parent is None or parent == r or (roots.key[r], roots.key[parent]) in have:
            continue
        for s, e in roots.spans[r]:
            part = doc.char_span(s, e, alignment_mode="expand")
            sent = part.sent
            near = [
                doc.char_span(a, b, alignment_mode="expand")
                for a, b in roots.spans[parent]
                if sent.start_char <= a < sent.end_char
            ]
            if any(_path_length(part.root, x.root) <= PART_PATH and not _listed(part, x) for x in near):
                out.append(
                    Fact(
                        roots.key[r],
                        "partOf",
                        evidence(text, sent.start_char, sent.end_char),
                        obj=roots.key[parent],
                        rule="lexicon-parent",
                    )
                )
                break
    return out


def _listed(a, b) -> bool:
    """Two names side by side in a list ("the ATF and the Justice Department", "ATF, FBI"): a list
    says nothing of one being part of the other."""
    first, second = (a, b) if a.start_char <= b.start_char else (b, a)
    between = doc_text(first.doc)[first.end_char : second.start_char].lower().replace(",", " ").split()
    return bool(between) and all(w in ("and", "or", "the", "&") for w in between)


def _path_length(a, b) -> int:
    """Dependency arcs between two tokens of one sentence."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 1 << 10


def inherited_jurisdiction(facts: list[Fact]) -> list[Fact]:
    """A law the text places nowhere applies where the body that enacted or amended it operates."""
    where = {f.subj: f.obj for f in facts if f.prop == "jurisdiction"}
    out = []
    for f in facts:
        if f.prop in ("enactedBy", "amendedBy") and f.obj in where and f.subj not in where:
            out.append(Fact(f.subj, "jurisdiction", f.evidence, obj=where[f.obj], rule="jurisdiction-of-enacting-body"))
    return out


def state_bill_jurisdiction(doc: Doc, roots: Roots, facts: list[Fact], text: str) -> list[Fact]:
    """A state bill ("SB 54", "House Bill 2") whose state the text does not attach to it applies in
    the state the article is about: the one US state it names at least twice and at least twice as
    often as any other."""
    rx = state_bill_pattern()
    kinds = roots.clusters.place_kinds
    return _in_article_place(
        doc,
        roots,
        facts,
        text,
        "state-bill-in-state-article",
        is_place=lambda name: kinds.get(name) == "state",
        is_subject=lambda label, name: label == "Law" and rx.match(name) is not None,
    )


@lru_cache(maxsize=1)
def state_bill_pattern() -> re.Pattern:
    return re.compile(load_json("entity_patterns.json")["state_bill"])


def city_body_jurisdiction(doc: Doc, roots: Roots, facts: list[Fact], text: str) -> list[Fact]:
    """A city body named without its city ("the City Council", "the Police Department":
    ``city_body_names`` in entity_patterns.json) operates in the city the article is about: the one
    place the lexicon does not know as a state or country (and not a county) that the article names
    at least twice and at least twice as often as any other such place."""
    local = tuple(" " + w for w in load_json("entity_patterns.json")["city_body_names"])
    kinds = roots.clusters.place_kinds
    return _in_article_place(  # named after that city by in-article coreference (kg.language.statebodies)
        doc,
        roots,
        facts,
        text,
        "city-body-in-city-article",
        is_place=lambda name: name not in kinds and not name.endswith(("County", "Parish")),
        is_subject=lambda label, name: label == "Agency" and name.endswith(local),
        named_after=True,
    )


def county_body_jurisdiction(doc: Doc, roots: Roots, facts: list[Fact], text: str) -> list[Fact]:
    """A county body named without its county (``county_body_names``), which in-article coreference
    named after the article's county, operates in that county. A body whose name holds another county
    ("Jackson County Sheriff's Office" in an article about Mobile County) is not the article's."""
    local = tuple(" " + w for w in load_json("entity_patterns.json")["county_body_names"])
    return _in_article_place(
        doc,
        roots,
        facts,
        text,
        "county-body-in-county-article",
        is_place=lambda name: name.endswith(("County", "Parish")),
        is_subject=lambda label, name: label == "Agency" and name.endswith(local),
        named_after=True,
    )


def _in_article_place(
    doc: Doc, roots: Roots, facts: list[Fact], text: str, rule: str, is_place, is_subject, named_after: bool = False
) -> list[Fact]:
    """``jurisdiction`` facts from each entity ``is_subject`` accepts (and no jurisdiction yet) to the
    place the article is about among those ``is_place`` accepts: named at least twice and at least
    twice as often as any other (with ``named_after``, only to an entity whose name opens with that
    place's). Evidence: the entity's first sentence naming that place, else its first sentence."""
    placed = {f.subj for f in facts if f.prop == "jurisdiction"}
    mentions = roots.clusters.mentions
    counts: Counter = Counter(
        roots.root[i] for i, m in enumerate(mentions) if m[3] == "Place" and is_place(roots.name[roots.root[i]])
    )
    place = dominant(counts)
    if place is None:
        return []
    out = []
    for r in sorted(roots.spans, key=lambda r: roots.spans[r][0]):
        if roots.key[r] in placed or not is_subject(roots.label[r], roots.name[r]):
            continue
        if named_after and not roots.name[r].startswith(roots.name[place] + " "):
            continue
        sents = [doc.char_span(a, b, alignment_mode="expand").sent for a, b in roots.spans[r]]
        both = [s for s in sents if any(s.start_char <= a < s.end_char for a, _ in roots.spans[place])]
        sent = (both or sents)[0]
        out.append(
            Fact(roots.key[r], "jurisdiction", evidence(text, sent.start_char, sent.end_char), obj=roots.key[place], rule=rule)
        )
    return out


def state_body_jurisdiction(doc: Doc, roots: Roots, facts: list[Fact], text: str) -> list[Fact]:
    """A state chamber the article names without its state ("the state Senate", which
    :mod:`kg.language.statebodies` names "New Jersey Senate") operates in that state, when the article names
    the state. Evidence: the chamber's first sentence."""
    placed = {f.subj for f in facts if f.prop == "jurisdiction"}
    places = {roots.name[r]: r for r in roots.spans if roots.label[r] == "Place"}
    out, done = [], set()
    for i in sorted(roots.clusters.state_bodies):
        r = roots.root[i]
        state = next((p for p in places if roots.name[r].startswith(p + " ")), None)
        if roots.key[r] in placed or r in done or state is None:
            continue
        done.add(r)
        m = roots.clusters.mentions[i]
        sent = doc.char_span(m[0], m[1], alignment_mode="expand").sent
        out.append(
            Fact(
                roots.key[r],
                "jurisdiction",
                evidence(text, sent.start_char, sent.end_char),
                obj=roots.key[places[state]],
                rule="state-body-in-state",
            )
        )
    return out
