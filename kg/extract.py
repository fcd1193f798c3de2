"""From an annotated spaCy ``Doc`` to a serializable :class:`~kg.model.Extraction`.

This is where one article's mentions become local entities (in-article coreference: "Walsh" and
"Marty" are Marty Walsh, "ICE" is Immigration and Customs Enforcement, "Section 1373" is the
"8 U.S.C. Section 1373" cited earlier) and where the components' findings (titles, relations,
stances, quotes, byline) become facts between those entities, each with its evidence sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from .corefs import Clusters
from .lexicon import load_lexicon
from .model import Evidence, Extraction, Fact, Quote
from .pipeline.text import LINE, doc_text, furniture_ranges, heading_ranges, overlaps
from .resources import load_json

PEOPLE = ("Person", "Official")
PART_PATH = 3  # dependency arcs between a body and its parent for the lexicon's partOf to be stated with them


def evidence(text: str, start: int, end: int) -> Evidence:
    """The evidence of [start, end), trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])


def extract(doc: Doc, doc_id: str) -> Extraction:
    """Everything ``doc`` says, as plain data (a pure function of the text and the pipeline)."""
    text = doc_text(doc)
    clusters = Clusters.from_doc(doc)
    facts: list[Fact] = []
    byline = doc._.kg_byline or {}
    authors = [clusters.key_for(a, text, "Person") for a in byline.get("authors") or []]
    for r in (doc._.kg_relations or []) + (doc._.kg_stances or []):
        if r.get("holder") == "author":
            for a in authors:
                facts.append(Fact(a, r["prop"], evidence(text, *r["sent"]), obj=clusters.key_for(r["obj"], text, None),
                                  rule=r["rule"]))
            continue
        subj = clusters.key_for(r["subj"], text, r.get("subj_label"))
        obj = clusters.key_for(r["obj"], text, r.get("obj_label")) if r["obj"] else None
        if subj is None or (r["obj"] and obj is None) or subj == obj:
            continue
        facts.append(Fact(subj, r["prop"], evidence(text, *r["sent"]), obj=obj, value=r["value"], rule=r["rule"]))
    for t in doc._.kg_titles or []:
        facts += _title_facts(t, clusters, text)
    facts += _lexicon_parts(doc, clusters, facts, text)
    facts += _inherited_jurisdiction(facts)
    facts += _state_bill_jurisdiction(doc, clusters, facts, text)
    facts = _side_with(facts)
    quotes = []
    for q in doc._.kg_quotes or []:
        speaker = clusters.key_for(q["speaker"], text, "Person") if q.get("speaker") else None
        quotes.append(Quote(q["start"], q["end"], q["text"], speaker, evidence(text, q["start"], q["end"])))
    publisher = clusters.key_for(byline["publisher"], text, "Organization") if byline.get("publisher") else None
    authors += [clusters.key_for(c, text, "Organization") for c in byline.get("creators") or []]  # dcterms:creator
    clusters.upgrade_officials(facts)
    return Extraction(
        doc_id=doc_id, entities=clusters.entities(), facts=_dedupe(facts), quotes=quotes,
        furniture=[tuple(r) for r in (doc._.kg_furniture or [])] if doc.has_extension("kg_furniture") else [],
        authors=[a for a in authors if a], publisher=publisher, headline=headline(text, doc),
        merges=sorted(set(clusters.merges)),
    )


def headline(text: str, doc: Doc) -> str | None:
    """The headline of scraped text: the first line in headline case that is not page furniture,
    else the first line that is not furniture."""
    blocked = furniture_ranges(doc)
    lines = [(s, e) for s, e in ((m.start(), m.end()) for m in LINE.finditer(text))
             if text[s:e].strip() and not overlaps(s, e, blocked)]
    heads = set(heading_ranges(text))
    for s, e in lines[:8]:
        if (s, e) in heads and len(text[s:e]) <= 200:
            return text[s:e].strip()
    return text[lines[0][0]:lines[0][1]].strip() if lines and lines[0][1] - lines[0][0] <= 200 else None


def _title_facts(t: dict, clusters: Clusters, text: str) -> list[Fact]:
    person = clusters.key_for(t["person"], text, "Person")
    if person is None:
        return []
    ev = evidence(text, *t["sent"])
    out = []
    if t.get("title"):
        out.append(Fact(person, "title", ev, value=t["title"], rule=t["rule"]))
    org = clusters.key_for(t["org"], text, None) if t.get("org") else None
    org = clusters.body_for_title(org, t)
    if org is not None and clusters.label_of(org) not in ("Agency", "Court", "Organization", "Place"):
        org = None  # "the lawyer for Stormy Daniels": a person is not a body one heads or serves in
    if org is not None and org != person:
        prop = "heads" if t["role"] == "head" else "memberOf"
        if clusters.label_of(org) == "Place" and t.get("target") not in ("place", ""):
            prop = "memberOf"  # a sheriff serves in the county; the office they head is not named
        out.append(Fact(person, prop, ev, obj=org, rule=t["rule"]))
        clusters.note_role(person, t, org)
    else:
        clusters.note_role(person, t, None)
    return out


def _lexicon_parts(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
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


def _inherited_jurisdiction(facts: list[Fact]) -> list[Fact]:
    """A law applies where the body that enacted or amended it operates."""
    where = {f.subj: f.obj for f in facts if f.prop == "jurisdiction"}
    out = []
    for f in facts:
        if f.prop in ("enactedBy", "amendedBy") and f.obj in where:
            out.append(Fact(f.subj, "jurisdiction", f.evidence, obj=where[f.obj], rule="jurisdiction-of-enacting-body"))
    return out


def _state_bill_jurisdiction(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """A state bill ("SB 54", "House Bill 2") whose state the text does not attach to it applies in
    the state the article is about: the one US state it names at least twice and at least twice as
    often as any other. Evidence: the first sentence naming both the bill and that state, else the
    bill's first sentence."""
    rx = state_bill_pattern()
    placed = {f.subj for f in facts if f.prop == "jurisdiction"}
    states: Counter = Counter()
    for i, m in enumerate(clusters.mentions):
        root = clusters.find(i)
        if m[3] == "Place" and clusters.place_kinds.get(clusters.name_of(root)) == "state":
            states[root] += 1
    ranked = states.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return []
    state = ranked[0][0]
    state_spans = [(m[0], m[1]) for i, m in enumerate(clusters.mentions) if clusters.find(i) == state]
    out, done = [], set()
    for i, m in enumerate(clusters.mentions):
        root = clusters.find(i)
        key = clusters.key_of(root)
        if m[3] != "Law" or key in placed or key in done or not rx.match(clusters.name_of(root)):
            continue
        sents = [doc.char_span(other[0], other[1], alignment_mode="expand").sent
                 for j, other in enumerate(clusters.mentions) if clusters.find(j) == root]
        both = [s for s in sents if any(s.start_char <= a < s.end_char for a, _ in state_spans)]
        sent = (both or sents)[0]
        done.add(key)
        out.append(Fact(key, "jurisdiction", evidence(text, sent.start_char, sent.end_char),
                        obj=clusters.key_of(state), rule="state-bill-in-state-article"))
    return out


@lru_cache(maxsize=1)
def state_bill_pattern() -> re.Pattern:
    return re.compile(load_json("entity_patterns.json")["state_bill"])


def _side_with(facts: list[Fact]) -> list[Fact]:
    """"X praised the council's recommitment": X takes the council's stances of this article (or the
    opposite ones when X criticized it). The helper facts themselves are not kept."""
    flip = {"supports": "opposes", "opposes": "supports"}
    stances = [f for f in facts if f.prop in flip]
    out = [f for f in facts if f.prop not in ("sidesWith", "sidesAgainst")]
    for f in facts:
        if f.prop in ("sidesWith", "sidesAgainst"):
            for s in stances:
                if s.subj == f.obj and s.obj != f.subj:
                    prop = s.prop if f.prop == "sidesWith" else flip[s.prop]
                    out.append(Fact(f.subj, prop, f.evidence, obj=s.obj, rule=f"{f.rule}+{s.rule}"))
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        k = (f.subj, f.prop, f.obj, f.value, f.evidence.start)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
