"""Where the speaker of a cue sits when the parse or the layout misleads (used by
:mod:`kg.language.speakers`).

- ``lead``: the words before a cue after a quote, past appositions ("“...?” Jane Roe, a historian,
  once wrote"): a cue far from the quote starts a statement of its own.
- ``role_then_name``: "asks historian and journalist Jane Roe": the name the parser made a conjunct
  of the role noun it took for the subject.
- ``source_prep``: "according to X", "in the words of X": the preposition whose object is the source.
- ``sourced_report``: "Roe said: “...,” according to the transcript": a quote its speech verb introduces;
  "according to" after it names where the report comes from, not who spoke.
- ``regex_frame``: without a parse, a name and a speech verb next to the quote.
- ``body_title_name``: "said Department of Labor press secretary Jane Roe": the parser made the body
  the subject and the name its conjunct; a body, title words and a name in one phrase: the person.
- ``object_rival``: "Roe introduces Doe. She begins by stating ...": a person the antecedent's verb
  takes as its object, whom the pronoun may as well mean: the pronoun's antecedent is unknown.
- ``embedded_as``: "It did not matter to her whether Roe pushed first, as Roe claimed, “because ...”":
  an as-clause that qualifies a clause embedded in someone else's sentence attributes that clause,
  not the quote ("As Roe put it, “...”" and an as-clause on the quote's own verb still do).
- ``undated``: "“...,” said Roe Sunday.": the parser made the weekday the subject and the name its
  compound; the name is who spoke.
- ``named_source``: "“...,” Rep. Jo Roe, D-Ohio, who leads the panel, according to the Daily Ledger":
  a person named right after the quote, with no speech verb of their own, said it; the source after
  "according to" only reports it.
- ``other_clause``: "“...,” Roe said, and Doe offered only a reply that “...”": a clause joined to the cue
  before the quote, with a subject of its own and no speech verb, frames the quote: not the cue's words.
- ``in_subject_phrase``: "said a letter signed by ten governors, including Jo Roe and Bo Doe": names inside a
  phrase that describes the subject are not the subject (no joint statement of Roe and Doe).
"""

from __future__ import annotations

import bisect
import calendar
import re

from spacy.tokens import Span, Token

from .attributions import ADDRESSED
from .honorifics import is_title
from .sex import PRONOUN_SEX

MAX_TITLE_WORDS = 4
NAME_LINKS = ("of", "for", "and", "the", "&")  # small words inside a body's name
PERSON_TYPES = ("Person", "Official", "PERSON")
PHRASE_DEPS = ("prep", "pobj", "agent", "acl", "relcl", "advcl", "ccomp", "xcomp", "dobj", "pcomp")
WEEKDAYS = frozenset(calendar.day_name)  # English day names (the C locale)
_WHEN = frozenset({"as", "when", "while", "after", "before"})  # a time clause's conjunctions
_SOURCED = re.compile(r"[^\w\n]*(?:according to|in the words of)\b")  # right after a closing mark


def lead(toks: list[Token], cue: Token) -> int:
    """How many words come before ``cue`` in ``toks``, not counting punctuation and appositions
    ("Alfred Senn, an Olympic historian, once wrote": 3) when nothing follows the cue."""
    # a subject's title and name are one word ("“...?” Party Chairwoman Jane Q. Roe told Politico")
    subjects = [s for s in cue.children if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.i < cue.i]
    extra = sum(1 for s in subjects for t in s.subtree if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < s.i)
    who = {t.i for a in toks if _who_aside(a) for t in a.subtree}  # "Jo Roe, who led the event, told reporters"
    if any(
        c.i > cue.i and c.dep_ in ("prep", "ccomp", "xcomp", "dobj", "advcl") and not _circumstance(cue, c) for c in cue.children
    ):
        return sum(1 for t in toks[: toks.index(cue)] if t.i not in who) - extra  # "Roe, a dean, responded by recommending ..."
    aside = who | {t.i for a in toks if a.dep_ == "appos" for t in a.subtree}
    return sum(1 for t in toks[: toks.index(cue)] if not t.is_punct and t.i not in aside) - extra


def _circumstance(cue: Token, child: Token) -> bool:
    """What follows a speech verb but is no statement of its own: to whom or when ("told an officer as she left")."""
    if child.dep_ in ("dobj", "prep"):  # "told an officer", "told reporters on Monday"
        return cue.lemma_.lower() in ADDRESSED if child.dep_ == "dobj" else any(p.text in WEEKDAYS for p in child.children)
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHEN for m in child.children)


def _who_aside(clause: Token) -> bool:
    """A relative clause set off by commas after a name ("Jo Roe, who led the event, told ..."): an aside."""
    first = clause.left_edge
    return (
        clause.dep_ == "relcl"
        and clause.head.pos_ == "PROPN"
        and first.lower_ == "who"
        and first.i > 0
        and first.nbor(-1).text == ","
    )


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


def source_prep(t: Token) -> Token | None:
    """The preposition whose object is the source in "according to X" and "in the words of X" (``t``:
    "according", "words"), or None."""
    doc, i = t.doc, t.i
    if t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        return doc[i + 1]
    if t.lower_ == "words" and i >= 2 and doc[i - 2].lower_ == "in" and doc[i - 1].lower_ == "the" and i + 1 < len(doc):
        return doc[i + 1] if doc[i + 1].lower_ == "of" else None
    return None


def sourced_report(toks: list[Token], text: str, close: int, is_cue) -> bool:
    """ "Roe said: “...,” according to the transcript": a quote that the speech verb right before it
    introduces (then ":" or ","), with "according to" (or "in the words of") right after it naming where
    the report comes from, not who spoke: the verb's subject spoke."""
    words = [t for t in toks if not t.is_punct]
    return bool(words) and toks[-1].text in (":", ",") and is_cue(words[-1]) and _SOURCED.match(text, close) is not None


def body_title_name(subject: Token, body: tuple[int, int] | None, persons: list[Span]) -> tuple[int, int] | None:
    """The person named right after the body ``body`` in the phrase of ``subject``, with only title
    words between them ("HHS press secretary Jane Roe", "Acme spokesman Jon Doe"), or None."""
    if body is None and subject.pos_ == "PROPN" and not subject.ent_type_:
        body = (subject.idx, subject.idx + len(subject))  # "said Parents for Safe Streets ...": no entity, no mention
    if body is None or any(p.start_char == body[0] for p in persons):
        return None  # the subject is a person already
    doc, edge = subject.doc, subject.right_edge.idx + len(subject.right_edge)
    end = doc.char_span(body[0], body[1], alignment_mode="expand")
    for p in persons:
        if end is not None and body[1] < p.start_char and p.end_char <= edge:
            gap = doc[end.end : p.start]
            if 0 < len(gap) <= MAX_TITLE_WORDS and all(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for t in gap):
                return p.start_char, p.end_char
            if _rest_then_title(gap):  # "said Friends for Parks of Ohio President Jo Roe": the body's name went on
                return p.start_char, p.end_char
    return None


def _rest_then_title(gap: Span) -> bool:
    """The rest of a body's name the model did not label ("for Parks of Ohio": proper nouns and the
    small words of names, a place inside it) and then a title word right before the person."""
    if not 1 < len(gap) <= 2 * MAX_TITLE_WORDS or not is_title(gap[-1].text) or gap[-1].pos_ != "PROPN":
        return False
    return all(t.pos_ == "PROPN" and t.is_title or t.lower_ in NAME_LINKS for t in gap) and not any(
        t.ent_type_ in PERSON_TYPES for t in gap
    )


def object_rival(subject: Span, persons: list[Span]) -> bool:
    """Whether another person of ``persons`` is the direct object of the verb whose subject is
    ``subject`` ("Roe introduces Doe"): a later he/she may mean either."""
    verb = subject.root.head
    return any(p.root.dep_ == "dobj" and p.root.head.i == verb.i and p.text != subject.text for p in persons)


def embedded_as(cue: Token, in_quote) -> bool:
    """Whether ``cue`` heads an as-clause ("as Roe claimed") that neither opens its sentence nor hangs
    on the sentence's main verb or a verb inside the quote, but on a clause embedded outside it."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return False
    head = cue.head
    opens = cue.left_edge.i == cue.sent.start
    return not opens and head is not cue.sent.root and head.dep_ != "ROOT" and not in_quote(head.idx)


def rival_between(mentions: list[Span], starts: list[int], last: Span, pos: int, form, sex) -> bool:
    """Another person known to be of the pronoun's sex, named in a later sentence than the antecedent found
    and before the pronoun (also as a possessor: "... despite Sewell's efforts. 'I apologize,' she said"):
    either may be meant, so neither is. A person of unknown sex, or one in the antecedent's own sentence
    ("Roe said ... regardless of what Quint might say"), is no rival. ``mentions`` are in text order,
    ``starts`` their start offsets."""
    want = PRONOUN_SEX.get((form or "").lower())
    between = mentions[bisect.bisect_left(starts, last.end_char) : bisect.bisect_left(starts, pos)]
    return want is not None and any(
        e.sent.start > last.sent.start and e[-1].text != last[-1].text and sex.of(e) == want for e in between
    )


def undated(t: Token) -> Token:
    """The name a weekday subject was glued to ("said Roe Sunday": Roe), else ``t`` itself."""
    if t.text not in WEEKDAYS or t.i == 0:
        return t
    name = t.doc[t.i - 1]
    return name if name.dep_ == "compound" and name.head.i == t.i and name.pos_ == "PROPN" else t


def named_source(toks: list[Token], cue: Token, persons: list[Span]) -> tuple[int, int] | None:
    """After a quote (``toks`` start right after its closing mark), the person named first, before an
    "according to" cue with only title words ahead of the name and no other speech between: the one
    who spoke, not the source that reports it; or None."""
    if cue.lower_ != "according" or not toks or cue.i <= toks[0].i:
        return None
    lo = toks[0].i + (toks[0].is_punct and toks[0].text in ",—–-")
    first = next((p for p in persons if lo <= p.start < cue.i), None)
    if first is None or first.end >= cue.i or first.doc[first.end].text != ",":
        return None  # not "“...,” Roe's aide, according to ...": a possessor
    ahead = first.doc[lo : first.start]
    return (first.start_char, first.end_char) if len(ahead) <= MAX_TITLE_WORDS and all(t.pos_ == "PROPN" for t in ahead) else None


def other_clause(cue: Token, toks: list[Token], is_cue) -> bool:
    """Whether a clause after ``cue`` in ``toks`` (the words before a quote) is joined to it by "and" with a
    named subject of its own and a verb that is no speech verb: the quote is that clause's, not the cue's."""
    last = toks[-1].i if toks else cue.i
    return any(
        c.dep_ == "conj"
        and cue.i < c.i <= last
        and c.pos_ == "VERB"
        and not is_cue(c)
        and any(s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN") for s in c.children)
        for c in cue.children
    )


def in_subject_phrase(tok: Token, subject: Token) -> bool:
    """Whether ``tok`` names the subject itself (its name, apposition or conjunct), not someone inside a phrase
    that describes it ("said a letter signed by 10 governors, including Jo Roe and Bo Doe": not Roe)."""
    while tok.i != subject.i:
        if tok.dep_ in PHRASE_DEPS or tok.head is tok:
            return False
        tok = tok.head
    return True


def denied_speech(verb) -> bool:
    """A speech verb said not to have happened: "X did not comment", "(Neither X nor Y would comment.)": no cue
    of the quote before it (the words are someone else's)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(g.lower_ == "neither" and g.i < s.i for s in verb.children if s.dep_ == "nsubj" for g in s.children)


def clause_subjects(verb: Token, in_quote) -> list[Token]:
    """The subjects of ``verb`` outside quotes, a name first: "things that organizer X said" (the relative pronoun
    last); "As the famous jurist Jo Roe once said" parsed with two subjects, "jurist" and "Roe": the noun right
    before the name is the name's description, not a subject of its own."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_quote(c.idx) and not c.is_punct]
    named = [c for c in found if c.ent_type_ in ("Person", "Official") and c.pos_ == "PROPN"]
    found = [c for c in found if not (c.pos_ == "NOUN" and any(n.left_edge.i == c.i + 1 for n in named))]
    return sorted(found, key=lambda c: c.lower_ in ("who", "that"))
