"""Where the speaker of a cue sits when the parse or the layout misleads (used by
:mod:`kg.language.speakers`).

- ``lead``: the words before a cue after a quote, past appositions ("“...?” Jane Roe, a historian,
  once wrote"): a cue far from the quote starts a statement of its own.
- ``role_then_name``: "asks historian and journalist Jane Roe": the name the parser made a conjunct
  of the role noun it took for the subject.
- ``regex_frame``: without a parse, a name and a speech verb next to the quote.
"""

from __future__ import annotations

from spacy.tokens import Token


def lead(toks: list[Token], cue: Token) -> int:
    """How many words come before ``cue`` in ``toks``, not counting punctuation and appositions
    ("Alfred Senn, an Olympic historian, once wrote": 3) when nothing follows the cue."""
    if any(c.i > cue.i and c.dep_ in ("prep", "ccomp", "xcomp", "dobj", "advcl") for c in cue.children):
        return toks.index(cue)  # "Roe, a dean, responded by recommending ...": a statement of its own
    aside = {t.i for a in toks if a.dep_ == "appos" for t in a.subtree}
    return sum(1 for t in toks[: toks.index(cue)] if not t.is_punct and t.i not in aside)


def role_then_name(subject: Token, verb: Token) -> Token | None:
    """ "“...?” asks historian and journalist Jane Roe": after its verb, a role noun without a
    determiner joined by "and" to one name, which the parser made the subject's conjunct: the name."""
    if subject.pos_ != "NOUN" or subject.i < verb.i or any(c.dep_ in ("det", "poss") for c in subject.children):
        return None
    names = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return names[0] if len(names) == 1 and names[0].ent_type_ else None


def regex_frame(text: str, frame: str, offset: int, rx, antecedent, pronouns) -> dict | None:
    """Without a parse: the speaker and verb that the pattern ``rx`` finds in ``frame`` (at ``offset``
    of ``text``); a pronoun goes to its ``antecedent``."""
    m = rx.search(frame)
    if not m:
        return None
    name = "n1" if m.group("n1") else "n2"
    verb = m.group("v1") or m.group("v2")
    s, e = m.start(name) + offset, m.end(name) + offset
    if m.group(name).lower() in pronouns:
        found = antecedent(s)
        if found is None:
            return None
        s, e = found
    return {"speaker": [s, e], "speaker_text": text[s:e], "cue": verb}
