"""Namesakes: persons who share a name are told apart before the corpus joins them.

- ``middle_initials``: "George W. Bush" is not "George H. W. Bush".
- ``undecided_bare_names``: a bare name ("Cruz") in an article that names two or more persons of that
  name in full ("Ted Cruz", "Nikolas Cruz") is one of them, but the article's coreference could not say
  which; across the corpus it joins no other article's bare "Cruz" and no Cruz its article does not
  name (not the corpus's usual Cruz, Ted, beside Nikolas and Roger Cruz): unknown is better than a
  wrong person. Among its own article's namesakes, the corpus's usual bearer still wins ("Biden"
  beside Joe and Hunter Biden).
"""

from __future__ import annotations

from collections import defaultdict

from ..language.names import normalize
from .corefs import GROUP


def middle_initials(e) -> set[str]:
    """The middle initials a person's names give ("George W. Bush" -> {"w"}; none -> empty)."""
    out = set()
    for n in e.names:
        words = normalize(n).split()
        mids = "".join(w.rstrip(".") for w in words[1:-1] if len(w.rstrip(".")) == 1)
        if mids:
            out.add(mids)
    return out


def bare_person(e) -> bool:
    """A person the article names only by one word ("Cruz", "Nick")."""
    return GROUP[e.cls] == "person" and all(len(n.split()) == 1 for n in e.names)


def undecided_bare_names(locals_: list[tuple[str, object]]) -> dict[int, set[int]]:
    """For each bare person name (index into ``locals_``, (article id, local entity) pairs) whose own
    article names two or more persons in full with that word as their surname (not a first name: "Paul"
    beside "Rand Paul" and "Paul Manafort"; "Donald Trump" and "Donald J. Trump" are one), the indices
    of those persons: the only ones it may join across the corpus."""
    full: dict[str, list[int]] = defaultdict(list)  # article -> its persons named in full
    for k, (doc_id, e) in enumerate(locals_):
        if GROUP[e.cls] == "person" and not bare_person(e):
            full[doc_id].append(k)
    out: dict[int, set[int]] = {}
    for i, (doc_id, e) in enumerate(locals_):
        if not bare_person(e):
            continue
        mine = {k for k in full.get(doc_id, ()) if any(_surname(e.name, n) for n in locals_[k][1].names)}
        persons = {_first_last(locals_[k][1].name) for k in mine}
        if len(persons) >= 2:
            out[i] = mine
    return out


def _surname(word: str, full: str) -> bool:
    words = normalize(full).split()
    return len(words) > 1 and words[-1] == normalize(word)


def _first_last(name: str) -> tuple[str, str]:
    words = normalize(name).split()
    return words[0], words[-1]
