"""Titles written in a clause after a name, for ``kg_titles``: appositions ("X, the sheriff of Y",
"X, of the Harbor Coalition") and relative clauses ("X, who leads ICE's Boston office")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

PERSON = ("Person", "Official")

BODIES = ("Agency", "Court", "Organization", "Place")

APPOS_NOT_START = ("ADV", "ADP", "SCONJ", "VERB", "AUX", "PRON", "PART", "CCONJ", "PUNCT")

PARTY_WORDS = frozenset({"Democratic", "Republican", "Democrat", "GOP", "Independent", "Libertarian"})


def _titles_another(doc: Doc, t_end: int) -> bool:
    """A title written right before a person's name belongs to that person, and so does a title of a
    body written before one: "X, Chairman of the House Judiciary Committee Bob Goodlatte"."""
    k = t_end
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        k += 1 + (doc[k + 1].lower_ == "the")
        body = _ent_at(doc, k) if k < len(doc) else None
        if body is None or body.label_ not in BODIES or body.start != k:
            return False
        k = body.end
    after = _ent_at(doc, k) if k < len(doc) else None
    return after is not None and after.label_ in ("Person", "Official") and after.start == k


def _ent_at(doc: Doc, i: int) -> Span | None:
    for e in doc.ents:
        if e.start <= i < e.end:
            return e
    return None


def _first_body(doc: Doc, start: int, stop: int, exclude=(0, 0)) -> Span | None:
    for e in doc.ents:
        if e.start >= start and e.end <= stop and e.label_ in BODIES and not (exclude[0] <= e.start < exclude[1]):
            return e
    return None


class ClauseTitles:
    """The apposition and relative-clause rules of :class:`kg.pipeline.titles.TitleFinder` (which provides
    ``_title_in``, ``_record`` and ``head_verbs``)."""

    def _apposition(self, doc: Doc, person: Span, ents: list[Span]) -> list[dict]:
        i = person.end
        while i < len(doc) and doc[i].text in (",", "—", "–", "-"):
            i += 1
        if i == person.end or i >= len(doc):
            return []
        stop = i
        while (
            stop < len(doc)
            and doc[stop].text not in (",", ".", ";", "—", "–", ":", "(", "“", '"')
            and not doc[stop].is_space
            and doc[stop].sent == person.sent
        ):
            stop += 1
        if doc[i].lower_ == "who":
            return self._relative(doc, person, i + 1, stop)
        if doc[i].lower_ == "of" and doc[i - 1].text == ",":  # "said Carlos Montes, of the Harbor Coalition"
            org = _first_body(doc, i + 1, stop)
            org = org if org is not None and org.label_ in ("Organization", "Agency") and org.start <= i + 2 else None
            return (
                [
                    {
                        "person": [person.start_char, person.end_char],
                        "title": None,
                        "role": "member",
                        "cls": "body",
                        "target": "",
                        "org": [org.start_char, org.end_char],
                        "sent": [person.sent.start_char, person.sent.end_char],
                        "rule": "of-apposition",
                    }
                ]
                if org
                else []
            )
        if doc[i].pos_ in APPOS_NOT_START or doc[i].lower_ in ("is", "was"):
            return []  # "X, even as a member of ...", "X, said ...": not an appositive noun phrase
        hit = self._title_in(doc, i, min(stop, i + 7))
        if hit is None or _titles_another(doc, hit[1]):
            return []
        t_start, t_end, entry = hit
        org = _first_body(doc, t_end, stop) or _first_body(doc, i, t_start)
        if (
            org is not None
            and org.label_ == "Place"
            and entry.target != "place"
            and not (t_end < len(doc) and doc[t_end].lower_ == "of" and org.start == t_end + 1)
        ):
            org = None  # "X, California Republican and chairman of ...": the state is not what X chairs
            # (but "X, the sheriff of San Francisco": the place the sheriff serves)
        rec = self._record(doc, person, t_start, t_end, entry, org, "title-apposition")
        if t_start > i and doc[t_start - 1].lower_ in ("a", "an"):
            rec["role"] = "member"  # "X, a leader with the coalition", "X, a director of Y": one of several
        possessor = (
            org is not None
            and org.start >= t_end
            and org.end < len(doc)
            and doc[org.end].tag_ == "POS"
            and any(t.pos_ == "NOUN" for t in doc[org.end + 1 : stop])
        )
        if org is not None and ((org.start >= t_end and any(t.pos_ == "NOUN" for t in doc[t_end : org.start])) or possessor):
            rec["role"] = "member"  # "co-chair of the litigation group at X", "chairman of the Senate's
            # immigration subcommittee": what they hold is part of X, not X
        return [rec]

    def _relative(self, doc: Doc, person: Span, start: int, stop: int) -> list[dict]:
        verb = next((t for t in doc[start:stop] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        org = _first_body(doc, verb.i + 1, stop)
        if verb.lemma_ in self.head_verbs and org is not None and org.label_ != "Place":
            return [
                {
                    "person": [person.start_char, person.end_char],
                    "title": None,
                    "role": "head",
                    "cls": "body",
                    "target": "",
                    "org": [org.start_char, org.end_char],
                    "sent": [person.sent.start_char, person.sent.end_char],
                    "rule": "role-relative-clause",
                }
            ]
        hit = self._title_in(doc, start, stop)
        if hit is None:
            return []
        t_start, t_end, entry = hit
        if _titles_another(doc, t_end):
            return []  # "X, who beat former Gov. Pat McCrory": the title is McCrory's
        return [self._record(doc, person, t_start, t_end, entry, org, "title-relative-clause")]
