"""Committees of Congress and their chambers, read off one article.

A committee the lexicon knows as part of a chamber of Congress (bodies.tsv: every standing committee
of the House and the Senate, by the names that mean it alone: "the House Energy and Commerce
Committee", "the Senate Finance Committee", "the HELP Committee", never a bare "Judiciary
Committee"; written in capitals or, as news often does, not: "the House intelligence committee") is
part of that chamber, whether or not the article names the chamber (in an article on one state's
legislature that never speaks of Congress, only when written "U.S." or "United States"). Whoever chairs such a committee
(heads it), or is a party's senior member on it (kg.resolve.committeeroles), sits in its chamber; so does
a member of it whom a title of that chamber's legislators names ("Sen. X, a member of the Senate Banking
Committee"; not a staffer: "X, counsel to the committee"). Evidence: the committee's first sentence, and the chair's own fact's sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..core.records import Fact
from ..language.committeenames import committee_tails
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .chambers import _FEDERAL as _CONGRESS_CUES
from .chambers import _STATE as _STATE_CUES
from .chambers import _names_chamber, _title_entry
from .listedchambers import chamber_word, congress_chamber_cues


def committee_facts(doc: Doc, roots, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """partOf facts from congressional committees to their chamber, and memberOf from their chairs."""
    clusters = roots.clusters
    lex = load_lexicon()
    federal = load_json("legislatures.json")["federal"]
    chambers = {federal[k][0]: k for k in ("upper", "lower")}
    have = {(f.subj, f.obj) for f in facts if f.prop == "partOf"}
    out: list[Fact] = []
    chamber_of: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    state_only = _STATE_CUES.search(text) is not None and _CONGRESS_CUES.search(text) is None
    for r in sorted(roots.spans, key=lambda r: roots.spans[r][0]):
        if roots.label[r] != "Agency":
            continue
        body = lex.body(roots.name[r]) or lex.body(capitalized(roots.name[r]))
        kind = chambers.get(body.parent) if body is not None and body.parent else None
        if kind is None:
            continue
        s, e = roots.spans[r][0]
        sent = doc.char_span(s, e, alignment_mode="expand").sent
        if state_only and not any(_FEDERAL.match(text, a) for a, _ in roots.spans[r]):
            if clusters._state_of({"sent": [sent.start_char, sent.end_char]}) is not None:
                continue  # "the Senate Appropriations Committee" in an article on California's legislature
        chamber = clusters.body_named(federal[kind], {"at": [s, e], "person": [s, e]})
        chamber_of[roots.key[r]], kind_of[roots.key[r]] = chamber, kind
        if (roots.key[r], chamber) in have:
            continue
        out.append(
            Fact(roots.key[r], "partOf", evidence(text, sent.start_char, sent.end_char), obj=chamber, rule="committee-of-chamber")
        )
    kinds = {}  # the chambers a person's legislator titles seat them in ("Sen. X": upper)
    for f in facts:
        if f.prop == "title" and (seat := _title_entry(f.value or "")) and seat[1] != "state":
            kinds.setdefault(f.subj, set()).add(seat[0])
    for f in facts:
        if (f.prop == "heads" or f.rule == "committee-senior-member") and f.obj in chamber_of:
            out.append(Fact(f.subj, "memberOf", f.evidence, obj=chamber_of[f.obj], rule="committee-chair-in-chamber"))
        elif f.prop == "memberOf" and f.obj in chamber_of and kind_of[f.obj] in kinds.get(f.subj, ()):
            out.append(Fact(f.subj, "memberOf", f.evidence, obj=chamber_of[f.obj], rule="committee-member-in-chamber"))
    return out


_FEDERAL = re.compile(r"(?:the )?(?:U\.?S\.?|United States) ")


def chamber_committee(name: str) -> bool:
    """Whether ``name`` names a committee of a chamber of Congress or of a state legislature, whatever class
    the model gave it: "House Foreign Relations Committee", "the House intelligence committee" (an Agency).
    The chamber words are the last words of the chambers' names in ``legislatures.json`` ("Senate",
    "House", "Assembly"); "White House Committee on X" and "Opera House Committee" are no chamber's."""
    return _pattern().match(name) is not None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = load_json("legislatures.json")
    names = [n for k in ("upper", "lower") for n in data["federal"][k]]
    names += [n for s in data["states"].values() for k in ("upper", "lower") for n in s[k]]
    words = sorted({n.split()[-1] for n in names if len(n.split()) < 2 or n.split()[-2] != "of"})
    return re.compile(r"^(?:U\.S\. |US |United States )?(?:" + "|".join(words) + r")(?: [\w&'’-]+){1,6} [Cc]ommittee$")


def capitalized(name: str) -> str:
    """A chamber committee's name as the lexicon writes it, when news writes it in lower case ("the House
    intelligence committee" -> "House Intelligence Committee"); any other name unchanged."""
    if not chamber_committee(name):
        return name
    return " ".join(w if w in _SMALL_WORDS or not w[:1].islower() else w[:1].upper() + w[1:] for w in name.split())


_SMALL_WORDS = frozenset(("and", "of", "on", "the", "for"))


def committee_short_forms(mentions: list[tuple]) -> dict[int, list[int]]:
    """For each mention of a committee named without its chamber ("the Intelligence Committee"), the
    mentions of chamber committees whose names end with it ("the House Intelligence Committee")."""
    fulls = [(j, m[2]) for j, m in enumerate(mentions) if m[2].endswith(" Committee") and chamber_committee(m[2])]
    out: dict[int, list[int]] = {}
    for i, (_, _, name, label) in enumerate(mentions):
        if label not in ("Agency", "Organization") or not name.endswith(" Committee") or chamber_committee(name):
            continue  # (short_committee's own tests, once per mention and not once per pair)
        if hits := [j for j, f in fulls if f.endswith(" " + name)]:
            out[i] = hits
    return out


def short_committee(name: str, names: list[str]) -> bool:
    """``name`` is one of ``names``, chamber committees, without its chamber ("Judiciary Committee" of "House
    Judiciary Committee"), or a committee of Congress's name without its chamber (``committee_tails``: of
    "U.S. Senate Committee on the Judiciary" the article named so): a name every chamber's committee could
    have, never a key across articles."""
    return (
        name.endswith(" Committee")
        and not chamber_committee(name)
        and (any(f.endswith(" " + name) and chamber_committee(f) for f in names) or name in _tails())
    )


def _ends(fulls: list[str], name: str) -> bool:
    return any(f.endswith(" " + name) for f in fulls)


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(committee_tails(load_lexicon()))


def one_chamber_committees(text: str, titles: list[dict], mentions: list[tuple], canonical: dict[int, str]) -> dict[int, str]:
    """For each mention of a committee named without its chamber ("the Judiciary Committee") in an article
    that speaks of one chamber of Congress only (its name, its bare word, a title of a member the list has
    there: kg.resolve.listedchambers) and of no state legislature, nor names that committee with a chamber,
    written after "the", another lower-case word or opening a sentence (not "the council's Finance Committee"):
    the lexicon's name of that chamber's committee of the name ("U.S. Senate Committee on the Judiciary")."""
    if _STATE_CUES.search(text):
        return {}
    kinds = [k for k in ("upper", "lower") if _names_chamber(text, k) or congress_chamber_cues(text, titles, k)]
    if len(kinds) != 1:
        return {}
    word = next(w for w in ("Senate", "House") if chamber_word(w) == kinds[0])
    lex, parent = load_lexicon(), load_json("legislatures.json")["federal"][kinds[0]][0]
    fulls = [m[2] for m in mentions if chamber_committee(m[2])]
    out: dict[int, str] = {}
    for i, (start, _, name, label) in enumerate(mentions):
        if label not in ("Agency", "Organization") or i in canonical or not name.endswith(" Committee"):
            continue
        if not _UNOWNED.search(text[max(0, start - 12) : start]):
            continue  # "the council's Finance Committee", "Acme Finance Committee": another body's
        body = lex.body(f"{word} {name}")
        if body is not None and body.parent == parent and not chamber_committee(name) and not _ends(fulls, name):
            out[i] = body.name
    return out


_UNOWNED = re.compile(r"(?:^|\b(?:[Tt]he|[a-z]+(?<!['’]s)) |[.;:!?]\s+|^\s*)$")  # not after an owner ("Acme", "council's")
