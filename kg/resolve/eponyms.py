"""A bill named after its sponsors: "the Graham-Cassidy bill", "the Robb amendment" (issue 15).

A law whose name is one or more surnames joined by hyphens, then a law noun in lower case ("bill",
"amendment", "measure": the ``nominals`` of class Law in relation_cues.json), with lower-case words
between them at most ("the Graham-Cassidy health care bill"), is named after the legislators who wrote it:
news names a pending bill so. A capitalized noun ("the Johnson Amendment", "the Hyde Amendment") is an
established name, often of a namesake long gone while another legislator of that surname is in the news. A legislator of
the article (titled with a title whose holders sit in a legislature, "Sen.", "Councilwoman", or listed in
legislators.tsv) whose surname is one of those names, and who is the only person of the article with that
surname, supports it. The evidence is the first sentence that names the law.

Not a stance: a name in the possessive ("Kate's Law", named after someone), a law named with other
capitalized words ("the Brady Handgun Violence Prevention Act": a name, not its sponsors'), a person who
holds no seat in a legislature ("Attorney General Barr" and "the Barr Amendment"), or a legislator the
article says opposes it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..core.records import Fact
from ..language.cues import cues
from ..language.names import person_words
from ..language.text import furniture_ranges, overlaps
from ..lexicon.legislators import holder_key, legislator_keys
from .corefs import Clusters

PEOPLE = ("Person", "Official")
_SURNAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"  # "Robb", "McCain"


def _law_nouns() -> set[str]:
    return {k for k, v in cues()["nominals"].items() if isinstance(v, dict) and v.get("class") == "Law" and not v.get("sole")}


def namesake_names(name: str) -> list[str]:
    """The surnames a law's name is made of ("Graham-Cassidy bill" -> ["Graham", "Cassidy"]); [] for a
    name of any other form."""
    nouns = _law_nouns()
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].rstrip("s") not in nouns:
        return []  # "the Johnson Amendment", "the Hyde Amendment": an established name, often of a namesake long gone
    head, *between = words[:-1]
    if any(not w.isalpha() or not w.islower() for w in between):
        return []  # "the Brady Handgun Violence Prevention Act": a name, not its sponsors'
    parts = re.split(r"[-–]", head)
    if not all(re.fullmatch(_SURNAME, p) for p in parts):
        return []  # "Kate's Law", "H.R. 1", "AB5"
    return parts


def legislators(doc: Doc, clusters: Clusters, text: str) -> set[str]:
    """The keys of the article's persons who hold a seat in a legislature: titled so, or listed."""
    out = set()
    for t in doc._.kg_titles or []:
        if t.get("target") == "legislature" and t.get("person"):
            key = clusters.key_for(t["person"], text, None)
            if key is not None:
                out.add(key)
    listed = legislator_keys()
    for root in {clusters.find(i) for i in range(len(clusters.mentions))}:
        key = clusters.key_of(root)
        if clusters.label_of(key) in PEOPLE and holder_key(clusters.name_of(root)) in listed:
            out.add(key)
    return out


def _unnamed(text: str, surnames: set[str], nouns: set[str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "the Robb amendment", "The Roe-Doe bill" (opening a sentence) written where no entity was found: spans
    of the name (without "the") made of legislators' surnames of the article and a law noun."""
    if not surnames:
        return []
    names = "|".join(sorted(map(re.escape, surnames)))
    rx = re.compile(rf"\b[Tt]he ((?:{names})(?:[-–](?:{names}))*\s+(?:{'|'.join(sorted(nouns))}))\b")
    out = []
    for m in rx.finditer(text):
        s, e = m.span(1)
        if text[s].isupper() and not any(ts < e and s < te for ts, te in taken):
            out.append((s, e))
    return out


def namesake_stances(doc: Doc, clusters: Clusters, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """ "Sen. Jane Roe ... the Roe-Doe bill": Jane Roe supports the Roe-Doe bill."""
    roots = sorted({clusters.find(i) for i in range(len(clusters.mentions))})
    keys = {r: clusters.key_of(r) for r in roots}
    seated = legislators(doc, clusters, text)
    by_surname: dict[str, list[int]] = {}
    for r in roots:
        words = person_words(clusters.name_of(r))  # "Joe Roe III": Roe
        if clusters.label_of(keys[r]) in PEOPLE and len(words) > 1:
            by_surname.setdefault(words[-1], []).append(r)
    blocked = furniture_ranges(doc)
    found = []  # (law key, span, surnames)
    for r in roots:
        if clusters.label_of(keys[r]) != "Law":
            continue
        spans = sorted((s, e) for i, (s, e, _, _) in enumerate(clusters.mentions) if clusters.find(i) == r)
        found += [(keys[r], sp, namesake_names(text[sp[0] : sp[1]])) for sp in spans if not overlaps(*sp, blocked)]
    taken = [(s, e) for s, e, _, label in clusters.mentions if label not in PEOPLE]  # not "Robb" of "Robb amendment"
    sole = {n for n, rs in by_surname.items() if len(rs) == 1 and keys[rs[0]] in seated}
    for sp in _unnamed(text, sole, _law_nouns(), taken):
        if not overlaps(*sp, blocked):
            found.append((clusters.key_for(sp, text, "Law"), sp, namesake_names(text[sp[0] : sp[1]])))
    opposed = {(f.subj, f.obj) for f in facts if f.prop == "opposes"}
    out, done = [], set()
    for law, (start, end), surnames in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        for surname in dict.fromkeys(surnames):
            holders = by_surname.get(surname, [])
            if len(holders) != 1 or keys[holders[0]] not in seated or law is None:
                continue  # none, two persons of that surname, or a surname not of a legislator
            pair = (keys[holders[0]], law)
            if span is None or pair in opposed or pair in done:
                continue
            done.add(pair)
            ev = evidence(text, span.sent.start_char, span.sent.end_char)
            out.append(Fact(pair[0], "supports", ev, obj=law, rule="stance-namesake", component="stances"))
    return out
