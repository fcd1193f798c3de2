"""Who chairs a committee of a legislature and who sits on it, read off the phrases news writes around
the committee (the committees :mod:`kg.resolve.committees` knows: a chamber's committee in the lexicon or
named "<chamber> ... Committee"), when no title rule said it:

- a party's senior member: "X, the top Democrat on the committee", "X, the senior Republican on the
  Senate Finance Committee", "the committee's top Democrat, Rep. X", "the panel's ranking Republican, X":
  a member of the committee (the one named, else the last chamber committee named before, or the one
  whose name holds the words written: "the top Republican on the judiciary committee");
- its chair set off before the name: "the House intelligence committee chair, X", "the committee's
  chairman, X"; or a chair title after the committee's subject: "Finance Chairman X" in an article
  naming one chamber committee of that subject: heads it.

The words are data (``committee_roles`` in legislatures.json); the chair's (and member's) chamber
follows in :func:`kg.resolve.committees.committee_facts`. Evidence: the person's sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..core.records import Fact
from ..language.descriptors import party_words
from ..lexicon.legislatures import legislative_names
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .committees import capitalized, chamber_committee

PEOPLE = ("Person", "Official")
RULES = ("committee-senior-member", "committee-chair-phrase")


def committee_role_facts(doc: Doc, roots, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """memberOf and heads facts from the phrases of the module, for persons with no such fact yet."""
    mentions = roots.clusters.mentions
    committees = [(m[0], m[1], roots.root[i]) for i, m in enumerate(mentions) if is_committee(roots, roots.root[i])]
    if not committees:
        return []
    nouns = {w.title() for w in _words()["committee_nouns"]}
    panels = [  # every committee the article names, a chamber's or not ("the committee" may be another's)
        (m[0], m[1], roots.root[i] if is_committee(roots, roots.root[i]) else None)
        for i, m in enumerate(mentions)
        if m[3] in ("Agency", "Organization") and (is_committee(roots, roots.root[i]) or m[2].split()[-1].title() in nouns)
    ]
    has = {(f.subj, f.obj) for f in facts if f.prop in ("memberOf", "heads")}
    heads = {f.subj for f in facts if f.prop == "heads"}
    out: list[Fact] = []
    for i, (s, e, _, label) in enumerate(mentions):
        if label not in PEOPLE:
            continue
        found = _after(text, e, committees, panels) or _before(text, s, committees, panels, roots)
        if found is None:
            continue
        prop, r, *others = found
        person = roots.key[roots.root[i]]
        for org in (roots.key[r], *(roots.key[o] for o in others)):  # "a member of the A and B committees": each
            if person == org or (person, org) in has or (prop == "heads" and person in heads):
                continue
            sent = doc.char_span(s, e, alignment_mode="expand").sent
            ev = evidence(text, sent.start_char, sent.end_char)
            rule = RULES[0] if prop == "memberOf" else RULES[1]
            out.append(Fact(person, prop, ev, obj=org, rule=rule))
            has.add((person, org))
            heads |= {person} if prop == "heads" else set()
    return out


def _after(text: str, end: int, committees, panels) -> tuple[str, int] | None:
    """ "X, the top Democrat on <committee>": memberOf the committee."""
    m = _patterns()["after"].match(text, end)
    if m is None:
        return None
    return _committee_at(m.end(), m.group("noun"), text, end, committees, panels, "memberOf")


def _before(text: str, start: int, committees, panels, roots) -> tuple[str, int] | None:
    """ "the committee's top Democrat, Rep. X", "the House intelligence committee chair, X", "Finance
    Chairman X"."""
    window = text[max(0, start - 160) : start]
    p = _patterns()
    m = p["owned"].search(window)
    if m is not None:
        prop = "heads" if m.group("chair") else "memberOf"
        at = start - len(window) + m.start()
        if m.group("named"):
            return _named(m.group("named"), committees, roots, prop)
        return _committee_at(None, m.group("noun"), text, at, committees, panels, prop)
    m = p["subject_chair"].search(window)
    if m is not None and m.group("subject") not in _not_subjects():
        subject = m.group("subject")
        hits = {r for _, _, r in committees if re.search(rf"\b{re.escape(subject)}\b", roots.name[r])}
        return ("heads", hits.pop()) if len(hits) == 1 else None
    return None


def _named(phrase: str, committees, roots, prop: str) -> tuple[str, int] | None:
    """The article's committee written ``phrase`` ("House intelligence committee"), by name or by the
    lexicon's body of that name."""
    lex = load_lexicon()
    body = lex.body(capitalized(phrase)) or lex.body(phrase)
    for _, _, r in committees:
        if roots.name[r].casefold() == phrase.casefold() or (body is not None and lex.body(roots.name[r]) is body):
            return prop, r
    return None


def _committee_at(at: int | None, noun: str | None, text: str, before: int, committees, panels, prop: str):
    """The committee a phrase means: the one whose mention starts at ``at``; else, for a noun ("the
    committee", "the judiciary committee"), the last committee named before ``before`` (the last with the
    noun's other words in its name, when it has any), if that is a chamber's (``panels``: (start, end,
    root or None for a committee of no chamber))."""
    if at is not None:
        hit = next(((e, r) for s, e, r in committees if s == at), None)
        if hit is not None:
            end, others = hit[0], []
            while nxt := next(((e, r) for s, e, r in committees if s > end and _AND.fullmatch(text[end:s])), None):
                end, others = nxt[0], [*others, nxt[1]]  # "the House Judiciary and Intelligence committees"
            return prop, hit[1], *others
    if noun is None:
        return None
    words = noun.split()[:-1]
    for s, e, r in sorted((m for m in panels if m[1] <= before), key=lambda m: m[0], reverse=True):
        if all(re.search(rf"\b{re.escape(w)}\b", text[s:e], re.IGNORECASE) for w in words):
            return (prop, r) if r is not None else None
    return None


_AND = re.compile(r",?\s+and\s+|,\s+")


def is_committee(roots, r: int) -> bool:
    """Whether the article's entity ``r`` is a chamber's committee by its own name (not a bare "Senate" a
    committee's mention was merged into)."""
    if roots.label[r] != "Agency":
        return False
    name = roots.name[r]
    body = load_lexicon().body(name) or load_lexicon().body(capitalized(name))
    return (body is not None and body.parent in _chambers()) or chamber_committee(name)


def _chambers() -> frozenset[str]:
    return legislative_names(("upper", "lower"))


def _words() -> dict:
    return load_json("legislatures.json")["committee_roles"]


@lru_cache(maxsize=1)
def _not_subjects() -> frozenset[str]:
    """Words before "Chairman" that are no committee's subject: the chambers', the committee nouns, the
    party words ("Senate Chairman", "Committee Chairman", "Republican Chairman")."""
    words = _words()
    return frozenset(n.split()[-1] for n in _chambers()) | {w.title() for w in words["committee_nouns"]} | party_words()


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    words = _words()
    alt = lambda xs: "|".join(sorted((re.escape(x) for x in xs), key=len, reverse=True))  # noqa: E731
    rank, party, nouns, chair = (
        alt(words["rank_words"]),
        alt(words["member_words"]),
        alt(words["committee_nouns"]),
        alt(words["chair_words"]),
    )
    chambers = "|".join(sorted({n.split()[-1] for n in _chambers() if n.split()[-2:-1] != ["of"]}))
    label = (  # "(D-Ore.)", ", D-Ore.", " of Iowa"
        r"(?:\s*\(\s*[DRI]\.?\s*[-–,]\s*[^()]{1,20}\)|\s*,\s*[DRI]\.?\s*[-–]\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?|\s+of\s+[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    )
    senior = rf"(?:{rank})\s+(?:{party})(?:\s+member)?"
    sits = r"who\s+(?:also\s+)?(?:sits|serves|sat|served)"  # "X, who sits on the Senate Finance Committee"
    noun = rf"(?P<noun>(?:[a-z]+\s+){{0,2}}(?:{nouns}))\b"
    titles = r"(?:(?:[A-Z][\w.]*|state|former)\s+){0,3}"  # "Rep. ", "Washington Sen. ", "state Sen. "
    return {
        "after": re.compile(
            rf"{label}\s*,\s*(?:(?:the|a)\s+{senior}\s+(?:on|of)|a\s+(?:{party})\s+(?:on|of)|{sits}\s+on)\s+the\s+(?:{noun}(?![\w'’-]))?"
        ),
        "owned": re.compile(
            rf"\b(?:[Tt]he|[Aa])\s+(?:[a-z]+\s+)?(?:(?P<named>(?:{chambers})\s+(?:[A-Za-z&,]+\s+){{0,5}}?(?:{nouns}))|{noun})(?:['’]s)?\s+"
            rf"(?:(?P<chair>{chair})|{senior}),\s+{titles}$"
        ),
        "subject_chair": re.compile(rf"\b(?P<subject>[A-Z][a-z]+)\s+(?:{chair.title()})\s+{titles}$"),
    }
