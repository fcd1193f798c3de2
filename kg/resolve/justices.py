"""A justice of the Supreme Court named without a title but with the court: "clerked for X on the Supreme
Court", "to replace the late X on the Supreme Court", "with X on the U.S. Supreme Court", "X's seat on the
Supreme Court". X, named in full, is on the lexicon's list of the court's justices (``federal_officers.tsv``,
kg.lexicon.holders) and the court written right after "on the" (or "of the") is the U.S. Supreme Court:
X is a member of it (issue 15). Not "nominated X to the Supreme Court" (a nomination, perhaps never
confirmed), nor a person the list does not hold ("the first woman on the Supreme Court"), nor one whose
title already put them in a court of the article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..core.records import Fact
from ..lexicon.holders import JUSTICE, federal_offices
from ..lexicon.load import load_lexicon
from .articlefacts import evidence
from .corefs import Clusters

SUPREME_COURT = "Supreme Court of the United States"
_ON_THE = re.compile(r"(?:['’]s? seat)? (?:on|of) the ((?:U\.S\.|United States) )?")


def justice_facts(doc: Doc, clusters: Clusters, facts: list[Fact], text: str) -> list[Fact]:
    """X memberOf the U.S. Supreme Court for a listed justice written "X on the Supreme Court"."""
    lex = load_lexicon()
    placed = {f.subj for f in facts if f.prop in ("heads", "memberOf") and f.obj and clusters.label_of(f.obj) == "Court"}
    courts = {m[0]: i for i, m in enumerate(clusters.mentions) if m[3] == "Court"}
    out: list[Fact] = []
    justices: dict[int, bool] = {}  # per entity, once: its name is a listed justice's
    for i, (start, end, _, label) in enumerate(clusters.mentions):
        if label not in ("Person", "Official") or not _ON_THE.match(text, end):
            continue
        root = clusters.find(i)
        person = clusters.key_of(root)
        if root not in justices:
            name = clusters.name_of(root)
            justices[root] = " " in name and JUSTICE in federal_offices(name)
        if person in placed or not justices[root]:
            continue
        m = _ON_THE.match(text, end)
        at = [m.start(1), m.end()] if m and m.group(1) else [m.end()] if m else []
        court = next((courts[a] for a in at if a in courts), None)  # "on the U.S. Supreme Court": either start
        if court is None:
            continue
        org = clusters.key_of(clusters.find(court))
        court_name = clusters.name_of(clusters.find(court))
        body = lex.body(court_name)
        if (body.name if body is not None else load_lexicon().generic_owners().get(court_name)) != SUPREME_COURT:
            continue  # "the Supreme Court" alone: the U.S. one, as the lexicon's generic name says
        span = doc.char_span(start, end, alignment_mode="expand")
        sent = span.sent if span is not None else None
        ev = evidence(text, sent.start_char, sent.end_char) if sent is not None else evidence(text, start, end)
        out.append(Fact(person, "memberOf", ev, obj=org, rule="listed-justice-on-court", component="articlefacts"))
        placed.add(person)
    return out
