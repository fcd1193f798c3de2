"""Surnames that open with a particle ("St. Clair" of "Dana St. Clair", "Van Dyke" of "Dick Van Dyke"),
which the model types as places or organizations when they stand alone ("St. Clair said"): a mention of two
or more capitalized words opening with a surname particle (nameparser's prefixes; "St." for "st") that ends
the name of a person named in full in the article, after that person's given name and initials, is that
person's surname, a Person."""

from __future__ import annotations

from ..language.honorifics import is_particle
from ..language.names import given_before

GUESSED = ("Place", "Organization")


def particle_surnames(mentions: list[tuple[int, int, str, str]]) -> set[int]:
    """The indices of the mentions (start, end, name, label) to relabel Person."""
    persons = [m[2] for m in mentions if m[3] in ("Person", "Official") and len(m[2].split()) > 1]
    out = set()
    for i, (_, _, name, label) in enumerate(mentions):
        words = name.split()
        if (
            label in GUESSED
            and len(words) > 1
            and is_particle(words[0].rstrip("."))
            and all(w[:1].isupper() for w in words)
            and any(given_before(p, " " + name) for p in persons)
        ):
            out.add(i)
    return out
