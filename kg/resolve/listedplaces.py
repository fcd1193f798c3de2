"""Towns in a list of places that the model took for persons or organizations ("households in Glendale,
Fairview, Lakeside, Millbrook and Oakdale"): a list writes items of one kind, so in a list of three names
or more, most of them places (labelled Place or known to the gazetteer as a US city, county or state), a
name the model called a person or an organization is a place when the gazetteer knows it and a place
neighbours it in the list, or, unknown to the gazetteer, when places stand on both sides of it. A name any
mention gives a title ("Mr. Lakeside"), or that names a person of the article named in full, stays a person."""

from __future__ import annotations

import re

from ..language.names import names_person
from ..language.places import us_name
from .cuedplaces import GUESSED, _titled

JOINT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
"""What separates two items of a list: a comma, ", and", " and"."""

MIN_ITEMS = 3


def listed_places(text: str, mentions: list[tuple[int, int, str, str]]) -> set[int]:
    """The indices of the mentions (start, end, name, label) to relabel Place."""
    runs = []
    for run in _runs(text, mentions):
        placed = [mentions[i][3] == "Place" or us_name(mentions[i][2]) for i in run]
        if len(run) >= MIN_ITEMS and 2 * sum(placed) > len(run):
            runs.append((run, placed))
    persons = [m[2] for m in mentions if m[3] in ("Person", "Official") and len(m[2].split()) > 1]
    titled = {m[2] for m in mentions if _titled(text, m)}
    out: set[int] = set()
    for run, placed in runs:
        for k, i in enumerate(run):
            name, label = mentions[i][2], mentions[i][3]
            if (
                label not in GUESSED
                or name in titled
                or any(names_person(w, p) for w in name.split() for p in persons if p != name)
            ):
                continue
            sides = [placed[k - 1] if k > 0 else None, placed[k + 1] if k + 1 < len(run) else None]
            if (us_name(name) and True in sides) or sides.count(True) == 2 and _town_shaped(name):
                out.add(i)
    names = {mentions[i][2] for i in out}
    return {i for i, m in enumerate(mentions) if m[2] in names and m[3] in GUESSED and not _titled(text, m)}


def _runs(text: str, mentions) -> list[list[int]]:
    """Chains of mentions written one after another with only a list's joint between them."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i][0])
    runs: list[list[int]] = []
    for i in order:
        prev = runs[-1][-1] if runs else None
        if prev is not None and JOINT.fullmatch(text[mentions[prev][1] : mentions[i][0]]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _town_shaped(name: str) -> bool:
    """One to three capitalized words, no digits: a town's name, not a phrase."""
    words = name.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
