"""Organization names the model missed after the title of a private position (issue 15): "X, editor in
chief of The Morning Crier,", "X, chief economist at Grant Lowell.", "Rabbi X of Congregation Ohr Chaim,".
Such a name is a run of capitalized words ("of", "for", "and" inside before another capitalized word)
right after "<title> of", "<title> at" or "<title> <person> of", closed by punctuation, that no entity of the model
touches and no lexicon name is. Titles of public offices are left out (their bodies are agencies and
places the other rules name), and so are job descriptions ("historian of Modern France": kind
"descriptive" in titles.tsv). A run of ordinary English words only is no name ("professor of Political
Science", "editor of the Morning Edition"), unless a capitalized "The" opens it inside a sentence
("editor of The Morning Crier")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .commonfirst import in_language
from .orgcues import appositive_organizations

_JOINS = frozenset({"of", "for", "and", "&"})
_CLOSES = frozenset({",", ".", ";", ":", ")", "—", "–"})
_MAX_WORDS = 8
_NAME_WORDS = 4
# a whole name the model labels so is the body all the same: its organization after "of"; after "at", where a
# private post is held, its organization or "person" ("an economist at Jonas Whitley")
_CONFIRMED = {"of": ("ORG",), "at": ("ORG", "PERSON")}
_MODEL_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW"})  # what the model's other labels may not be


def missed_organizations(doc: Doc, text: str, titles: dict, words: dict, known) -> list[Span]:
    """Organization names the model missed: named by an apposition ("Third Way, a centrist think tank,",
    kg.language.orgcues) or by a private title before them."""
    return appositive_organizations(doc, text) + titled_bodies(doc, titles, words, known)


def titled_bodies(doc: Doc, titles: dict, words: dict, known) -> list[Span]:
    """Organization spans of the names written after "<private title> of / at" or "<private title> <person> of"."""
    longest = max((len(k) for k in titles), default=0)
    out = []
    for tok in doc[1:]:
        if tok.lower_ == "of":
            entry = _title_ending(doc, tok.i, titles, longest) or _title_before_name(doc, tok.i, titles, longest)
        elif tok.lower_ == "at":
            entry = _title_ending(doc, tok.i, titles, longest)  # "chief economist at Grant Lowell."
        else:
            continue
        if entry is None or entry.cls != "Person" or entry.kind in ("descriptive", "generic", "client"):
            continue
        if (span := _name_after(doc, tok.i + 1, words, known, _CONFIRMED[tok.lower_])) is not None:
            out.append(span)
    return out


def _title_ending(doc: Doc, end: int, titles: dict, longest: int):
    for n in range(min(longest, end), 0, -1):
        if (entry := titles.get(tuple(t.lower_ for t in doc[end - n : end]))) is not None:
            return entry
    return None


def _title_before_name(doc: Doc, end: int, titles: dict, longest: int):
    """The title before a capitalized name of up to four words that ends at ``end`` ("Rabbi Jo Roe")."""
    for start in range(end - 1, max(end - _NAME_WORDS, 0) - 1, -1):
        if not doc[start].text[:1].isupper() or doc[start].ent_type_ not in ("", "PERSON"):
            return None
        if (entry := _title_ending(doc, start, titles, longest)) is not None:
            return entry
    return None


def _name_after(doc: Doc, k: int, words: dict, known, confirmed: tuple[str, ...]) -> Span | None:
    capital_the = k < len(doc) and doc[k].text == "The"
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    j = k
    while j < len(doc) and j - k < _MAX_WORDS:
        if doc[j].text[:1].isupper() and not doc[j].is_punct:
            j += 1
        elif j > k and doc[j].lower_ in _JOINS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            j += 1
        else:
            break
    if j == k or (j < len(doc) and doc[j].text not in _CLOSES):
        return None  # no name, or one running on ("of Acme's board", "of Acme said")
    name = doc[k:j]
    if any(e.start == k and e.end == j and e.label_ in confirmed for e in doc.ents):
        return Span(doc, k, j, label="Organization")  # "a professor at UCSM" (an abbreviation written once), "at Jonas Whitley"
    if any(t.ent_type_ in _MODEL_NAMES or t.is_sent_start for t in name) or name.text in known:
        return None
    if not capital_the and all(in_language(t, words) for t in name if t.lower_ not in _JOINS):
        return None  # "professor of Political Science": ordinary words, capitalized
    return Span(doc, k, j, label="Organization")
