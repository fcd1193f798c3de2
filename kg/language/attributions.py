"""Attribution frames that the dependency parse gets wrong or that sit outside the quote's sentence.

- ``inverted``: "“...,” added Stewart." The parser makes the name after a speech verb its object;
  right after a quote, with no subject of its own, that name is who spoke (not after "told": "told
  Smith" names the listener).
- ``signature``: a quote block followed by a line that is only a name and an outlet ("Jane Roe,
  Daily Ledger"), the layout of digests that collect commentary: the line signs the block above it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

OBJECT_DEPS = ("dobj", "attr", "dative", "oprd", "appos")
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL")  # "recalled Monday": when, not who
LISTENER_VERBS = ("tell",)
SENT_END = {".", "!", "?"}


def clause_before(span: Span) -> list[Token]:
    """The tokens of ``span`` after its last sentence-final punctuation."""
    toks: list[Token] = []
    for t in reversed(span):
        if t.text in SENT_END:
            break
        toks.insert(0, t)
    return toks


def inverted(verb: Token) -> Token | None:
    """The name after a speech verb that follows a quote and has no subject ("said Jane Roe" parsed as
    an object), or None."""
    doc = verb.doc
    if verb.i == 0 or verb.lemma_.lower() in LISTENER_VERBS:
        return None
    if not any(t.is_quote for t in doc[max(verb.i - 2, 0) : verb.i]):
        return None  # right after the closing mark: not "..., tweeting last October:"
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1 and c.ent_type_ not in NOT_NAMES:
            return c
    return None


def signature(doc: Doc, text: str, start: int, end: int, person_labels: set[str]) -> tuple[int, int] | None:
    """The person who signs the paragraph ``text[start:end]`` when it is only a name, or a name, a
    comma and a few capitalised words (an outlet): ``(start, end)`` of the name, or None."""
    line = text[start:end].strip()
    if not line or len(line.split()) > 9 or line[-1:] in '.!?:;”"':
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first = next((e for e in doc.ents if e.start_char >= start and e.start_char < end), None)
    if first is not None and first.start_char == start and first.label_ in person_labels:
        name_end = first.end_char
    else:  # "Kate Andrias, Detroit Free Press": a name the model did not label, then an outlet
        lead = []
        for t in span:
            if t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper():
                break
            lead.append(t)
        after = span[len(lead)] if len(lead) < len(span) else None
        if not 2 <= len(lead) <= 3 or after is None or after.text != "," or after.i + 1 >= span.end:
            return None  # a name alone, unlabelled, is not enough: an outlet must follow it
        name_end = lead[-1].idx + len(lead[-1])
    rest = text[name_end:end].strip()
    if rest and not (rest.startswith(",") and all(w[:1].isupper() or not w.isalpha() for w in rest[1:].split())):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span if t.idx >= name_end):
        return None
    return start, name_end
