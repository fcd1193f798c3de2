"""Titles a descriptor gives: "“...,” the Kentucky senator says" names Rand Paul, whom the text titles nowhere,
by the title of the chamber ``legislators.tsv`` lists him in (:mod:`kg.language.descriptors` decides whom a
descriptor names); the sentence then titles him "senator" as "Sen. Rand Paul" would."""

from __future__ import annotations

from spacy.tokens import Span, Token


def note_descriptor_title(person: Span, role: str, t: Token) -> None:
    """A title record (``doc._.kg_titles``, rule "title-descriptor") for the listed member of Congress a descriptor
    with a chamber's title names: "“...,” the Kentucky senator says" titles Rand Paul "senator" in that sentence."""
    doc = t.doc
    if not doc.has_extension("kg_titles") or doc._.kg_titles is None:
        return
    at = [t.idx, t.idx + len(t.text)]
    if any(r.get("at") == at for r in doc._.kg_titles):
        return
    rec = {"person": [person.start_char, person.end_char], "title": role.capitalize(), "role": "member", "cls": "Official"}
    rec |= {"target": "legislature", "body": "", "org": None, "sent": [t.sent.start_char, t.sent.end_char], "at": at}
    doc._.kg_titles.append({**rec, "rule": "title-descriptor"})
