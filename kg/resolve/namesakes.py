"""When corpus resolution keeps two clusters of one name apart: persons of different middle initials
("George W. Bush" / "George H. W. Bush"), places qualified with different states ("Springfield,
Illinois" / "Springfield, Missouri"), and a person whose articles give only a private job (a member or
head of an organization that is no party) from an official of the same name ("Daniel Webster, a
researcher at a university's center" is not Rep. Daniel Webster). The last is the corpus-wide form of
the namesake gate of :mod:`kg.resolve.listed`: a person who is both (a former official at a think tank,
named so in one article) joins when some article already ties the two."""

from __future__ import annotations

from ..core.records import Extraction
from ..language.descriptors import party_words

PRIVATE, OFFICIAL = "private", "official"


def person_kinds(extractions: list[Extraction]) -> dict[int, frozenset[str]]:
    """Per local entity (its index in the corpus's list of local entities): "official" for an Official,
    "private" for a person its article makes a member or head of an organization that is no party."""
    out: dict[int, frozenset[str]] = {}
    i = 0
    for x in extractions:
        cls = {e.key: e.cls for e in x.entities}
        names = {e.key: e.name for e in x.entities}
        private = {
            f.subj
            for f in x.facts
            if f.prop in ("memberOf", "heads")
            and cls.get(f.subj) in ("Person", "Official")
            and cls.get(f.obj) == "Organization"
            and not _party(names.get(f.obj, ""))
        }
        for e in x.entities:
            kinds = ({OFFICIAL} if e.cls == "Official" else set()) | ({PRIVATE} if e.key in private else set())
            if kinds:
                out[i] = frozenset(kinds)  # both: "former Rep. X, now president of Y" ties the two
            i += 1
    return out


def _party(name: str) -> bool:
    return name.split()[-1:] == ["Party"] or name.removesuffix("s") in party_words()


def kept_apart(group: str, a: int, b: int, initials_of: dict, states_of: dict, kinds: dict) -> bool:
    """Whether the clusters ``a`` and ``b`` stay apart though a key of theirs is the same."""
    ia, ib = initials_of.get(a, set()), initials_of.get(b, set())
    if group == "person" and ia and ib and not ia & ib:
        return True  # "George W. Bush" is not "George H. W. Bush"
    if states_of.get(a) and states_of.get(b) and not states_of[a] & states_of[b]:
        return True  # "Springfield, Illinois" is not "Springfield, Missouri"
    ka, kb = kinds.get(a, frozenset()), kinds.get(b, frozenset())
    return group == "person" and ({ka, kb} == {frozenset({PRIVATE}), frozenset({OFFICIAL})})


def absorb(into: int, other: int, *tables: dict) -> None:
    """The merged cluster ``into`` carries what both carried in each table."""
    for t in tables:
        t[into] = t.get(into, frozenset()) | t.get(other, frozenset())
