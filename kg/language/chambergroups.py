"""Members of a chamber or committee named as a group that lists them, for ``kg_titles``: "Senate moderates
such as A and B", "House Democrats, including A,", "Judiciary Committee members like C" (issue 15:
legislators a title never names). The group is a plural noun of ``member_groups`` (legislatures.json)
written right after the body's name, with at most party words or adjectives between ("Senate Republican
leaders"); its members are listed by "such as", "including" or "like" (:func:`kg.language.stanceframes.members`) or
set off after it ("two Senate Democrats, A and B, voted").
Each person listed, and named by a person entity, is a member of the body. Never a former member ("former
Senate colleagues such as A"), nor a body that is not a chamber or committee ("White House aides")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.resources import load_json
from .cues import ent_of
from .stanceframes import members
from .status import status_words
from .titleclauses import role_record

PERSONS = ("Person", "Official")
MAX_BETWEEN = 2  # "Senate Republican leaders", "House GOP moderates"


def group_members(doc: Doc, ents: list[Span]) -> list[dict]:
    """Records of ``kg_titles`` (role "member", no title) for each person a chamber's group lists."""
    data = _groups()
    out = []
    for body in ents:
        if body.label_ != "Agency" or body[-1].text not in data["body_words"]:
            continue
        noun = _group_noun(doc, body, data["nouns"])
        if noun is None:
            continue
        for m in members(noun) or _apposed(doc, noun):
            person = ent_of(m)
            if person is not None and person.label_ in PERSONS:
                out.append(role_record(person, body, "member", "chamber-group"))
    return out


def _group_noun(doc: Doc, body: Span, nouns: frozenset[str]):
    """The plural group noun right after ``body`` ("Senate moderates"), past party words and adjectives
    that modify it; None when there is none or it is qualified as not now ("former", "incoming")."""
    k = body.end
    while k < len(doc) and k < body.end + MAX_BETWEEN and doc[k].pos_ in ("ADJ", "PROPN") and doc[k].tag_ != "NNPS":
        k += 1
    if k >= len(doc):
        return None
    noun = doc[k]
    singular = {noun.lemma_.lower(), noun.lower_.removesuffix("s")}  # a proper noun's lemma: "Democrats"
    if noun.tag_ not in ("NNS", "NNPS") or not singular & nouns or noun.ent_type_ in PERSONS:
        return None
    if any(t.dep_ in ("amod", "compound") and t.head.i == noun.i and t.i > body.end and t.ent_type_ for t in doc[body.end : k]):
        return None  # "Senate Ohio lawmakers": another body's people
    status = status_words()
    if any(status.get(t.lower_, "current") != "current" for t in doc[max(0, body.start - 2) : k]):
        return None
    return noun


def _apposed(doc: Doc, noun) -> list:
    """The names set off right after the group noun: "two Senate Democrats, A and B, voted"."""
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in (",", "—", "–", ":"):
        return []
    first = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ in PERSONS), None)
    if first is None:
        return []
    names = [first, *(c for c in first.conjuncts if c.i > first.i)]
    end = max(t.i for n in names for t in n.subtree) + 1
    if end < len(doc) and doc[end].text not in (",", "—", "–", ")", ".", ";"):
        return []  # "at the request of House Democrats, Attorney General X said": the sentence's subject
    return names


@lru_cache(maxsize=1)
def _groups() -> dict:
    g = load_json("legislatures.json")["member_groups"]
    return {"nouns": frozenset(g["nouns"]), "body_words": frozenset(g["body_words"])}
