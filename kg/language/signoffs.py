"""Names that sign or finish a quotation outside the sentence frames of :mod:`kg.language.speakers`.

- ``signature``: a quote block (or a paragraph that ends in a quote no cue attributes) followed by a line that is only a name and an outlet ("Jane Roe,
  Daily Ledger"), the layout of digests that collect commentary: the line signs the block above it. "Jo Roe and Al Poe,
  The Ledger": the first author named signs.
- ``dash_signed``: a line that opens with a dash and a person's name signs the quote paragraphs
  before it ("“...”" then "-- Rep. Jane Roe at a town hall in Denver"), the layout of columns that
  collect remarks of the week.
- ``echoed``: a paragraph that opens "That's what <person> <speech verb> ..." right after quote paragraphs
  with no cue names who said them ("“...”" then "That's what Secretary Jo Roe told a hearing on Monday").
- ``sign_blocks``: applies ``signature``, ``dash_signed`` and ``echoed`` to the quotes of kg_quotes no cue attributes.
- ``only_quotes``: a paragraph that quotes fill (a block a signature or an echo may sign), also one that
  a lost paragraph break split into two quotes.
- ``whole_name``: a one-word name the model split from the given names before it ("Dr Ann Lee Roe"
  labelled "Roe", or "Ann Lee" and "Roe"): the whole name from a first name of the Census tables
  (:func:`kg.language.sex.is_first_name`; not "Commissioner Roe"), so that the speaker is not
  another Roe of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .cues import ent_of
from .honorifics import is_title
from .sex import is_first_name

DASHES = ("--", "—", "–")
MAX_LEAD = 4  # tokens between the dash and the name: titles ("Rep", "Sen.")
MAX_GIVEN = 3  # given names taken back before a split surname
TAIL = " .,;:!?”\"’'…"  # what may follow a quote that fills its paragraph
_GAP = " .,;:!?”\"’'…\u200b\u200c\u200d\u2060\ufeff"  # what may follow or part quotes that fill a paragraph


def dash_signed(doc: Doc, text: str, start: int, end: int, person_labels: set[str]) -> tuple[int, int] | None:
    """``(start, end)`` of the person named right after the dash that opens ``text[start:end]``, or None."""
    line = text[start:end].lstrip()
    dash = next((d for d in DASHES if line.startswith(d)), None)
    span = doc.char_span(start, end, alignment_mode="expand")
    if dash is None or span is None:
        return None
    after = start + (len(text[start:end]) - len(line)) + len(dash)
    toks = [t for t in span if t.idx >= after and not t.is_space]
    for t in toks[: MAX_LEAD + 1]:
        if t.ent_iob_ == "B" and t.ent_type_ in person_labels:  # not "-- Jane Roe contributed to this report."
            ent = ent_of(t)
            return None if ent.root.dep_ in ("nsubj", "nsubjpass") else (ent.start_char, ent.end_char)
        if not (t.text[:1].isupper() and is_title(t.text)):
            return None  # "-- a reader in Ohio", "— posted by Jane Roe": not a signature
    return None


def signature(doc: Doc, text: str, start: int, end: int, person_labels: set[str]) -> tuple[int, int] | None:
    """The person who signs the paragraph ``text[start:end]`` when it is only a name, or a name, a
    comma and a few capitalised words (an outlet): ``(start, end)`` of the name, or None. Of two
    authors ("Jo Roe and Al Poe, The Ledger") the first."""
    line = text[start:end].strip()
    if not line or len(line.split()) > 9 or line[-1:] in '.!?:;”"':
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    name_end = _name_end(doc, span, start, person_labels, outlet=True)
    if name_end is None:
        return None
    rest = text[name_end:end].strip()
    if rest.startswith("and ") and (co := doc.char_span(name_end, end, alignment_mode="expand")) is not None:
        co_end = _name_end(doc, co[1:], co[1].idx, person_labels, outlet=True) if len(co) > 1 else None
        rest = text[co_end:end].strip() if co_end is not None else rest
    if rest and not (rest.startswith(",") and all(w[:1].isupper() or not w.isalpha() for w in rest[1:].split())):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span if t.idx >= name_end):
        return None
    return start, name_end


def _name_end(doc: Doc, span, start: int, person_labels: set[str], outlet: bool) -> int | None:
    """The end of the person's name that opens ``span``: an entity labelled a person, or two or three
    unlabelled proper nouns (joined by hyphens: "Ruiz-Okafor") before a comma."""
    first = next((e for e in doc.ents if start <= e.start_char < span.end_char), None)
    if first is not None and first.start_char == start and first.label_ in person_labels:
        return first.end_char
    lead, words = [], 0  # "Kate Andrias, Detroit Free Press": a name the model did not label, then an outlet
    for t in span:
        joined = t.text == "-" and lead and not lead[-1].whitespace_ and not t.whitespace_
        if not joined and (t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper()):
            break
        lead.append(t)
        words += not joined and not (lead[:-1] and lead[-2].text == "-")
    after = span[len(lead)] if len(lead) < len(span) else None
    if not 2 <= words <= 3 or after is None or after.text not in (",", "and") or after.i + 1 >= span.end:
        return None  # a name alone, unlabelled, is not enough: an outlet must follow it
    return lead[-1].idx + len(lead[-1])


_ECHO = re.compile(r"(?:That|Those)(?:['’]s| is| was| are| were) (?:what|the words) ")


def echoed(doc: Doc, text: str, start: int, end: int, speaker_of: Callable[..., dict | None]) -> tuple[int, int] | None:
    """``(start, end)`` of the person whose speech verb the first sentence of ``text[start:end]`` reports when it
    opens "That's what" ("That's what Jo Roe told the panel"), by ``speaker_of`` (the speech-verb frame), or None."""
    span = doc.char_span(start, end, alignment_mode="expand") if _ECHO.match(text, start) else None
    if span is None:
        return None
    found = speaker_of([t for t in span[0].sent if t.i >= span.start], first=True)
    return tuple(found["speaker"]) if found and found["speaker"] and found["cue"] else None


def only_quotes(text: str, para: tuple[int, int], quotes: list[dict]) -> bool:
    """Whether the paragraph's text outside its quotes is only punctuation: it opens with a quote, each
    quote closes where the next opens or before the paragraph's end (a quote whose lost break split it)."""
    at = para[0]
    for r in sorted(quotes, key=lambda r: r["open"]):
        if text[at : r["open"]].strip(_GAP):
            return False
        at = max(at, r["close"])
    return not text[at : para[1]].strip(_GAP)


def whole_name(doc: Doc, speaker: tuple[int, int], person_labels: set[str]) -> tuple[int, int]:
    """The speaker's span widened over the capitalised given names the model left out of a one-word
    name (or labelled as a person of their own) right before it; the span itself otherwise."""
    first = doc.char_span(speaker[0], speaker[1])
    ent = ent_of(first[0]) if first is not None and first[0].ent_iob_ == "B" else None
    if ent is None or (ent.start_char, ent.end_char) != tuple(speaker) or ent.label_ not in person_labels or ent.start == 0:
        return speaker
    if len(ent) > 1 and doc[ent.start - 1].ent_type_ not in person_labels:
        return speaker  # "CEO Mark Zuckerberg": a whole name already
    first = ent.start
    for i in range(ent.start - 1, max(ent.start - 1 - MAX_GIVEN, -1), -1):
        t = doc[i]
        name_like = t.pos_ == "PROPN" and t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower()
        if (
            not name_like
            or is_title(t.text)
            or t.whitespace_ != " "
            or (t.ent_type_ and t.ent_type_ not in person_labels)
            or t.dep_ not in ("compound", "flat")
            or not ent.start <= t.head.i < ent.end
        ):
            break
        first = i if is_first_name(t.text) else first  # from a given name: not "Commissioner Cox"
    return (doc[first].idx, speaker[1]) if first < ent.start else speaker


def widen_speakers(doc: Doc, text: str, results: list[dict], person_labels: set[str]) -> None:
    """Each quote's speaker span made its :func:`whole_name` (in place)."""
    for r in results:
        if r["speaker"] is not None:
            r["speaker"] = list(whole_name(doc, r["speaker"], person_labels))
            r["speaker_text"] = text[r["speaker"][0] : r["speaker"][1]]


def sign_blocks(
    doc: Doc, text: str, paras, results: list[dict], labels: set[str], speaker_of: Callable[..., dict | None]
) -> None:
    """Quotes with no cue in paragraphs that are only quotes, and a signature line after the block: it signs them."""
    pieces: dict[int, list[dict]] = {}
    for r in results:
        pieces.setdefault(r["para"], []).append(r)
    only = {k for k, rs in pieces.items() if only_quotes(text, paras[k], rs)}  # the quotes fill it
    for r in results:
        if r["speaker"] is not None or r["how"] is not None:
            continue
        if r["para"] not in only:  # 'Critics note that “...”' then "Jo Roe, The Ledger": the line signs the quote
            ends = r is pieces[r["para"]][-1] and not text[r["close"] : paras[r["para"]][1]].strip(TAIL)
            line = paras[r["para"] + 1] if ends and r["para"] + 1 < len(paras) else None
            if line and (found := signature(doc, text, *line, labels)) is not None:
                r.update(speaker=list(found), speaker_text=text[found[0] : found[1]], cue=None, how="signature")
            continue
        j = r["para"] + 1
        while j in only:
            j += 1
        line = paras[j] if j < len(paras) else None  # "-- Rep. Jane Roe at ..."
        signed = line and (signature(doc, text, *line, labels) or dash_signed(doc, text, *line, labels))
        found = signed or line and echoed(doc, text, *line, speaker_of)  # "That's what Jo Roe said"
        if found is not None:
            r.update(speaker=list(found), speaker_text=text[found[0] : found[1]], cue=None, how="signature")
