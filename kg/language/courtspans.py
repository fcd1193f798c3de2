"""Where a court's name begins and ends, by courts-db: the entity step's span of a court name is
widened or narrowed to the words courts-db knows as one court's name.

- widened over the words around it that complete the name: "the 10th | U.S. Court of Appeals",
  "U.S. Court of Appeals | for the 5th Circuit";
- narrowed past words that are no part of it: "Monday's | Supreme Court decision", "the Obamacare |
  Supreme Court case", "President Obama's | Supreme Court nominee": the modifiers before a generic
  court name the lexicon knows ("Supreme Court"), when they name no place;
- "<Surname> Court" ("the Roberts Court", "the Pro-Corporate Warren Court"), whose last word before
  "Court" is the surname of a person the article names, is an era of a court named for its chief
  justice, not a court: no Court entity (a court courts-db names keeps its name);
- a name made only of "Court" and words that describe a court without naming one ("High Court",
  "Highest Court": ``generic_court_modifiers`` in gazetteer.json) names no one court and
  is no Court entity; nor is a bare "Court" unless the article names exactly one court.

Unknown stays unknown: a span no form of which courts-db resolves keeps its bounds.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

from .courts import ORDINAL_WORDS, court_id
from .personnames import PERSON, surname
from .places import us_name

MAX_LEFT = 2
MAX_RIGHT = 8
OPENERS = ("U.S.", "US", "Federal", "federal", "Circuit", *ORDINAL_WORDS)


def court_span(
    doc: Doc, ent: Span, taken: set[int], generic: Collection[str], places: set[str], modifiers: set[str]
) -> Span | None:
    """The span of the court ``ent`` names (``ent`` itself when nothing better is known), or None when
    ``ent`` names no court at all. ``taken``: tokens of other entities; ``generic``: court names the
    lexicon gives a meaning only alone ("Supreme Court"); ``places``: place names of the lexicon;
    ``modifiers``: words that with "Court" describe a court without naming one ("high")."""
    if court_id(ent.text) is not None:
        return ent
    if _era(doc, ent):
        return None  # "the Roberts Court": a court's years under a chief justice
    sent = ent.sent
    best = None
    starts = [ent.start]
    for i in range(ent.start - 1, max(sent.start, ent.start - MAX_LEFT) - 1, -1):
        if i in taken or not (doc[i].like_num or doc[i].text in OPENERS):
            break
        starts.append(i)
    ends = [ent.end]
    if ent.end < sent.end and doc[ent.end].lower_ in ("for", "of"):  # "... for the 5th Circuit", "... of Cook County"
        ends += [
            e for e in range(ent.end + 2, min(ent.end + MAX_RIGHT, sent.end) + 1) if doc[e - 1].is_title or doc[e - 1].like_num
        ]
    for start in starts:
        for end in ends:
            cand = doc[start:end]
            if (start, end) != (ent.start, ent.end) and court_id(cand.text) is not None:
                if best is None or len(cand) > len(best):
                    best = cand
    if best is not None:
        return Span(doc, best.start, best.end, label="Court")
    for k in range(1, len(ent)):  # "Monday's Supreme Court": the generic name after words that name no place
        tail, head = ent[k:], ent[:k]
        if tail.text in generic and not _names_place(head.text, places):
            return Span(doc, tail.start, tail.end, label="Court")
    if len(ent) > 1 and ent[-1].text == "Court" and all(t.lower_ in modifiers for t in ent[:-1]):
        return None  # "High Court", "Highest Court"
    return ent


def _era(doc: Doc, ent: Span) -> bool:
    """ "<...> Roberts Court" in an article naming a person (in two words or more) whose surname is
    "Roberts"."""
    if len(ent) < 2 or ent[-1].text != "Court" or not ent[-2].is_title:
        return False
    return any(e.label_ in PERSON and len(e) > 1 and surname(e).text == ent[-2].text for e in doc.ents)


def _names_place(text: str, places: set[str]) -> bool:
    words = text.replace("'s", "").replace("’s", "").split()
    return any(
        us_name(" ".join(words[i:j])) or " ".join(words[i:j]) in places
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def lone_courts(spans: list[Span], identity) -> list[Span]:
    """``spans`` without a bare "Court" unless the other spans name exactly one court (``identity``:
    the court a name means, the same for all its names): "the Court" of an article naming the Supreme
    Court and a circuit court is neither, nor that of an article naming its court by acronym alone
    ("SCOTUS"), which no coreference rule joins to it."""
    named = [s for s in spans if s.label_ == "Court" and s.text != "Court"]
    if len({identity(s.text) for s in named}) == 1 and any(len(s) > 1 for s in named):
        return spans  # (the court named in words, not only by an acronym, that "the Court" can join)
    return [s for s in spans if not (s.label_ == "Court" and s.text == "Court")]
