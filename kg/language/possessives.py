"""A person named as a body's own: "CNN's Don Lemon", "the Heritage Foundation's Hans von Spakovsky",
"the FBI's James Comey" (``relations/possessive-member``: memberOf the body; heads, where the text says
so, comes from a title). Not when the name qualifies a noun after it ("the FBI's Hillary Clinton
investigation": what the body has is the investigation), nor a title between the two (the title rules
read "the NRA's executive vice president Wayne LaPierre")."""

from __future__ import annotations

POSSESSIVE = ("'s", "’s", "'", "’")


def possessed_person(owner, person) -> bool:
    """Whether ``person`` (an entity span) follows ``owner``'s possessive directly and names a
    person on its own, not a modifier of a noun after it."""
    doc = owner.doc
    if person.label_ not in ("Person", "Official") or person.start != owner.end + 1:
        return False
    if doc[owner.end].text not in POSSESSIVE or any(t.text == ":" for t in (*owner, *person)):
        return False
    if person[-1].dep_ == "compound" or (person.end < len(doc) and doc[person.end].pos_ in ("NOUN", "PROPN")):
        return False  # "the FBI's Hillary Clinton investigation"
    return len(person) > 1 or person[0].text[:1].isupper()
