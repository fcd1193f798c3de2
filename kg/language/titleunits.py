"""Which of two bodies written after a title the title is of: a unit, or the body the unit belongs to.

- "the director of Pediatric Neurosurgery at Johns Hopkins Hospital": a body after the title followed by
  "at" and another body (not a place) is a unit of that one (``unit_at`` gives the one it is at);
- "deputy director of the ACLU's Immigrants' Rights Project", "a senior fellow at the Brookings
  Institution's Metropolitan Policy Program": a body written as another body's possession is the body the
  title is of (``owned_unit``); the owner is the body it is part of, not the post's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .titlenames import ent_at
from .titleties import fragment

_UNITS = ("Agency", "Court", "Organization")


def unit_at(doc: Doc, org: Span, t_end: int, stop: int) -> Span | None:
    """The body a unit named after the title is at ("director of Pediatric Neurosurgery at X": X)."""
    if org.start < t_end or org.end + 1 >= stop or doc[org.end].lower_ != "at":
        return None
    after = ent_at(doc, org.end + 1) or (ent_at(doc, org.end + 2) if doc[org.end + 1].lower_ == "the" else None)
    return after if after is not None and after.label_ in _UNITS else None


def owned_unit(doc: Doc, org: Span, t_end: int, stop: int) -> Span | None:
    """The body ``org`` owns, written right after its possessive within the title's clause ("the ACLU's
    Immigrants' Rights Project"); None when what follows is no named body ("the FBI's Boston office", "the
    Senate's immigration subcommittee": part_of_body reads those) or a piece of a longer name."""
    if org.start < t_end or org.label_ == "Place" or org.end + 1 >= stop or doc[org.end].tag_ != "POS":
        return None
    unit = ent_at(doc, org.end + 1)
    if unit is None or unit.start != org.end + 1 or unit.end > stop or unit.label_ not in _UNITS or fragment(doc, unit):
        return None
    after = doc[unit.end + 1] if unit.end + 1 < len(doc) and doc[unit.end].text == "," else None
    if after is not None and after.text[:1].isupper() and after.ent_type_ not in ("Person", "Official"):
        return None  # "the ACLU's Speech, Privacy, and Technology Project": a name the model cut at its first comma
    return unit
