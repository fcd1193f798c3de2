"""Namesakes: persons who share a name are told apart before the corpus joins them.

- ``middle_initials``: "George W. Bush" is not "George H. W. Bush".
- ``undecided_bare_names``: a bare name ("Cruz") in an article that names two or more persons of that
  name in full ("Ted Cruz", "Nikolas Cruz") is one of them, but the article's coreference could not say
  which; across the corpus it joins nobody (not the bare "Cruz" of another article, not the corpus's
  usual Cruz): unknown is better than a wrong person.
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


def undecided_bare_names(locals_: list[tuple[str, object]]) -> set[int]:
    """Indices into ``locals_`` ((article id, local entity) pairs) of the bare person names whose own
    article names two or more persons in full with that word as their surname (not a first name: "Paul"
    beside "Rand Paul" and "Paul Manafort" is the senator's surname, as the corpus's links decide)."""
    full: dict[str, list] = defaultdict(list)  # article -> its persons named in full
    for doc_id, e in locals_:
        if GROUP[e.cls] == "person" and not bare_person(e):
            full[doc_id].append(e)
    out = set()
    for i, (doc_id, e) in enumerate(locals_):
        if bare_person(e) and sum(any(_surname(e.name, n) for n in p.names) for p in full.get(doc_id, ())) >= 2:
            out.add(i)
    return out


def _surname(word: str, full: str) -> bool:
    words = normalize(full).split()
    return len(words) > 1 and words[-1] == normalize(word)
