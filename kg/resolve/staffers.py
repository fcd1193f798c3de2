"""Who works for a legislature holds no office in it (issue 15): "X, the majority counsel for the House
Intelligence Committee", "a Senate aide, X", "X, the committee's staff director" are Persons, as a senator's
spokesman is, in the references and by the scoring rules' "holds a public office"; a legislator holds a seat,
their staff a job. A staff title (``staff_titles`` in legislatures.json: chief of staff, counsel, aide, ...)
held in Congress, a state legislature, one of their chambers or a chamber's committee makes its holder no
Official, and no namesake of a listed legislator either. A White House or department staffer is untouched."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.legislatures import legislative_names
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .committees import chamber_committee


def as_staff(t: dict, body: str | None) -> dict:
    """The title finding ``t``, its class Person when it is a staff title held in the legislative body named
    ``body``; else ``t`` unchanged."""
    title = (t.get("title") or "").lower()
    if body is None or t.get("cls") != "body" or not any(title == s or title.endswith(" " + s) for s in _staff_titles()):
        return t
    return {**t, "cls": "Person"} if legislative(body) else t


def legislative(body: str) -> bool:
    """Whether ``body`` names a legislature, one of its chambers or a chamber's committee."""
    if body in legislative_names() or chamber_committee(body):
        return True
    lex = load_lexicon()
    found = lex.body(body)
    return found is not None and any(b.name in legislative_names() for b in (found, *lex.ancestors(found)))


@lru_cache(maxsize=1)
def _staff_titles() -> tuple[str, ...]:
    return tuple(load_json("legislatures.json")["staff_titles"])
