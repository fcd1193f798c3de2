"""Office-holdings as resources, in the pattern of the W3C Organization Ontology.

Each holding an article states (a title, a ``kg:heads`` or ``kg:memberOf`` fact, or both, read from
one sentence) becomes an ``org:Membership``: ``org:member`` the person, ``org:organization`` the
body or place (when the sentence names one), ``org:role`` one ``skos:Concept`` per office ("Mayor",
"Police Commissioner") with the printed forms as ``skos:altLabel`` and its ``kg:roleKind``,
``kg:status`` (:mod:`kg.language.status`), ``org:memberDuring`` a ``time:Interval`` with the years
the text gives, ``kg:asOf`` the date of the article and ``prov:wasDerivedFrom`` the evidence. One
membership per person, body, office, status and article; the plain facts stay as they are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, SKOS, XSD

from ..core.iri import mint
from ..core.namespaces import KG, ORG, TIME
from ..core.records import Document, Extraction, Fact
from ..language.status import RANK, office_kind, read_status, role_label
from ..resolve.parties import RULES as PARTY_RULES
from .assertions import assertion_iri, fact_object
from .pairs import paired

ROLE_PROPS = {"heads": "head", "memberOf": "member"}
PERSONS = ("Person", "Official")


def add_roles(g: Graph, docs: list[Document], extractions: Iterable[Extraction], iri: dict) -> None:
    """Add the memberships of every article to ``g``; ``iri`` maps (doc id, local key) to entity IRIs."""
    concepts: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))  # label -> kinds, printed
    held: dict[tuple, dict] = {}
    stated: dict = {}  # assertion -> the status its sentence gives the holding, when not current
    for doc, x in paired(docs, extractions):
        if x is None:
            continue
        year = int(doc.date[:4]) if doc.date else None
        for title, role in _pairs(x.facts):
            f = role or title
            ev = f.evidence
            printed = title.value if title is not None else None
            label, kind = role_label(printed) if printed else ("Head" if role.prop == "heads" else "Member", None)
            kind = ROLE_PROPS[role.prop] if role is not None else kind or "member"
            holder, others = _mentions(x, f.subj, ev.start, ev.end)
            h = read_status(ev.exact, printed, holder, others, year)
            if h.status != "current":
                for fact in (t for t in (title, role) if t is not None):
                    o = fact_object(fact, iri[(doc.id, fact.obj)] if fact.obj is not None else None)
                    a = assertion_iri(iri[(doc.id, fact.subj)], KG[fact.prop], o, doc.id, fact.evidence)
                    stated[a] = min(stated.get(a, h.status), h.status, key=RANK.__getitem__)
            org = iri[(doc.id, role.obj)] if role is not None else None
            key = (iri[(doc.id, f.subj)], org, label, h.status, doc.id)
            m = held.setdefault(key, {"evidence": set(), "start": set(), "end": set(), "date": doc.date})
            m["evidence"].add(mint("evidence", doc.id, ev.start, ev.end))
            m["start"] |= {h.start} - {None}
            m["end"] |= {h.end} - {None}
            concepts[label][0].add((office_kind(printed) if printed else None) or kind)  # the lexicon's word first
            if printed:
                concepts[label][1].add(printed)
    _attach(held)
    for a, status in sorted(stated.items()):
        g.add((a, KG.holdingStatus, Literal(status)))
    by_iri: dict = defaultdict(list)  # labels that mint one IRI ("Co-Chair", "Co Chair") are one office
    for label in sorted(concepts):
        by_iri[mint("role", label)].append(label)
    for c, labels in sorted(by_iri.items()):
        kinds = set().union(*(concepts[x][0] for x in labels))
        printed = set().union(*(concepts[x][1] for x in labels)) | set(labels[1:])
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.prefLabel, Literal(labels[0])))
        g.add((c, KG.roleKind, Literal("head" if "head" in kinds else "member")))
        for p in sorted(printed - {labels[0]}):
            g.add((c, SKOS.altLabel, Literal(p)))
    for (person, org, label, status, doc_id), m in held.items():
        node = mint("membership", str(person).rsplit("/", 1)[-1], person, org or "", label, status, doc_id)
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, person))
        if org is not None:
            g.add((node, ORG.organization, org))
        g.add((node, ORG.role, mint("role", label)))
        g.add((node, KG.status, Literal(status)))
        if m["date"]:
            g.add((node, KG.asOf, Literal(m["date"], datatype=XSD.date)))
        for ev in sorted(m["evidence"]):
            g.add((node, PROV.wasDerivedFrom, ev))
        if m["start"] or m["end"]:
            span = mint("interval", str(node).rsplit("/", 1)[-1], node)
            g.add((node, ORG.memberDuring, span))
            g.add((span, RDF.type, TIME.Interval))
            if m["start"]:
                g.add((span, KG.startYear, Literal(str(min(m["start"])), datatype=XSD.gYear)))
            if m["end"]:
                g.add((span, KG.endYear, Literal(str(max(m["end"])), datatype=XSD.gYear)))


def _attach(held: dict) -> None:
    """A holding with no body ("Mayor Wu said") joins the one holding of the same person, office and
    status that the same article gives with a body ("Boston Mayor Michelle Wu")."""
    placed = defaultdict(list)
    for key in held:
        if key[1] is not None:
            placed[(key[0], key[2], key[3], key[4])].append(key)
    for key in [k for k in held if k[1] is None]:
        same = placed.get((key[0], key[2], key[3], key[4]), [])
        if len(same) == 1:
            m, into = held.pop(key), held[same[0]]
            for part in ("evidence", "start", "end"):
                into[part] |= m[part]


def _pairs(facts: list[Fact]) -> list[tuple[Fact | None, Fact | None]]:
    """(title, heads-or-memberOf) facts of one person read from one sentence, paired by rule (or
    when the sentence gives that person one title only); either may be missing."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.prop == "title" or (f.prop in ROLE_PROPS and f.obj is not None and f.rule not in PARTY_RULES):
            groups[(f.subj, f.evidence.start, f.evidence.end)].append(f)  # a party is no office: "Former Rep. X, D-Texas"
    out = []
    for group in groups.values():
        titles = [f for f in group if f.prop == "title"]
        used = set()
        for r in (f for f in group if f.prop in ROLE_PROPS):
            t = next((t for t in titles if t.rule == r.rule and id(t) not in used), None)
            t = t if t is not None or len(titles) != 1 else titles[0]
            if t is not None:
                used.add(id(t))
            out.append((t, r))
        out += [(t, None) for t in titles if id(t) not in used]
    return out


def _mentions(x: Extraction, subj: str, start: int, end: int) -> tuple[list, list]:
    """The holder's and the other persons' mentions inside [start, end), relative to ``start``."""
    holder, others = [], []
    for e in x.entities:
        if e.key != subj and e.cls not in PERSONS:
            continue
        spans = [(s - start, t - start) for s, t in e.mentions if s >= start and t <= end]
        (holder if e.key == subj else others).extend(spans)
    return sorted(holder), sorted(others)
