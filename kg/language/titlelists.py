"""Titles written before a name in ways that reach past the name's own neighbours, for ``kg_titles``
(a mixin of :class:`kg.pipeline.titles.TitleFinder`):

- a plural title whose members a list introduces: "a group of senators, including A, B and C" (the
  words that introduce members are ``member_preps`` of relation_cues.json): each named one holds the
  title, as after "Sens. A, B and C";
- an honorific between a title and the name: "FDA Commissioner Dr. X", "Surgeon General Dr. X" (the
  honorifics are nameparser's, :mod:`kg.language.honorifics`): the title is the one before it;
- a title owned by a body or a person, a comma, the name: "CREW's executive director, X", "his
  Attorney General, X," "Carter's chief of staff, X," (a possessive pronoun or a person the model
  names: the title alone, no body).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.entries import Title
from .cues import cues
from .descriptors import party_words
from .honorifics import is_name_title, is_title
from .sex import word_sex
from .text import per_doc
from .titleclauses import BODIES
from .titlegroups import agency_by_noun
from .titleindex import singular
from .titlenames import ent_at, person_owner
from .titleties import subject_of_clause

_SET_OFF_DETERMINERS = frozenset({"the", "a", "an", "another"})
_LIST_OPENERS = frozenset({"–", "—", ":"})  # "three chiefs of staff – A, B and C", "the senators: A and B"


def _singular(word: str) -> str:
    """singular(), and "chairmen" -> "chairman", "congresswomen" -> "congresswoman"."""
    return word[:-3] + "man" if word.lower().endswith("men") and len(word) > 5 else singular(word)


def plural_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The singular forms a plural title phrase may stand for: its last word made singular ("justices"),
    or the word before its "of" ("chiefs of staff", "attorneys general" is the first)."""
    last = words[-1]  # a singular last word ("general" of "attorneys general") is no plural title of its own
    forms = [words[:-1] + (_singular(last),)] if _singular(last) != last or last.endswith("s.") else []
    if "of" in words[1:-1] and _singular(w := words[words.index("of") - 1]) != w:
        forms.append(words[: words.index("of") - 1] + (_singular(w),) + words[words.index("of") :])
    return forms


def singular_title(words: list[str], title: str) -> list[str]:
    """The written words of a plural title with each plural word the lexicon's title holds singular made
    singular ("Justices" -> "Justice", "chiefs of staff" -> "chief of staff"), else as written."""
    want = title.split()
    tail = words[-len(want) :] if words else []
    if not words or [w.lower() for w in tail] == want:
        return words
    fixed = [_singular(w) if w.lower() != x and _singular(w).lower() == x else w for w, x in zip(tail, want)]
    if len(tail) == len(want) and fixed != tail:
        return words[: len(words) - len(want)] + fixed
    if _singular(words[-1].lower()) != words[-1].lower():
        return words[:-1] + [_singular(words[-1])]  # an abbreviation's plural
    return words


class ListedTitles:
    """Needs ``_title_ending_at``, ``_list_start``, ``_record`` and ``body_heads`` of the title finder."""

    def _members_title(self, doc: Doc, person: Span, floor: int):
        """The plural title a list of members follows: "senators, including A, B and C" (the title's last
        token ends before the comma and the member word); (t_end, hit) or None."""
        start = self._list_start(doc, person, floor) or person.start
        k = start - 1
        while k - 1 > floor and doc[k].text.rstrip("s") in party_words() and doc[k - 1].lower_ == "the":
            k -= 2  # "governors, including the Republicans A of Ohio and B of Nevada"
        frames = cues()["stance_frames"]  # not "judges like X": examples of a kind, a description (comparison_preps)
        if k <= floor or doc[k].lower_ not in set(frames["member_preps"]) - set(frames["comparison_preps"]):
            return None
        k -= doc[k - 1].text == ","
        hit = self._title_ending_at(doc, k, floor, plural=True)
        return (k, hit) if hit is not None else None

    def _dashed_list_title(self, doc: Doc, person: Span, floor: int):
        """A plural title, a dash or a colon, then a list of names holding it: "three former Clinton chiefs of
        staff – A, B, and C" (each named one holds it); (t_end, hit) or None."""
        start = self._list_start(doc, person, floor) or person.start
        k = start - 1
        if k - 1 <= floor or doc[k].text not in _LIST_OPENERS | {","}:
            return None
        hit = self._title_ending_at(doc, k, floor, plural=True)
        if hit is not None and doc[k].text == "," and not _set_off_list(doc, start, person, k):
            return None  # a comma opens a list of two or more names set off after the title: "its two senators, A and B,"
        return (k, hit) if hit is not None else None

    def _honorific_title(self, doc: Doc, person: Span, floor: int):
        """The title before an honorific written before the name: "FDA Commissioner Dr. X" (an
        abbreviation with its full stop, never a title of the table, which is read as the title);
        (t_end, hit) or None. Not a courtesy honorific, which stands in for a title and never follows one:
        "the same detective Mr. X is suing" is someone X sues."""
        if len(person) > 1 and is_name_title(word := doc[person.start].text):  # "Pope Francis": the title opens the name
            return person.start + 1, (person.start, Title(word.lower(), "head", "Person"))  # not a lexicon title: names keep it
        k = person.start - 1
        if k <= floor or not (doc[k].text.endswith(".") and doc[k].text[:1].isupper() and is_title(doc[k].text)):
            return None
        if word_sex(doc[k].text) is not None:  # "Mr.", "Mrs.", "Ms."
            return None
        hit = self._title_ending_at(doc, k, floor)
        return (k, hit) if hit is not None else None

    def _set_off_title(self, doc: Doc, person: Span, floor: int):
        """A title phrase set off by a comma before the name it describes: "the outgoing House intelligence
        committee chair, X,", "the FDA commissioner, X.", "a Boston police officer, X," (the phrase opens
        with "the", or with "a", "an" or "another" opening the sentence or after its verb, and holds no
        verb nor preposition; the name's apposition closes); (t_end, hit) or None."""
        k = person.start - 1
        if k - 1 <= floor or doc[k].text != "," or not self._closed(doc, person):
            return None
        hit = self._title_ending_at(doc, k, floor)
        if hit is None:
            return None
        left = doc[k - 1].left_edge.i
        if (
            left < floor
            or left > hit[0]
            or doc[left].lower_ not in _SET_OFF_DETERMINERS
            or (left > floor and doc[left - 1].text == ",")
        ):
            return None  # "A, the sheriff, X and Y": the sheriff may be an item of the list
        if (
            doc[left].lower_ != "the"
            and left > floor
            and (doc[left - 1].pos_ not in ("VERB", "AUX") or doc[left - 1].lower_ == "of")
            and not _second_set_off(doc, left, k)
        ):
            return None  # "assisted another police officer, X,", "A police officer, X,"; not "a friend of a sheriff, X"
        if any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") and not _word_hyphen(t) for t in doc[left + 1 : k]):
            return None  # but "the then-mayor, X,": a hyphen inside a word
        return k, hit

    def _closed(self, doc: Doc, person: Span) -> bool:
        """Whether the name ends an apposition: a comma, a full stop or a dash after it, no other name listed after
        it ("the sheriff, A, B and C"), and no noun phrase then a verb of its own ("the sheriff, A, a local
        reporter obtained it": A is the reporter's, not the sheriff's)."""
        e = person.end
        if e >= len(doc) or doc[e].text not in (",", ".", ";", "—"):  # "the chief of staff, A — provided ..."
            return False
        if doc[e].text != "," or e + 1 >= len(doc):
            return True
        nxt = doc[e + 1 + (doc[e + 1].lower_ == "and" and e + 2 < len(doc))]
        if nxt.ent_type_ in ("Person", "Official"):
            return False
        return doc[e + 1].pos_ in ("VERB", "AUX") or not subject_of_clause(doc, e + 1, person.sent.end, set_off=True)

    def _owned_title(self, doc: Doc, person: Span, floor: int) -> list[dict]:
        """ "CREW's executive director, Noah Bookbinder, said": a body's title, a comma, the person;
        "his Attorney General, Pam Bondi,": a person's, the title alone."""
        if person.start - 1 <= floor or doc[person.start - 1].text != ",":
            return []
        hit = self._title_ending_at(doc, person.start - 1, floor)
        if hit is not None and hit[0] - 1 > floor and (doc[hit[0] - 1].tag_ == "PRP$" or named_owner(doc, hit[0])):
            if not self._closed(doc, person):
                return []  # "her chief of staff, X said": the apposition must close
            return [self._record(doc, person, hit[0], person.start - 1, hit[1], None, "title-of-pronoun")]
        k = hit[0] - 1 if hit is not None else floor
        while k > floor + 1 and (doc[k].lower_ in _seat_modifiers() or doc[k].text in party_words()):
            k -= 1  # "Kentucky's junior senator, X", "Ohio's Democratic senator, X"
        if hit is None or k - 1 < floor or doc[k].tag_ != "POS":
            return []
        body = body if (body := ent_at(doc, k - 1)) is not None and body.end == k else agency_by_noun(doc, doc[k - 1])
        if body is None or body.label_ not in BODIES:
            return []
        if person_owner(doc, body, hit[1], self.body_heads):
            return []  # "Wexley's spokesman, X": a person's staff, not a member of a body
        body = None if body.label_ == "Place" and hit[1].cls == "Person" else body  # "DD's founder": no place has one
        return [self._record(doc, person, hit[0], person.start - 1, hit[1], body, "title-of-owner")]


@lru_cache(maxsize=1)
def _seat_modifiers() -> frozenset[str]:
    return frozenset(cues()["seat_modifiers"])


def named_owner(doc: Doc, t_start: int) -> bool:
    """Whether a person the model names owns the title starting at ``t_start``: "Carter's chief of staff, X,"
    (the title alone, as after "his": a person's staff, no body)."""
    owner = ent_at(doc, t_start - 2) if t_start - 2 >= 0 and doc[t_start - 1].tag_ == "POS" else None
    return owner is not None and owner.label_ in ("Person", "Official") and owner.end == t_start - 1


def _set_off_list(doc: Doc, start: int, person: Span, comma: int) -> bool:
    """Whether the names from ``start`` to ``person`` are two or more, joined by "and", in apposition to
    the plural title before ``comma`` ("the state's two senators, A and B,"): the title no object of a
    preposition ("Unlike the senators, A and B ..."), the list closed by a comma or the sentence's verb."""
    last = _list_end(doc, person)
    if start >= last.start or not any(t.lower_ in ("and", "&") for t in doc[start : last.start]):
        return False
    title = doc[comma - 1]
    if title.dep_ == "pobj" or any(a.dep_ == "pobj" for a in title.ancestors if a.i < comma and a.i > title.sent.start):
        return False
    after = doc[last.end] if last.end < len(doc) else None
    return after is not None and (after.text == "," or after.pos_ in ("VERB", "AUX"))


def _list_end(doc: Doc, person: Span) -> Span:
    """The last name of the list of names that goes on after ``person`` ("A, B and C"), or ``person``."""
    ends = per_doc(doc, "person ends", lambda: {e.start: e.end for e in doc.ents if e.label_ in ("Person", "Official")})
    last, j = (person.start, person.end), person.end
    while True:
        k = j
        while k < len(doc) and doc[k].text in (",", "and", "&"):
            k += 1
        if k == j or k not in ends:
            return doc[last[0] : last[1]]
        last, j = (k, ends[k]), ends[k]


def _second_set_off(doc: Doc, left: int, k: int) -> bool:
    """Whether the title phrase ``doc[left:k]`` is the second of two set-off titles joined by "and": "has a
    governor, A, and a lieutenant governor, B," (its head a conjunct of A or of the first title, which
    has A in apposition)."""
    head = doc[k - 1]
    if left < 2 or doc[left - 1].lower_ != "and" or doc[left - 2].text != "," or head.dep_ != "conj":
        return False
    first = head.head
    named = [first] if first.dep_ == "appos" else [c for c in first.children if c.dep_ in ("appos", "conj")]
    return any(n.i < left and n.ent_type_ in ("Person", "Official") for n in named)


def _word_hyphen(t) -> bool:
    """A hyphen glued to the words on both sides ("then-mayor", "ex-chief"): part of a word, not punctuation."""
    return t.text in ("-", "–") and t.i > 0 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_


def listed(doc: Doc, pre: dict, app: dict) -> bool:
    """The apposition ``app`` after a name titled before (``pre``) is another item of a series: the title
    before the name follows a series comma and the apposition's comma goes on with the series
    ("Steves, McKay, City Attorney X, the former health officer of Y, two past presidents ..."); not
    "A and Sen. X, the majority whip, said" nor "..., Rep. X, the committee's chair, tried"."""
    if app["rule"] != "title-apposition" or not pre.get("at") or not app.get("at"):
        return False
    start = min(pre["at"][0], pre["org"][0]) if pre.get("org") else pre["at"][0]  # "Seattle City Attorney X"
    first = doc.char_span(start, pre["at"][1], alignment_mode="expand")
    last = doc.char_span(app["at"][0], app["at"][1], alignment_mode="expand")
    if first is None or last is None or first.start == 0 or doc[first.start - 1].text != ",":
        return False
    comma = next(
        (t for t in doc[last.end : last.sent.end] if t.text == "," and t.ent_iob_ != "I"), None
    )  # not "Health, Education"
    after = doc[comma.i + 1] if comma is not None and comma.i + 1 < len(doc) else None
    return after is not None and after.pos_ not in ("VERB", "AUX", "ADV", "SCONJ", "PRON") and after.dep_ != "nsubj"
