"""The words written before a title that make it a longer title (issue 14): "Chief Political Analyst",
"legislative counsel", "chief economist", "marketing director", "senior tax counsel". The lexicon lists
the head noun ("analyst", "counsel", "director"); the words before it name another job, so the title is
the whole phrase or nothing, never the head noun alone (readers of the corpus audits judged "Analyst"
for a "Chief Political Analyst" and "Counsel" for a "legislative counsel" wrong).

A word before the title belongs to it when the parser attaches it to the title (a compound or an
adjective of it), it is no entity ("CNN", "White House": the body, read apart), no party word, no title
modifier ("acting", "former": their own table) and no word that describes the holder rather than the
job (``describes`` in title_modifiers.tsv: "local attorney", "veteran reporter", "top aide"). A public
office (class Official in titles.tsv) is its own words: what is written before it says what the holder
is like ("conservative justice", "embattled sheriff"), names a body the model did not tag ("Marine
General") or the level of government other rules read there ("state attorney general"). Lower-case
nouns and adjectives join a title that is a job (class Person or body): "legislative counsel"; capitalized
words only a private job (class Person: "Senior Legal Analyst"), never a demonym (officeholders.json:
"Mexican President" is Mexico's), and only when the capitalized run opens as a lexicon title does
("Chief ...", "Executive ...", "Senior ...": not "RVPlus CEO", a name the model did not tag); a lower-case
word never joins a capitalized title, nor a capitalized one a lower-case title; the sentence's first word
never joins (its case says nothing).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .descriptors import party_words

MAX_WORDS = 3  # "Chief Political Analyst", "consumer campaign director"


@lru_cache(maxsize=1)
def _party_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in party_words())


@lru_cache(maxsize=1)
def describing() -> frozenset[str]:
    """Words before a title that describe its holder, not the job (title_modifiers.tsv, effect ``describes``)."""
    return frozenset(m.modifier for m in load_lexicon().modifiers if m.effect == "describes")


def _joins(q: Token, t_start: int, t_end: int, entry, modifiers: set[str], floor: int) -> bool:
    doc = q.doc
    if q.i < floor or q.ent_type_ or q.is_punct or q.like_num or q.tag_ == "POS" or "-" in q.text:
        return False
    low = q.lower_
    if low in modifiers or low in describing() or low in _party_lower() or not q.is_alpha:
        return False
    if not (t_start <= q.head.i < t_end and q.dep_ in ("compound", "amod", "nmod")):
        return False  # attached to the title, not to a noun of its own
    if q.is_sent_start:
        return False  # "Crossroads president X said", "Russian president X": a name's or a nation's case unknown
    capital = q.text[:1].isupper()
    if capital != doc[t_start].text[:1].isupper():
        return False  # "CNN Chief Political Analyst" / "legislative counsel"; not "Local Attorney" nor "legal Analyst"
    if q.pos_ == "NOUN" and not capital:
        return True  # "marketing director", "tax counsel"
    if capital:  # "Retired Marine General": the service; "Mexican President": the country
        return q.pos_ in ("ADJ", "NOUN", "PROPN") and entry.cls == "Person" and q.text not in _demonyms()
    return q.pos_ == "ADJ"


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(n for names in load_json("officeholders.json")["demonyms"].values() for n in names)


def qualified_start(doc: Doc, t_start: int, t_end: int, entry, modifiers: set[str], floor: int) -> int:
    """The first token of the whole title whose lexicon head phrase is [t_start, t_end): ``t_start`` when
    no word before it belongs to it. Generic and descriptive titles (titles.tsv ``kind``) are left to
    their own rules."""
    if entry.kind in ("generic", "descriptive") or entry.cls == "Official":
        return t_start
    k = t_start
    while k > floor and t_start - k < MAX_WORDS and _joins(doc[k - 1], k, t_end, entry, modifiers, floor):
        k -= 1
    opener = doc[k].lower_ in _title_openers() | modifiers or (k > floor and doc[k - 1].lower_ in modifiers)  # "Senior ..."
    if k < t_start and doc[k].text[:1].isupper() and not opener:
        return t_start  # "RVPlus CEO", "Moms Demand Action Founder": a name the model did not tag, not the job
    return k


@lru_cache(maxsize=1)
def _title_openers() -> frozenset[str]:
    """First words of the lexicon's titles ("chief", "executive", "national"): a capitalized run before a
    title is part of it only when it opens as a title does ("Chief Political Analyst")."""
    return frozenset(t.title.split()[0] for t in load_lexicon().titles)


def role_of(doc: Doc, t_start: int, t_end: int, entry, member_mods: set[str]) -> str:
    """The title's role, made ``member`` by a modifier that says so ("deputy executive director":
    title_modifiers.tsv) unless the title's own words hold it ("deputy mayor")."""
    own = set(entry.title.split())
    if any(t.lower_ in member_mods and t.lower_ not in own for t in doc[t_start:t_end]):
        return "member"
    return entry.role


def modifier_before_body(doc: Doc, org, floor: int, member_mods: set[str]) -> str | None:
    """The member modifier written before the body a title's phrase names ahead of the title: "Deputy" of
    "Deputy Homeland Security Secretary X", "Assistant" of "Assistant Defense Secretary X" (the deputy of
    the office, not its head), or None."""
    if org is None or org.start - 1 < floor:
        return None
    word = doc[org.start - 1]
    return word.text if word.lower_ in member_mods and word.text[:1].isupper() else None
