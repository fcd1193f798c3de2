"""Turns of a broadcast or interview transcript as quotations (used by ``kg_quotes``).

A transcript writes each turn as a paragraph that opens with the speaker's name in capitals and a colon:
"JANE ROE, HOST: ...", "SEN. JO DOE: ...", "ROE: ...". A document is a transcript when at least
``MIN_TURNS`` paragraphs open so under at least two labels. A turn is a quotation of the person its label
names: a person of the article's entities whose name is the label's (titles before it and the role after
its comma aside), or, for a surname alone ("ROE:"), the one person that the labels or the entities name in
full with that surname. A label that names no person of the article ("NPR:", "MYTH:", "Q:"), or names two,
gives no quotation; so does a turn that holds a quotation of its own (its marks say whose words those are).
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

from ..lexicon.load import load_lexicon
from .honorifics import is_title

MIN_TURNS = 3
_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z'’-]+)(?:,[A-Z ,.'’-]{1,40})?:\s+(?=\S)")
_INNER = re.compile(r"[.?!] (?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z'’-]+:\s")


def _label_name(label: str) -> str:
    """ "SEN. JO DOE" -> "Jo Doe": the words after any title (nameparser's, or one of the lexicon's as
    abbreviated: "Sen.", "Gov."), in the case names are written in."""
    words = label.split()
    while len(words) > 1 and (is_title(words[0]) or load_lexicon().title(words[0].capitalize()) is not None):
        words.pop(0)
    return " ".join(w.capitalize() for w in words)


def turns(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, label name) of each turn of a transcript (the words after the label, to the end of
    its paragraph); none when the document is no transcript."""
    found = []
    for ps, pe in paras:
        m = _LABEL.match(text, ps, pe)
        if m and len(m.group(1).replace(" ", "")) >= 2 and m.end() < pe:
            inner = _INNER.search(text, m.end(), pe)  # "... that clip. JO ROE: ...": a lost break, another turn
            found.append((m.end(), inner.start() + 1 if inner else pe, _label_name(m.group(1))))
    return found if len(found) >= MIN_TURNS and len({n for _, _, n in found}) >= 2 else []


def turn_quotes(doc: Doc, text: str, paras, results: list[dict], person_labels: set[str], min_words: int) -> list[dict]:
    """Quotations for the turns of a transcript whose label names one person of the article (a turn of fewer
    than ``min_words`` words, "Sure." or "Good morning.", is none)."""
    found = turns(text, paras)
    if not found:
        return []
    persons = [e for e in doc.ents if e.label_ in person_labels and " " in e.text.strip()]
    full: dict[str, set[str]] = defaultdict(set)  # surname -> the full names the labels and the entities give it
    for n in [n for _, _, n in found if " " in n] + [" ".join(w.capitalize() for w in e.text.split()) for e in persons]:
        full[n.split()[-1]].add(n)
    out = []
    for start, end, name in found:
        if len(text[start:end].split()) < min_words or any(start <= r["start"] < end for r in results):
            continue
        names = {name} if " " in name else full.get(name, ())
        if len(names) != 1:
            continue
        whole = next(iter(names)).casefold()
        mention = next((e for e in persons if " ".join(e.text.split()).casefold() == whole), None)
        if mention is None:
            continue
        out.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "speaker": [mention.start_char, mention.end_char],
                "speaker_text": mention.text,
                "cue": None,
                "how": "transcript",
                "group": None,
                "open": start,
                "close": end,
                "para": None,
            }
        )
    return out
