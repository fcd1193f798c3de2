"""Make a built graph conform to ``ontology/shapes.ttl`` before it is written.

``kg build`` never writes a fact that breaks the shapes' domain and range of its property (a
Person ``appointedBy`` someone, a ruling typed Court carrying a ``decisionDate``, a ``jurisdiction``
that is not a Place, a year that is not one). For each such fact it first tries to retype the entity
at fault, when ``ontology/retype.tsv`` says what evidence allows it (a case name "X v. Y" is a
CourtRuling; a Person whose title the lexicon knows as a public office is an Official) and the new class makes more of that entity's
facts conform; otherwise the fact is dropped. Quote speakers of the wrong class are dropped too.

The domain and range are read from the shapes themselves (``sh:targetSubjectsOf`` node shapes with
``sh:class`` / ``sh:or`` and their property shapes' ``sh:class`` / ``sh:or`` / ``sh:datatype``) and
checked here in Python, fact by fact: linear in the graph, fast enough for every build. The full
pySHACL check stays with ``kg validate``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from ..core.namespaces import KG
from ..core.records import ENTITY_PROPERTIES, LITERAL_PROPERTIES
from ..lexicon.resources import ontology_dir
from .prune import assertions_by_fact, drop_facts

FACT_PROPERTIES = frozenset(KG[p] for p in ENTITY_PROPERTIES + LITERAL_PROPERTIES)
YEAR = re.compile(r"^-?\d{4,}(Z|[+-]\d\d:\d\d)?$")


@dataclass(frozen=True)
class Spec:
    """What a property's subject must be (any of ``domain``) and its value (any of ``range`` or ``datatype``)."""

    domain: frozenset = frozenset()
    range: frozenset = frozenset()
    datatype: URIRef | None = None


@dataclass(frozen=True)
class Retype:
    source: URIRef
    target: URIRef
    evidence: str
    value: str


@dataclass
class Conformance:
    """What :func:`conform` did: facts dropped per property, entities retyped (IRI -> (old, new))."""

    dropped: Counter = field(default_factory=Counter)
    retyped: dict = field(default_factory=dict)
    speakers: int = 0

    def summary(self) -> str:
        facts, ents = sum(self.dropped.values()), len(self.retyped)
        parts = [f"{facts} fact{'s' * (facts != 1)} dropped", f"{ents} entit{'ies' if ents != 1 else 'y'} retyped"]
        if self.speakers:
            parts.append(f"{self.speakers} quote speaker{'s' * (self.speakers != 1)} dropped")
        text = ", ".join(parts) + " to conform to the shapes"
        if facts:
            text += " (" + ", ".join(f"{str(p).rsplit('#', 1)[-1]} {n}" for p, n in sorted(self.dropped.items())) + ")"
        return text


def _classes(shapes: Graph, node) -> frozenset:
    """The classes ``node`` requires: its sh:class, or those of its sh:or alternatives."""
    found = set(shapes.objects(node, SH["class"]))
    for alternatives in shapes.objects(node, SH["or"]):
        for alt in Collection(shapes, alternatives):
            found.update(shapes.objects(alt, SH["class"]))
    return frozenset(found)


@lru_cache(maxsize=1)
def specs() -> dict[URIRef, Spec]:
    """Domain and range of each fact property (and kg:speaker), read from ontology/shapes.ttl."""
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    out = {}
    for shape, prop in shapes.subject_objects(SH.targetSubjectsOf):
        if prop not in FACT_PROPERTIES and prop != KG.speaker:
            continue
        if len(set(shapes.objects(shape, SH.targetSubjectsOf))) != 1:
            continue  # shapes over many properties check evidence, not domain and range
        values = [p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == prop]
        rng = frozenset().union(*(_classes(shapes, p) for p in values))
        datatype = next((shapes.value(p, SH.datatype) for p in values if shapes.value(p, SH.datatype)), None)
        out[prop] = Spec(_classes(shapes, shape), rng, datatype)
    return out


@lru_cache(maxsize=1)
def superclasses() -> dict[URIRef, frozenset]:
    """Each kg class with itself and every class above it (ontology/kg.ttl)."""
    onto = Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    classes = {c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(KG))}
    return {c: frozenset(onto.transitiveClosure(lambda x, _: onto.objects(x, RDFS.subClassOf), c)) | {c} for c in classes}


@lru_cache(maxsize=1)
def retypes() -> tuple[Retype, ...]:
    rows = []
    path = ontology_dir() / "retype.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            source, target, evidence, value = line.split("\t")
            rows.append(Retype(KG[source], KG[target], evidence, value))
    return tuple(r for r in rows if r.evidence in ("label", "fact", "office-title"))


def _is_a(cls, wanted: frozenset) -> bool:
    return bool(wanted & superclasses().get(cls, frozenset({cls})))


def fact_ok(prop, s_cls, o_cls, value) -> bool:
    """Whether a fact ``prop`` from a ``s_cls`` subject to ``value`` (of class ``o_cls``) fits the shapes."""
    spec = specs().get(prop)
    if spec is None:
        return True
    if spec.domain and not _is_a(s_cls, spec.domain):
        return False
    if isinstance(value, Literal):
        if spec.range or not str(value).strip():
            return False
        if spec.datatype == XSD.gYear:
            return value.datatype == XSD.gYear and YEAR.match(str(value)) is not None
        return spec.datatype is None or (value.datatype in (None, spec.datatype) and not value.language)
    return not spec.range or _is_a(o_cls, spec.range)


def conform(graph: Graph, entities: list | None = None) -> Conformance:
    """Retype or drop so that every fact and speaker of ``graph`` fits the shapes; ``entities``
    (the resolution's :class:`~kg.core.records.Entity` list) follows the retyping."""
    report = Conformance()
    known = superclasses()
    cls = {e: c for e, c in graph.subject_objects(RDF.type) if c in known}
    index = assertions_by_fact(graph)
    facts = sorted(index)

    def bad(triple) -> bool:
        s, p, o = triple
        return not fact_ok(p, cls.get(s), cls.get(o), o)

    touching = defaultdict(list)
    for f in facts:
        touching[f[0]].append(f)
        touching[f[2]].append(f)
    for node in sorted({n for f in facts if bad(f) for n in (f[0], f[2]) if n in cls}):
        for r in retypes():
            if cls[node] != r.source or not _evidence(graph, node, r):
                continue
            before = sum(map(bad, touching[node]))
            old, cls[node] = cls[node], r.target
            if sum(map(bad, touching[node])) < before:
                graph.remove((node, RDF.type, old))
                graph.add((node, RDF.type, r.target))
                report.retyped[str(node)] = (old.rsplit("#", 1)[-1], r.target.rsplit("#", 1)[-1])
                break
            cls[node] = old
    wrong = [f for f in facts if bad(f)]
    report.dropped.update(f[1] for f in wrong)
    drop_facts(graph, wrong, index)
    speaker_spec = specs().get(KG.speaker)
    if speaker_spec is not None:
        for q, who in sorted(graph.subject_objects(KG.speaker)):
            if speaker_spec.range and not _is_a(cls.get(who), speaker_spec.range):
                graph.remove((q, KG.speaker, who))
                report.speakers += 1
    for e in entities or []:
        if e.iri in report.retyped:
            e.cls = report.retyped[e.iri][1]
    return report


def _evidence(graph: Graph, node, r: Retype) -> bool:
    if r.evidence == "label":
        return re.search(r.value, str(graph.value(node, RDFS.label) or "")) is not None
    if r.evidence == "office-title":
        return any(_office_title(str(t), r.value) for t in graph.objects(node, KG.title))
    return graph.value(node, KG[r.value]) is not None


def _office_title(title: str, cls: str) -> bool:
    """Whether the lexicon's titles.tsv gives ``title`` (or its last words: "Deputy Police
    Commissioner" -> "police commissioner") the class ``cls``."""
    from ..lexicon.load import load_lexicon

    lex, words = load_lexicon(), title.split()
    for i in range(len(words)):
        known = lex.title(" ".join(words[i:]))
        if known is not None:
            return known.cls == cls
    return False
