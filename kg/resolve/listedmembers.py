"""A member of Congress on the list (``legislators.tsv``) named in one sentence with the chamber the list
says they sat in: "Al Franken to resign from Senate", "X took to the Senate floor", "X cut a serious
figure in the Senate". The chamber is written by its name or by a plural title over a list naming the
person ("Sens. A and B"): another person's title ("trailing incumbent Sen. Y") names no chamber this one sat in. Though no title says it, the sentence ties the person to the
chamber, and the list says which one they sat in: a member of that chamber of Congress.

Only when nothing in the article says otherwise: the person's full name is on the list for that chamber
alone (every listed legislator of the name sat there: ``_listed_in`` of kg.resolve.chambers), is on no
other list of office holders (a president, governor or federal officer: the article may be about that
office), heads no body of the article that is not Congress's, no title or fact already puts them in a
chamber, the chamber is written as Congress's ("the Senate", "the U.S. House"; not "the state Senate" nor
"the Ohio Senate") and as a body, not a race ("a Senate bid", ``election_nouns``), and the article speaks of no state legislature without speaking of Congress. A
former member counts (the references annotate "former Rep. X" as a member). Evidence: that sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..core.records import Fact
from ..language.status import status_words
from ..lexicon.holders import federal_offices, governed
from ..lexicon.legislators import holder_key
from ..lexicon.resources import load_json
from .chambers import _FEDERAL, _STATE, _listed_in, _state_named, _title_entry
from .committeeroles import committee_role_facts, is_committee
from .committees import committee_facts
from .listed import holder_keys
from .memberlists import listed_with_state

PEOPLE = ("Person", "Official")
RULE = "listed-member-chamber"
LISTED = "listed-member-state"


def congress_facts(doc: Doc, roots, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """The facts of Congress read off the article, in order: who sits on or chairs a committee
    (kg.resolve.committeeroles), the committees' chambers and their chairs' (kg.resolve.committees), then
    the listed members named with their chamber (below)."""
    out = committee_role_facts(doc, roots, facts, text, evidence)
    out += committee_facts(doc, roots, facts + out, text, evidence)
    return out + listed_member_facts(doc, roots, facts + out, text, evidence)


def listed_member_facts(doc: Doc, roots, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """memberOf facts from listed members of Congress to the chamber named in one of their sentences."""
    if _STATE.search(text) and not _FEDERAL.search(text):
        return []
    clusters = roots.clusters
    federal = load_json("legislatures.json")["federal"]
    chamber_names = {k: set(federal[k]) | {min(federal[k], key=len).split()[-1]} for k in ("upper", "lower")}
    chamber_names["lower"] |= {"House of Representatives"}
    taken = _placed(roots, facts, federal)
    at: dict[str, list[tuple[int, int, str]]] = {"upper": [], "lower": []}  # chamber mentions: (start, end, kind)
    for s, e, name, label in clusters.mentions:
        for kind, names in chamber_names.items():
            written = text[s:e]  # the chamber's name, or a plural title over a list ("Sens. A and B"), not "Sen. Y"
            plural = written not in names and written.rstrip(".").endswith("s")
            if label == "Agency" and name in names and (plural or written in names and _of_congress(text, s, e)):
                at[kind].append((s, e, kind))
    for t in doc._.kg_titles or []:  # "Senators A of X and B": a plural title whose chamber another's title added
        entry, span = _title_entry(t.get("title") or ""), t.get("at")
        if entry and span and entry[1] != "state" and text[span[0] : span[1]].rstrip(".").endswith("s"):
            at[entry[0]].append((span[0], span[1], entry[0]))
    out: list[Fact] = []
    for r, spans in roots.spans.items():
        person = roots.key[r]
        if roots.label[r] not in PEOPLE or person in taken:
            continue
        name = roots.name[r]
        kind = next((k for k in ("upper", "lower") if " " in name and _listed_in(name, k)), None)
        if kind is None or clusters._seeking(r) or _unseated(text, spans):
            continue
        if not _only_a_legislator(name):  # also a federal officer, say: only a plural noun over a list says which
            out += _listed(doc, text, clusters, federal, person, name, kind, spans, evidence)
            continue
        for s, e in sorted(spans):
            sent = doc.char_span(s, e, alignment_mode="expand").sent
            hit = next(((a, b) for a, b, _ in at[kind] if sent.start_char <= a < sent.end_char), None)
            if hit is not None:
                chamber = clusters.body_named(federal[kind], {"at": list(hit), "person": list(hit)})
                out.append(Fact(person, "memberOf", evidence(text, sent.start_char, sent.end_char), obj=chamber, rule=RULE))
                break
        else:
            out += _listed(doc, text, clusters, federal, person, name, kind, spans, evidence)
    return out


def _listed(doc: Doc, text: str, clusters, federal: dict, person: str, name: str, kind: str, spans, evidence) -> list[Fact]:
    """ "GOP senators such as A of X and B of Y": memberOf the chamber, and the plural noun's title."""
    if (found := listed_with_state(doc, text, name, kind, spans)) is None:
        return []
    sent, where, title = found[0], list(found[1:3]), found[3]
    chamber = clusters.body_named(federal[kind], {"at": where, "person": where})
    ev = evidence(text, sent.start_char, sent.end_char)
    return [Fact(person, "memberOf", ev, obj=chamber, rule=LISTED), Fact(person, "title", ev, value=title, rule=LISTED)]


def _of_congress(text: str, start: int, end: int) -> bool:
    """Whether the chamber written at [start, end) is Congress's and named as a body: not after "state" or
    a state's name ("the state Senate", "the Ohio Senate"), nor before an election noun ("a Senate
    primary", "his Senate bid": a race for the seat, not a member's chamber)."""
    before = re.findall(r"[\w.]+", text[max(0, start - 30) : start])[-2:]
    after = re.match(r"\s*(\w+)", text[end : end + 30])
    if any(w.lower() == "state" or _state_named(w) for w in before) or (len(before) == 2 and _state_named(" ".join(before))):
        return False
    return after is None or after.group(1).lower() not in _election_nouns()


@lru_cache(maxsize=1)
def _election_nouns() -> frozenset[str]:
    return frozenset(load_json("relation_cues.json")["election_nouns"])


def _placed(roots, facts: list[Fact], federal: dict) -> set[str]:
    """Persons a fact already puts in a chamber of Congress, or who head a body that is neither Congress's
    chamber nor its committee (a mayor, a governor, an agency's head: the article is about that office)."""
    names = {n for k in ("upper", "lower", "legislature") for n in federal[k]}
    root = {roots.key[r]: r for r in roots.spans}
    out = set()
    for f in facts:
        r = root.get(f.obj)
        if r is None or f.prop not in ("memberOf", "heads"):
            continue
        if roots.name[r] in names or (f.prop == "heads" and not is_committee(roots, r)):
            out.add(f.subj)
    return out


def _only_a_legislator(name: str) -> bool:
    """Whether the full name is on no list of office holders but Congress's."""
    return holder_key(name) not in holder_keys() and not governed(name) and not federal_offices(name)


def _unseated(text: str, spans) -> bool:
    """Whether a mention of the person follows a title of an office not held yet ("Sen.-elect X",
    "incoming Rep. X": status words of kind "elect", kg.language.status)."""
    return any(set(re.findall(r"[a-z]+", text[max(0, s - 24) : s].lower())[-3:]) & _unheld() for s, _ in spans)


@lru_cache(maxsize=1)
def _unheld() -> frozenset[str]:
    return frozenset(w for w, kind in status_words().items() if kind == "elect" and " " not in w)
