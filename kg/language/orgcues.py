"""What news writes right after an organization's name: an apposition that calls it one ("Acme Mart, a
discount retailer,"; "Northfield Pharma, the drug company.") or something only an organization has
("Acme Mart's shareholders"). The nouns are ``organization_nouns`` and ``organization_possessions`` in
gazetteer.json (no noun a person also has). kg.resolve.cuedorgs relabels a name the model took for a
person; :func:`appositive_organizations` finds a name the model missed ("Third Way, a centrist think tank,")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.resources import load_json
from .honorifics import is_title

# words between the article and the head noun: no preposition ("the head of the group," is a person)
_FILLER = r"(?:(?!(?:of|at|for|with|in|from|to|on|by|and|who|whose)\b)[\w'’-]+ ){0,3}?"
# a capitalized name of up to eight words, "of"/"for"/"and"/"the" inside ("Council for a Livable World")
_NAME = r"[A-Z][\w.&'’-]*(?: (?:(?:of|for|and|on|&)(?: the| a)?(?= [A-Z]) |the )?[A-Z][\w.&'’-]*){0,7}"


# a number of one to three digits opening the name ("314 Action, an advocacy group,"), never a year
_NUMBERED = r"(?:\d{1,3} (?=[A-Z]))?"
_NOT_NAME = frozenset({"ADV", "NOUN", "DET", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART", "INTJ"})
_JOINERS = frozenset({"to", "of", "for", "and", "&", "on", "at"})


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def org_cues() -> tuple[re.Pattern, re.Pattern]:
    """(apposition, possession): patterns to ``match`` at the end of a name."""
    data = load_json("gazetteer.json")
    nouns, owned = _alternation(data["organization_nouns"]), _alternation(data["organization_possessions"])
    appos = re.compile(rf", (?:a|an|the) {_FILLER}(?:{nouns})(?=[,.;]| (?:that|which|based)\b)")
    return appos, re.compile(rf"(?:'s|’s) (?:{owned})\b")


@lru_cache(maxsize=1)
def org_frames() -> tuple[re.Pattern, re.Pattern]:
    """(named after, called one): a name right after an organization noun ("pro-Trump website Acme News
    reported", "the group Stop Now,"), to ``search`` in the text before the name, with what may follow the
    name (punctuation, "and", a preposition, "reported": not "the company Dana founded", where the name is a person's);
    and a copula that calls the name one ("Stop Now was among the left-wing groups that", "Acme is a
    retailer based in"), to ``match`` at the end of the name."""
    data = load_json("gazetteer.json")
    only = _alternation(set(data["organization_nouns"]) - set(data["organization_nouns_roles"]))  # "publisher Dana Roe"
    before = re.compile(rf"(?<![\w'’-])(?:{only}) $")
    called = re.compile(
        rf" (?:is|was|remains|has been) (?:a|an|the|one of the|among the) {_FILLER}(?:{only})s?"
        r"(?=[,.;:]| (?:that|which|based|who|in|of|to|for|with|at|on)\b| [a-z]+ing\b)"
    )
    return before, called


NAMED_AFTER_FOLLOW = re.compile(r"[,.;:)]| ?[—–]|['’]s\b| (?:reported|reports|and|for|in|to|with|on|at|from)\b")
"""What may follow a name right after an organization noun for the noun to name it."""


@lru_cache(maxsize=1)
def _named_appositions() -> re.Pattern:
    return re.compile(rf"(?<![\w'’.$-])(?:The )?({_NUMBERED}{_NAME})(?={org_cues()[0].pattern})")


def appositive_organizations(doc: Doc, text: str) -> list[Span]:
    """Organization spans of capitalized names followed by an apposition that calls them one."""
    out = []
    for m in _named_appositions().finditer(text):
        span = doc.char_span(m.start(1), m.end(1), label="Organization")
        if span is None or any(t.is_sent_start and t.i != span.start for t in span):
            continue
        start = span.start
        if start >= 2 and doc[start - 1].lower_ in _JOINERS and doc[start - 2].is_title:
            continue  # "Young Voters for Freedom to Marry, a group,": the end of a longer name
        if start >= 1 and doc[start - 1].text == ",":
            continue  # "Acme Widgets, Inc., a maker": a name's suffix
        if doc[start].is_sent_start and doc[start].pos_ in _NOT_NAME:
            start += 1  # "Yesterday Acme Mart, the retailer,": a sentence's first word, capitalized by its place
        cut = [t.i + 1 for t in doc[start : span.end] if t.lower_ in ("of", "at") and _person_or_title(doc, start, t.i)]
        start = cut[-1] if cut else start  # "Dana Roe of Acme, a think tank,", "President of Acme, a company,"
        if start < span.end:
            out.append(Span(doc, start, span.end, label="Organization"))
    return out


def _person_or_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a person the model found or open with a title."""
    return is_title(doc[start].text) or any(e.label_ == "PERSON" and e.start < end and e.end > start for e in doc.ents)
