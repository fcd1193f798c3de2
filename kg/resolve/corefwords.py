"""The words and names in-article coreference (:mod:`kg.resolve.corefs`) reads from the lexicon: head nouns,
generic body words, law heads, title words, every lexicon name with its canonical name, and the
department a "<Department> Secretary" title names."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json


@lru_cache(maxsize=1)
def law_heads() -> frozenset[str]:
    """ "Act", "Amendment", "Code": alone, a kind of law, not the short name of one."""
    return frozenset(load_json("entity_patterns.json")["law_heads"])


@lru_cache(maxsize=1)
def heads() -> frozenset[str]:
    """Head nouns of body names ("Court", "Department", "Council")."""
    heads = load_json("entity_patterns.json")["heads"]
    return frozenset(w.split()[-1] for k in ("agency", "agency_office", "court", "organization") for w in heads[k])


@lru_cache(maxsize=1)
def generic() -> frozenset[str]:
    """Words that name a kind of body, not one body ("House", "Court"): never a short name."""
    data = load_json("entity_patterns.json")
    heads = data["heads"]
    return frozenset(
        w
        for ws in (heads["agency"], heads["agency_office"], heads["court"], data["civic_prefixes"], data.get("generic_words", []))
        for w in ws
    )


@lru_cache(maxsize=1)
def lexicon_names() -> dict[str, str]:
    """Every lexicon name, alias and acronym -> the body's or place's canonical name."""
    out = {}
    lex = load_lexicon()
    for b in lex.named:
        for n in b.names:
            out.setdefault(n, b.name)
    for p in lex.places:
        for n in p.aliases:
            if not (p.ambiguous and n.isupper()):
                out.setdefault(n, p.label)
    return out


def lexicon_court(name: str) -> str | None:
    """The lexicon's name of the court ``name`` names by courts-db ("9th Circuit Court of Appeals" ->
    "U.S. Court of Appeals for the Ninth Circuit"): the spellings courts-db knows need no alias row."""
    body = load_lexicon().body(name)
    return body.name if body is not None and body.cls == "Court" else None


def department_before_secretary(doc: Doc, e, lex: dict[str, str]) -> str | None:
    """ "Defense Secretary X", "Homeland Security Secretary X": the words before "Secretary" name a
    department the lexicon knows as "<words> Department" or "Department of <words>"."""
    if e.label_ not in ("Organization", "Agency", "Place") or e.end >= len(doc) or doc[e.end].text not in ("Secretary", "Sec."):
        return None
    for form in (f"{e.text} Department", f"Department of {e.text}", f"Department of the {e.text}"):
        if form in lex:
            return lex[form]
    return None


@lru_cache(maxsize=1)
def title_words() -> set[str]:
    words = set()
    for t in load_lexicon().titles:
        words.add(t.title.lower())
        words.update(a.lower().rstrip(".") for a in t.aliases)
    return words


def heads_body(name: str, ws: list[str]) -> bool | None:
    """``name`` is the head word of the body named ``ws`` ("Texas Senate", "Department of Justice"),
    not a word modifying it ("Senate Judiciary Committee": a committee of the Senate). A name's first
    word is its head before "of" or another lower-case word ("Center for Medical Progress"); before a
    name ("Senate Appropriations", "Senate Conservatives Fund") it is neither (None): a rival of the
    Senate's other bodies, never joined to that one."""
    if name not in ws or ws[-1] == name:
        return name in ws
    first = ws.index(name) == 0
    if first and "of" not in ws and not ws[1][:1].islower():
        return None if ws[-1] not in generic() else False
    return ws[-1] not in generic() or first and "of" in ws
