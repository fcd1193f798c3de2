"""Who held a national office on the article's date (the corpus ``date`` field), joined to an article's
extraction after it (the extraction is a pure function of the text; the date is metadata):

- "President X" (the title anywhere in the article, on X's entity) where X is on the list of U.S.
  presidents with a term covering the date (``officeholders.json``, ``terms``) and the article names the
  United States (by any of its names): X heads the United States, evidence the sentence of the title. A
  former president, or an article with no date, gets no fact here (kg.resolve.roles reads the text);
- "Attorney General X", "Secretary X", "Labor Secretary X": a title of a principal federal office whose
  phrase named no body kg found, held by a person whose term of that office (``federal_officers.tsv``)
  covers the date: X heads the office's department (``departments`` of officeholders.json) when the
  article names it.

Not done: keeping a person whom only the list of federal officers types Official (kg.resolve.listed) a
Person in an article dated before their first listed office began. Measured on 550 articles of the
corpus it retyped 6 persons, 3 of them wrongly (a list's first office is often not its holder's first
public office: a mayor, a state commissioner, a deputy administrator before it).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..core.records import Document, Extraction, Fact, LocalEntity
from ..lexicon.holders import federal_terms
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from ..lexicon.terms import article_day, covers, sitting_president

PEOPLE = ("Person", "Official")
COUNTRY = "United States"


def with_terms(x: Extraction, doc: Document) -> Extraction:
    """``x`` with the facts and types of this module for ``doc``'s date (a new object; ``x`` is unchanged)."""
    day = article_day(doc.date)
    if day is None:
        return x
    entities = {e.key: e for e in x.entities}
    new = president_facts(x, entities, day) + department_facts(x, entities, day)
    if not new:
        return x
    heads = {f.subj for f in new}
    ents = [replace(e, cls="Official") if e.key in heads else e for e in x.entities]
    return replace(x, entities=ents, facts=x.facts + new)


def president_facts(x: Extraction, entities: dict[str, LocalEntity], day: str) -> list[Fact]:
    """X heads the United States: "President X" in office on ``day``, in an article naming the country."""
    lex = load_lexicon()
    country = [e.key for e in x.entities if e.cls == "Place" and any(_place(lex, n) == COUNTRY for n in e.names)]
    if not country:
        return []
    out = []
    for f in _titles(x, lambda v: v == "president"):
        e = entities.get(f.subj)
        if e is None or e.cls not in PEOPLE or _heads(x, f.subj, country) or not sitting_president(e.names, day):
            continue
        out.append(Fact(f.subj, "heads", f.evidence, obj=country[0], rule="president-in-term", component="terms"))
    return _first_each(out)


def department_facts(x: Extraction, entities: dict[str, LocalEntity], day: str) -> list[Fact]:
    """X heads the department of the principal federal office a title with no body names, held on ``day``."""
    lex = load_lexicon()
    named: dict[str, str] = {}
    for e in x.entities:
        if e.cls == "Agency":
            for n in e.names:
                body = lex.body(n)
                named.setdefault(body.name if body is not None else n, e.key)
    out = []
    for f in _titles(x, lambda v: v in _office_of_title()):
        e = entities.get(f.subj)
        if e is None or e.cls not in PEOPLE or " " not in e.name or _body_from(x, f):
            continue
        offices = {o for o, start, end in federal_terms(e.name) if covers(start, end, day)}
        for office in sorted(offices & _office_of_title()[f.value.lower()]):
            dept = named.get(_departments()[office]["body"])
            if dept is not None and not _heads(x, f.subj, [dept]):
                out.append(Fact(f.subj, "heads", f.evidence, obj=dept, rule="federal-office-in-term", component="terms"))
    return _first_each(out)


def _titles(x: Extraction, keep) -> list[Fact]:
    return [f for f in x.facts if f.prop == "title" and f.value and keep(f.value.strip().lower())]


def _heads(x: Extraction, subj: str, objs: list[str]) -> bool:
    return any(f.prop == "heads" and f.subj == subj and f.obj in objs for f in x.facts)


def _body_from(x: Extraction, title: Fact) -> bool:
    """Whether the title's phrase put its holder in a body already (a heads or memberOf of its sentence)."""
    return any(
        f.prop in ("heads", "memberOf") and f.subj == title.subj and f.evidence.start == title.evidence.start for f in x.facts
    )


def _first_each(facts: list[Fact]) -> list[Fact]:
    """One fact per subject and object: the first sentence's."""
    seen, out = set(), []
    for f in facts:
        if (f.subj, f.obj) not in seen:
            seen.add((f.subj, f.obj))
            out.append(f)
    return out


def _place(lex, name: str) -> str | None:
    p = lex.place(name)
    return p.name if p is not None else None


@lru_cache(maxsize=1)
def _departments() -> dict:
    return load_json("officeholders.json")["departments"]


@lru_cache(maxsize=1)
def _office_of_title() -> dict[str, frozenset[str]]:
    """Each title kg writes (lower case) -> the offices of ``departments`` it may stand for."""
    out: dict[str, set[str]] = {}
    for office, d in _departments().items():
        for t in d["titles"]:
            out.setdefault(t, set()).add(office)
    return {t: frozenset(o) for t, o in out.items()}
