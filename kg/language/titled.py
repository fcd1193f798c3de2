"""Body names that swallowed a person's title and name, split apart.

News puts the body, the title and the name in one capitalized run: "Marion County Sheriff Jane
Doe", "Harbor County Executive John Roe", "Department of Commerce Secretary Ana Ruiz". The model
and the head-noun rules read such runs as one organization. When a run holds a title phrase (from
the titles lexicon) followed by a person's name, the part before the title is the body (a place
when it ends in a place noun: "Marion County"), and the name is a person; the title between them
is left to ``kg_titles``, which reads it as a pre-modifier.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from .names import NAME_SUFFIXES
from .text import MAX_NAME_TOKENS
from .titledfirst import first_name_titled
from .titleindex import singular

BODY_LABELS = ("Agency", "Organization", "Court", "Place")
PERSON = ("Person", "Official")
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_NAME_PARTICLES = ("de", "van", "von", "da", "del", "la", "di", "bin", "al")


def _name_end(doc: Doc, i: int, stop_words: set[str], heads: set[str]) -> int:
    """The end of a person's name starting at token ``i`` (``i`` if there is none)."""
    j = i
    while j < len(doc) and j - i < 5:
        t = doc[j]
        if t.is_punct and t.text != ".":
            break
        ok = (
            (t.is_title and t.text not in stop_words)
            or (len(t.text) <= 3 and t.text[0].isupper() and t.text.endswith("."))
            or (j > i and t.text in _NAME_PARTICLES)
            or (j > i and t.text in NAME_SUFFIXES)
        )
        if not ok:
            break
        j += 1
    if j > i and doc[j - 1].text in heads:
        return i  # "Secretary of State Office": a body's name, not a person's
    return j


def split_titled(
    doc: Doc,
    ents: list[Span],
    titles: dict[tuple[str, ...], object],
    max_len: int,
    place_nouns: set[str],
    stop_words: set[str],
    heads: set[str],
) -> list[Span]:
    """``ents`` with each body span that ends in (or holds) "Title Given Family" split in two."""
    starts = {e.start: e for e in ents}
    out: list[Span] = []
    renamed: set[int] = set()  # starts of entities that are the person of a split, relabelled
    for span in ents:
        if span.start in renamed:
            continue
        if span.label_ in BODY_LABELS and _opens_title(doc, span, titles, max_len, starts):
            continue  # "State" of "State Representative Jane Doe": part of the title, not a body
        if span.label_ in BODY_LABELS and tuple(t.lower_ for t in span) in titles and title_at(doc, span.end, titles):
            continue  # "Lt." of "Lt. Col. Jane Doe": a rank before a rank, not a body
        if span.label_ not in BODY_LABELS or len(span) < 2:
            out.append(span)
            continue
        cut = _cut(doc, span, titles, max_len, stop_words, heads, starts)
        if cut is None:
            out.append(span)
            continue
        title_start, name_start, name_end = cut
        if title_start > span.start:
            end = title_start
            if doc[title_start].text in place_nouns:  # "King County Executive": the title's "County" is the place's
                end += 1
            out.append(Span(doc, span.start, end, label="Place" if doc[end - 1].text in place_nouns else span.label_))
        if name_start not in starts or starts[name_start].label_ not in PERSON:
            out.append(Span(doc, name_start, name_end, label="Person"))
            renamed.add(name_start)
    made = [s for s in out if s.start in renamed]
    taken = {k for s in made for k in range(s.start, s.end)}
    out = made + [s for s in out if s.start not in renamed and not any(k in taken for k in range(s.start, s.end))]
    return _plural_lists(doc, sorted(out, key=lambda s: s.start), titles, stop_words, heads)


def _plural_lists(doc: Doc, ents: list[Span], titles, stop_words: set[str], heads: set[str]) -> list[Span]:
    """ "Justices A, B and C": names listed after a plural title are persons, whatever the model said."""
    by_start = {e.start: e for e in ents}
    relabel: dict[int, Span] = {}
    for e in ents:
        if e.label_ not in PERSON or e.start == 0:
            continue
        word = doc[e.start - 1]
        if not (word.text[:1].isupper() and singular(word.lower_) != word.lower_ and (singular(word.lower_),) in titles):
            continue
        i = e.end
        while i < len(doc) and doc[i].text in (",", "and"):
            j = i
            while j < len(doc) and doc[j].text in (",", "and"):
                j += 1
            end = _name_end(doc, j, stop_words, heads)
            nxt = by_start.get(j)
            if end - j < 2 or (nxt is not None and (nxt.end != end or nxt.label_ not in ("Organization", *PERSON))):
                break
            if nxt is None or nxt.label_ == "Organization":
                relabel[j] = Span(doc, j, end, label="Person")
            i = end
    if not relabel:
        return ents
    taken = {k for s in relabel.values() for k in range(s.start, s.end)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + list(relabel.values()), key=lambda s: s.start)


def title_at(doc: Doc, i: int, titles) -> bool:
    """Whether a title phrase starts at token ``i``."""
    return any(tuple(t.lower_ for t in doc[i : i + n]) in titles for n in (1, 2, 3) if i + n <= len(doc))


def _opens_title(doc: Doc, span: Span, titles, max_len: int, starts: dict) -> bool:
    """Whether ``span`` is the first word(s) of a longer title phrase that a person's name follows."""
    for n in range(len(span) + 1, max_len + 1):
        end = span.start + n
        if end < len(doc) and tuple(t.lower_ for t in doc[span.start : end]) in titles:
            nxt = starts.get(end)
            if (nxt is not None and nxt.label_ in PERSON) or doc[end].ent_type_ == "PERSON":
                return True
    return False


def _cut(doc, span, titles, max_len, stop_words, heads, starts):
    """(title start, name start, name end) of the first "Title Name" in or right after ``span``."""
    for k in range(span.start, span.end):
        if not doc[k].text[:1].isupper():
            continue
        if k > span.start and doc[k - 1].lower_ in ("of", "for", "the", "and", "on"):
            continue  # "Department of Justice": the title word is part of the body's name
        if k > span.start and (past := _past_end(doc, span, k, titles, max_len, starts, heads)) is not None:
            return past
        for n in range(min(max_len, span.end - k), 0, -1):
            if tuple(t.lower_ for t in doc[k : k + n]) not in titles:
                continue
            name_start = k + n
            if any(tuple(t.lower_ for t in doc[name_start : name_start + m]) in titles for m in range(1, max_len + 1)):
                break  # "Justice Inspector General X": the name starts later, at the next title
            if name_start == span.end:  # the title ends the span: the name is the next entity or run
                if k == span.start:
                    return None
                nxt = starts.get(name_start)
                if nxt is not None and nxt.label_ in PERSON:
                    return k, name_start, nxt.end
                name_end = _name_end(doc, name_start, stop_words, heads)
                if name_end - name_start >= 2 and (nxt is None or (nxt.end == name_end and nxt.label_ == "Organization")):
                    return k, name_start, name_end  # no entity there, or the model's ORG on a person's name
                return None
            name_end = _name_end(doc, name_start, stop_words, heads)
            if name_end == span.end and name_end - name_start >= 1 and (k > span.start or name_end - name_start >= 2):
                return k, name_start, name_end
            break
    return None


def _past_end(doc, span, k, titles, max_len, starts, heads):
    """(title start, name start, name end) when a title starts inside ``span`` and runs past its end into
    a person the model tagged ("White House Press" + "Secretary X"); not when the span ends in a head noun
    and the part before is no body the lexicon knows ("Boston Police" + "Commissioner X": the city's)."""
    if doc[span.end - 1].text in heads and (
        k - span.start > MAX_NAME_TOKENS or load_lexicon().body(doc[span.start : k].text) is None
    ):
        return None
    for n in range(min(max_len, len(doc) - k), span.end - k, -1):
        nxt = starts.get(k + n)
        if tuple(t.lower_ for t in doc[k : k + n]) in titles and nxt is not None and nxt.label_ in PERSON:
            return k, k + n, nxt.end
    return None


def titled_names(
    doc: Doc, titles: dict[tuple[str, ...], object], max_len: int, stop_words: set[str], heads: set[str], taken: set[int]
) -> list[Span]:
    """Persons named right after a capitalized title that the model did not tag: "then-Mayor Jane
    Doe", "Sheriff John Roe". The name is the run of capitalized words after the title."""
    out = []
    firsts = {k[0] for k in titles}  # a title can start only on one of these words
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not tok.text[:1].isupper() or tok.is_sent_end or tok.lower_ not in firsts:
            i += 1
            continue
        hit = next((n for n in range(min(max_len, len(doc) - i), 0, -1) if tuple(t.lower_ for t in doc[i : i + n]) in titles), 0)
        if not hit:
            i += 1
            continue
        start = i + hit
        if i > 0 and doc[i - 1].ent_type_ in PERSON + ("PERSON",):
            i += 1  # "... Memorial Justice Assistance Grants": no title follows a person's name
            continue
        end = _name_end(doc, start, stop_words, heads)
        if (
            end > start
            and all(doc[k].pos_ == "PROPN" or doc[k].text in NAME_SUFFIXES for k in range(start, end))
            and not any(k in taken for k in range(start, end))
        ):
            out.append(Span(doc, start, end, label="Person"))
        i = max(end, i + 1)
    return out


def trim_person_titles(ents: list[Span], titles: dict[tuple[str, ...], object], max_len: int) -> list[Span]:
    """The model's persons without the title it sometimes includes ("Representative Ana Ruiz") and
    without a weekday it sometimes runs on into ("Ana Ruiz Monday")."""
    out = []
    for e in ents:
        if e.label_ in PERSON and len(e) > 1:
            n = next((n for n in range(min(max_len, len(e) - 1), 0, -1) if tuple(t.lower_ for t in e[:n]) in titles), 0)
            # "Medical Correspondent Dr. Ana Ruiz", "Communications Officer Ana Ruiz": the span began inside a title
            n = n or next(
                (k for k in range(2, min(4, len(e) - 2) + 1) if (e[k - 1].lower_,) in titles and e[:k].text.istitle()), 0
            )
            if n and not (n == 1 and first_name_titled(e)):
                e = Span(e.doc, e.start + n, e.end, label=e.label_)
            if len(e) > 1 and e[-1].text in _WEEKDAYS:  # "Sen. Ana Ruiz Monday said", "said Ruiz Sunday": not a name
                e = Span(e.doc, e.start, e.end - 1, label=e.label_)
        out.append(e)
    return out
