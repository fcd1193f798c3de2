"""A case citation's year as its ruling's decision date: "Roe v. Wade, 410 U.S. 113 (1973)" ->
decisionDate 1973, when the article gives the ruling no other date (eyecite reads the year)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..core.records import Fact, LocalEntity
from ..language.citations import citation_of, citation_spans
from .articlefacts import evidence


def citation_dates(doc: Doc, clusters, facts: list[Fact], text: str) -> list[Fact]:
    dated = {f.subj for f in facts if f.prop == "decisionDate"}
    rulings = [e for e in doc.ents if e.label_ == "CourtRuling"]
    out = []
    for start, _, cls, cite, end in citation_spans(text):
        found = citation_of(text[cite:end]) if cls == "CourtRuling" else None
        if found is None or found[1] is None:
            continue
        ruling = next((r for r in rulings if r.start_char <= start < r.end_char or 0 <= cite - r.end_char <= 3), None)
        key = clusters.key_for((ruling.start_char, ruling.end_char), text, "CourtRuling") if ruling is not None else None
        if key is None or key in dated:
            continue
        sent = ruling.sent
        out.append(
            Fact(key, "decisionDate", evidence(text, sent.start_char, sent.end_char), value=found[1], rule="citation-year")
        )
        dated.add(key)
    return out


def with_citations(entities: list[LocalEntity], text: str) -> list[LocalEntity]:
    """A ruling named by its parties and its citation ("Roe v. Wade, 410 U.S. 113 (1973)") has the
    normalized citation among its names, so that it is one node with the ruling cited by number alone."""
    rulings = [e for e in entities if e.cls == "CourtRuling"]
    for start, _, cls, cite, end in citation_spans(text) if rulings else []:
        found = citation_of(text[cite:end]) if cls == "CourtRuling" else None
        for e in rulings if found else []:
            if found[0] not in e.names and any(ms <= start < me or 0 <= cite - me <= 3 for ms, me in e.mentions):
                e.names.append(found[0])
    return entities
