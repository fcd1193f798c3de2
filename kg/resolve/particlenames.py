"""Surnames that open with a particle ("St. Clair" of "Dana St. Clair", "Van Dyke" of "Dick Van Dyke"),
which the model types as places or organizations when they stand alone ("St. Clair said"): a mention of two
or more capitalized words opening with a surname particle (nameparser's prefixes; "St." for "st") that ends
the name of a person named in full in the article, after that person's given name and initials, is that
person's surname, a Person. So is a one-word surname that is a place's or a body's name when it speaks
("Israel told CNN" after "Sheriff Scott Israel")."""

from __future__ import annotations

from ..language.honorifics import is_particle
from ..language.names import given_before
from ..language.speechverbs import speech_lemmas

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


def speaking_surnames(doc, mentions: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """The one-word mentions typed Place or Organization that end the name of a person named in full in the
    article and speak, by index, with the surname: a quotation's speaker ("“...,” Israel told CNN" after "Sheriff
    Scott Israel") or the subject of a speech verb ("Nunes denied it" after "Devin Nunes"); so is the surname
    after an owner's possessive ("Cornell’s Yale-Loehr agrees": "Yale-Loehr"). A country that said something in
    an article naming no person of its name stays a place."""
    persons = [
        m[2] for m in mentions if m[3] in ("Person", "Official") and len(m[2].split()) > 1 and not m[2].split()[0].isupper()
    ]
    if not persons:  # not "SAM Illinois" of a caption's credit
        return {}
    speakers = {tuple(q["speaker"]) for q in doc._.kg_quotes or [] if q.get("speaker")}
    verbs = speech_lemmas()
    out = {}
    for i, (s, e, name, label) in enumerate(mentions):
        words = name.split()
        owned = len(words) == 2 and words[0].endswith(("'s", "’s"))  # "Cornell’s Yale-Loehr": the school's professor
        if label not in GUESSED or (len(words) > 1 and not owned) or not any(given_before(p, " " + words[-1]) for p in persons):
            continue
        span = doc.char_span(s, e)
        head = span.root.head if span is not None else None
        said = head is not None and span.root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in verbs
        if (s, e) in speakers or said:
            out[i] = words[-1]
    return out
