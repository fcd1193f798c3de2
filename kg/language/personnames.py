"""Person names the model missed or mislabeled, found from the article's own names.

- ``leaders_as_persons``: "the Obama administration", "the Trump campaign";
- ``surnames_as_persons``: a one-word organization that is a person's name elsewhere ("Trump's agenda");
- ``places_as_persons_undone``: a one-word "person" the article writes as a place ("Ferguson, Mo.");
- ``surname_mentions``: a surname the model left unlabeled after the article named the person in
  full ("Mayor Lori Lightfoot ... Lightfoot put the blame on ICE").
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Span

from ..lexicon.load import load_lexicon
from .names import NAME_SUFFIXES
from .personcues import aged, listed_person, longer_person, predicated_person, titled_after
from .sex import is_first_name

PERSON = ("Person", "Official")


def surname(e: Span):
    """The last word of a person's name that is not a suffix or a comma: "Samuel A. Alito Jr." -> Alito."""
    i = e.end - 1
    while i > e.start and (e.doc[i].text in NAME_SUFFIXES or e.doc[i].is_punct):
        i -= 1
    return e.doc[i]


def leaders_as_persons(ents: list[Span], leader_nouns: dict[str, str]) -> list[Span]:
    """A one-word name right before "administration"/"presidency" (an Official) or "campaign" (a
    Person), after an optional "'s", is a person's surname, whatever label the model gave it: "the
    Obama administration", "the Trump campaign" (``leader_nouns`` in entity_patterns.json)."""
    out = []
    for e in ents:
        i = e.end + (e.end < len(e.doc) and e.doc[e.end].tag_ == "POS")
        led = leader_nouns.get(e.doc[i].text) if i < len(e.doc) else None
        if led and len(e) == 1 and e[0].is_title and e.label_ in (*PERSON, "Organization"):
            e = Span(e.doc, e.start, e.end, label=led)
        out.append(e)
    return out


def placed_names(ents: list[Span]) -> set[str]:
    """Names the article writes as a place with its state or country after a comma ("Ferguson, Mo.",
    the dateline "FERGUSON, Mo."), lower-cased: in this article the name is a place."""
    starts = {e.start: e for e in ents}
    return {
        e.text.lower()
        for e in ents
        if e.label_ == "Place"
        and e.end + 1 < len(e.doc)
        and e.doc[e.end].text == ","
        and getattr(starts.get(e.end + 1), "label_", None) == "Place"
    }


def places_as_persons_undone(ents: list[Span], placed: set[str]) -> list[Span]:
    """The model's one-word "person" or "organization" whose name the article writes as a place
    (``placed``: "Ferguson, Mo.") and no person named in full bears is that place; a sentence-initial
    adjective the model took for a first name ("Unrelenting Ferguson protests ...") is not part of a
    name."""
    guessed = (*PERSON, "Organization")
    out = []
    for e in ents:
        if (
            e.label_ in guessed
            and len(e) == 2
            and e[0].is_sent_start
            and e[0].tag_ in ("JJ", "VBG", "RB")
            and e[1].text.lower() in placed
        ):
            e = Span(e.doc, e.start + 1, e.end, label=e.label_)
        out.append(e)
    full = {surname(e).text.lower() for e in out if e.label_ in PERSON and len(e) > 1}
    return [
        Span(e.doc, e.start, e.end, label="Place")
        if e.label_ in guessed and len(e) == 1 and e.text.lower() in placed and e.text.lower() not in full
        else e
        for e in out
    ]


def surnames_as_persons(
    ents: list[Span], known_places=frozenset(), heads=frozenset(), placed: set[str] = frozenset()
) -> list[Span]:
    """A one-word organization or place that is a person's name elsewhere in the article is that
    person: the model reads "Trump's immigration agenda" as an organization and "Miyamoto, the
    sheriff, said" as a place; a place the lexicon knows ("Washington") stays a place. So is a short
    organization without a head noun whose last word the article uses alone as a person's name
    ("Rey Wences ... Wences said"), unless it is a body's name ("White House ... the House said"),
    that ends a person's longer name ("Lina Roe" of "Ana Lina Roe"), that is listed with persons
    (:mod:`kg.language.personcues`) or that an apposition gives a person's title ("Al Doe, director of ...").
    "The Roes" after "Ana Roe" is her family, no named entity: dropped, whatever the model labelled it."""
    names = {surname(e).text for e in ents if e.label_ in PERSON}  # surnames, and one-word names ("the Trump campaign")
    full = {surname(p).text for p in ents if p.label_ in PERSON and len(p) > 1}
    ents = [e for e in ents if not (_family(e, full) and e.text not in names)]  # not "Roberts" of "John Roberts"
    alone = {e.text for e in ents if e.label_ in PERSON and len(e) == 1}
    named_like = [
        e
        for e in ents
        if e.label_ == "Organization"
        and 1 < len(e.text.split()) <= 3
        and all(t.is_title or (t.text == "-" and not t.whitespace_ and not e.doc[t.i - 1].whitespace_) for t in e)
        and not any(t.text in heads or t.text in _body_words() for t in e)
        and e.text not in _body_words()
    ]
    if named_like:
        alone |= _lone_subjects(ents, {e[-1].text for e in named_like} - alone)
    out = []
    for e in ents:
        if (
            len(e) == 1
            and e.text in names
            and (
                e.label_ == "Organization"
                or (e.label_ == "Place" and e.text not in known_places and e.text.lower() not in placed)
            )
        ):
            e = Span(e.doc, e.start, e.end, label="Person")
        elif (
            e.label_ == "Organization"
            and e in named_like
            and (
                e[-1].text in alone
                or listed_person(e, ents)
                or titled_after(e)
                or longer_person(e, ents)
                or predicated_person(e)
                or aged(e)
            )
        ):
            e = Span(e.doc, e.start, e.end, label="Person")
        out.append(e)
    return out


def _family(e: Span, full: set[str]) -> bool:
    """ "the Roes": one word after "the", the plural of a surname in ``full`` (of persons named in full)."""
    return len(e) == 1 and e.start > 0 and e.doc[e.start - 1].lower_ == "the" and e.text.endswith("s") and e.text[:-1] in full


def _lone_subjects(ents: list[Span], words: set[str]) -> set[str]:
    """Which of ``words`` are written alone, outside every entity, as the subject of a verb ("Wences said")."""
    if not ents or not words:
        return set()
    doc = ents[0].doc
    inside = {i for e in ents if len(e) > 1 for i in range(e.start, e.end)}
    out = set()
    for i in _positions(doc, words):
        t = doc[i]
        if (
            t.dep_ == "nsubj"
            and t.pos_ == "PROPN"
            and i not in inside
            and t.head.pos_ in ("VERB", "AUX")
            and not (i > 0 and doc[i - 1].pos_ == "PROPN")
            and not (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN")
        ):
            out.add(t.text)
    return out


def _positions(doc, words: set[str]) -> list[int]:
    """Indices of the tokens spelled as one of ``words``."""
    ids = numpy.array([doc.vocab.strings.add(w) for w in words], dtype="uint64")
    return numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), ids)).tolist()


def surname_mentions(ents: list[Span], taken: set[int]) -> list[Span]:
    """Capitalized tokens the model gave no entity label that are the surname of a person the article
    named in full before them: each is a mention of that person. A surname next to another capitalized
    word is part of some other name ("Michael Brown", "Brown University") and is left alone."""
    if not ents:
        return []
    doc = ents[0].doc
    first: dict[str, tuple[int, str]] = {}
    for e in ents:
        last = surname(e)
        if e.label_ in PERSON and last.i > e.start and last.is_title and last.text not in first:
            first[last.text] = (e.end, e.label_)
    out = []
    for i in _positions(doc, set(first)) if first else []:
        tok = doc[i]
        seen = first[tok.text]
        if tok.i < seen[0] or tok.i in taken or tok.ent_iob_ != "O" or tok.pos_ != "PROPN":
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (before is not None and not before.whitespace_ and before.text in "-‐–") or (
            after is not None and not tok.whitespace_ and after.text in "-‐–"
        ):
            continue  # "Iraheta-Lopez": part of a hyphenated name
        if (before is not None and not tok.is_sent_start and (before.is_title or before.is_upper) and before.is_alpha) or (
            after is not None and (after.is_title or after.is_upper) and after.is_alpha and not after.is_sent_start
        ):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label=seen[1]))
    return out


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The lexicon's body names and generic body names ("White House", "House", "Senate")."""
    lex = load_lexicon()
    return frozenset([n for b in lex.named for n in b.names] + [g for b in lex.bodies for g in b.generic])


def place_in_person(doc, s: int, e: int) -> bool:
    """A place's name inside one of the model's persons of two words or more: "Chad Griffin" opens with no
    country, "Jim Jordan" ends with none (after a first name)."""
    return any(
        (p.start == s and e < p.end) or (e == p.end and s > p.start and is_first_name(p[0].text))
        for p in doc.ents
        if p.label_ == "PERSON" and len(p) > 1
    )
