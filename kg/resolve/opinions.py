"""A ruling a judge of the article wrote in: "Justice X wrote in Doe v. Roe", "declared Justice X in Doe v.
Roe", "X, writing for the majority in Doe v. Roe" (issue 15). X's title in the article put X in one court
(a ``memberOf`` or ``heads`` fact to a Court): the ruling was decided by that court. The verb is one of
speech or writing (``speech_verbs.txt``) whose "in" names the ruling; its subject, or the person it
describes, is X. Not a ruling whose court the article already gives, nor one of a judge the article
puts in no court or in several.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..core.records import Fact
from ..language.speechverbs import speech_lemmas
from .articlefacts import evidence
from .corefs import Clusters

RULE = "judge-wrote-in-ruling"


def opinion_facts(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """Ruling decidedBy the one court of the judge who wrote in it (see the module)."""
    courts: dict[str, set[str]] = {}
    for f in facts:
        if f.prop in ("memberOf", "heads") and f.obj and clusters.label_of(f.obj) == "Court":
            courts.setdefault(f.subj, set()).add(f.obj)
    if not courts:
        return []
    decided = {f.subj for f in facts if f.prop == "decidedBy"}
    out: list[Fact] = []
    for e in doc.ents:
        prep = e.root.head
        if e.label_ != "CourtRuling" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.dep_ == "nsubj":  # '"...," declared Justice X in Doe v. Roe': "in" hangs on the name
            verb, subjects = verb.head, [verb]
        else:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ in ("acl", "advcl") else [])
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_lemmas():
            continue
        judge = _person(clusters, subjects[0]) if len(subjects) == 1 else None
        held = courts.get(judge, set()) if judge else set()
        ruling = clusters.key_for((e.start_char, e.end_char), text, None)
        if len(held) != 1 or ruling is None or ruling in decided or clusters.label_of(ruling) != "CourtRuling":
            continue
        sent = e.sent
        court = next(iter(held))
        out.append(
            Fact(
                ruling,
                "decidedBy",
                evidence(text, sent.start_char, sent.end_char),
                obj=court,
                rule=RULE,
                component="articlefacts",
            )
        )
        decided.add(ruling)
    return out


def _person(clusters: Clusters, token: Token) -> str | None:
    """The one person named in ``token``'s phrase ("Justice Oliver Wendell Holmes Jr.")."""
    s, e = min(t.idx for t in token.subtree), max(t.idx + len(t) for t in token.subtree)
    found = {
        clusters.key_of(clusters.find(i))
        for i, m in enumerate(clusters.mentions)
        if m[3] in ("Person", "Official") and s <= m[0] and m[1] <= e
    }
    return found.pop() if len(found) == 1 else None
