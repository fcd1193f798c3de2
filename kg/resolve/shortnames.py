"""Organizations the model took for places ("Autocam has not carried its burden" in an article that
also writes "a company named Autocam"): a name no gazetteer knows, not written as a place
(kg.resolve.coreflinks, rule r9). Places that open an organization's name ("Kaiser" of "Kaiser
Family Foundation") are left alone: on the 1,000 civic-wide articles most such places were real
places or streets named in an organization's name ("Newtown High School", "Broadway League").
An organization or a person of one word that is the first word of "<word> <head noun>" is that
organization ("Brenley" of "Brenley College": rule r10, :func:`opens_organization`), and so is the first
word of a longer name ending in a head noun of a whole body ("Halvorsen" of "Halvorsen Polytechnic
Institute") or written as a possessive ("Tamber" of "Tamber's Analytics"), when no other name of the article
opens with it (:func:`unrivalled`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..language.honorifics import is_title
from ..language.names import names_person
from ..language.places import state, us_name
from ..language.sex import is_first_name
from ..lexicon.resources import load_json
from .corefwords import generic, title_words

BODY_LABELS = ("Organization", "Agency", "Court")
JOINTS = frozenset({"and", "of", "&"})  # words that join two words of one name ("Fox and Friends")


def short_name(name: str, place_kinds, person_names: list[str]) -> bool:
    """A name of one or two words no gazetteer knows as a place, not a person's name of the article."""
    words = name.split()
    return (
        len(words) <= 2
        and not name.isupper()
        and name not in place_kinds
        and name not in generic()
        and not us_name(name)
        and not any(names_person(w, p) for w in words for p in person_names)
    )


STATE_AFTER = re.compile(r",\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def place_context(text: str, start: int, end: int) -> bool:
    """A mention written as a place: after a locative preposition ("in Needville") or before its
    state ("Needville, Texas")."""
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in locative():
        return True
    m = STATE_AFTER.match(text, end)
    return bool(m and (state(m.group(1)) or state(m.group(1).split()[0])))


@lru_cache(maxsize=1)
def locative() -> frozenset[str]:
    return frozenset(load_json("gazetteer.json")["locative_prepositions"])


def leading_word(name: str) -> str:
    """The first word of a name without its possessive ("Tamber's Analytics" -> "Tamber")."""
    first = name.split()[0] if name.split() else ""
    return re.sub(r"['’]s$", "", first)


def unrivalled(word: str, hits: set[int], mentions, find) -> bool:
    """Whether the organization ``hits`` holds is the only entity of the article with a name of several words
    opening with ``word`` ("Hartwell" is neither of "Hartwell Family Foundation" and "Hartwell Health"). A name of
    the word and one head noun ("Yale University") is the word's organization whatever else opens with the word
    ("Yale Law School")."""
    openers = [j for j, m in enumerate(mentions) if len(m[2].split()) > 1 and leading_word(m[2]) == word]
    if any(
        m[3] == "Organization" and len(m[2].split()) == 2 and m[2].split()[1] in org_heads()
        for m in (mentions[j] for j in openers)
    ):
        return True
    return hits == {find(j) for j in openers}


def opens_organization(word: str, label: str, full: str, full_label: str) -> bool:
    """Whether the one-word mention ``word`` (labelled ``label``, Organization or Person) is the short name
    an article uses for the organization named ``full`` in it: the full name is the word and one head noun of an
    organization's name ("Brenley" of "Brenley College", "Pell" of "Pell University"), the word's possessive
    and any name but a person's ("Tamber" of "Tamber's Analytics", not of "Tamber's John Smith"), or the word
    and capitalized words ending in a head noun that names a whole body (``whole_body_heads``: "Halvorsen"
    of "Halvorsen Polytechnic Institute"). Never of a
    longer name ending in another head, which is often a part of the body the word names ("Harvard" is not the
    "Harvard Injury Research Center"), and never a first name the model took for a person."""
    words = full.split()
    if full_label != "Organization" or len(words) < 2 or leading_word(full) != word:
        return False
    if not (
        (len(words) == 2 and words[1] in org_heads())
        or (words[0] != word and not is_first_name(words[1]) and not any(w[:1].islower() for w in words))
        or (words[-1] in whole_body_heads() and all(w[:1].isupper() for w in words))
    ):
        return False
    return label == "Organization" or (label == "Person" and not is_first_name(word))


@lru_cache(maxsize=1)
def whole_body_heads() -> frozenset[str]:
    """Head nouns of organizations' names that name a whole body ("Foundation", "University"), not a part of one."""
    return frozenset(load_json("entity_patterns.json")["whole_body_heads"])


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Head nouns of organizations' names ("University", "Foundation", "News"), and the words that end only
    an organization's name ("Partners", "Elementary": gazetteer.json ``organization_name_ends``)."""
    heads = {w.split()[-1] for w in load_json("entity_patterns.json")["heads"]["organization"]}
    return frozenset(heads | set(load_json("gazetteer.json")["organization_name_ends"]))


def written_as_organization(text: str, mentions, name: str) -> bool:
    """Whether every mention of the one word ``name`` among the article's ``mentions`` stands alone
    (:func:`stands_alone`), none is an official's and none is written as a place ("in Talworth")."""
    persons = frozenset(m[1] for m in mentions if m[3] in ("Person", "Official"))
    return all(
        m[3] != "Official" and stands_alone(text, *m[:3], persons) and not (m[3] == "Place" and place_context(text, *m[:2]))
        for m in mentions
        if m[2] == name
    )


def stands_alone(text: str, start: int, end: int, name: str, person_ends: frozenset[int] = frozenset()) -> bool:
    """A one-word mention written as a name of its own: not after a title or an honorific ("Mr. Babson",
    "Sen. Babson": a person), not a title the mention's name leaves out, and not a word of a longer name
    joined to it by "and", "of" or "&" ("Rights Protection and Advocacy", "Fox and Friends"). A person's
    name before the joint (a mention ending at one of ``person_ends``) is a name of its own: "I wish Jim and
    Talworth well" names two, "Mr. Cannon of Talworth" a person and his organization."""
    before = text[max(0, start - 30) : start].split()
    if text[start:end].split()[:1] != [name]:
        return False
    if before and (is_title(before[-1]) or before[-1].lower().rstrip(".") in title_words()):
        return False
    if len(before) > 1 and before[-1] in JOINTS and before[-2][:1].isupper():
        joint = text.rfind(before[-1], 0, start)
        if len(text[:joint].rstrip()) not in person_ends:
            return False
    after = text[end : end + 12].split()
    return not (len(after) > 1 and after[0] in JOINTS and after[1][:1].isupper())


def joins_two_bodies(container: str, mentions) -> bool:
    """Whether the name ``container`` holds the names of two bodies of the article of different kinds,
    neither inside the other ("The Center for Reproductive Rights Supreme Court Rally", a caption the model
    took for one name): it is none of them, so neither's short name joins it."""
    inside = {
        (name, label)
        for _, _, name, label in mentions
        if label in BODY_LABELS and len(name) < len(container) and f" {name} " in f" {container} "
    }
    outer = [(n, lab) for n, lab in inside if not any(n != m and f" {n} " in f" {m} " for m, _ in inside)]
    return len({lab for _, lab in outer}) > 1 and not _overlap([n for n, _ in outer], container)


def _overlap(names: list[str], container: str) -> bool:
    """Whether two of ``names`` share words where they sit in ``container`` (then they are one name's parts)."""
    spans = []
    for n in names:
        at = f" {container} ".find(f" {n} ")
        spans.append((at, at + len(n)))
    spans.sort()
    return any(b[0] < a[1] for a, b in zip(spans, spans[1:]))
