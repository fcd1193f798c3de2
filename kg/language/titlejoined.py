"""Two titles joined by "and" and set off by a comma before the one name that holds both, for
``kg_titles`` (a mixin of :class:`kg.pipeline.titles.TitleFinder`): "we asked former Congressman and
Undersecretary of Homeland Security, X, to ...". The phrase opens the sentence or follows a verb or a
preposition other than "of" ("a friend of ..., X" may name the friend) or after an owner ("its
president and CEO, X,", "Carter's ..."), no determiner opens the second
title ("the mayor and the sheriff, X" are two people), and the name's apposition closes. The second
title may end on the body it is of ("Undersecretary of Homeland Security"), as "title-of-body" reads
it before a name.

Two titles joined by "and" right after a body and before the name ("Acme President and CEO X", "the
Harbor Alliance founder and president X"): the body is of the second title as well (``_pair_start``), and
the first is the name's too; not when either is a government office's ("Mayor and Police Chief X" may be
two people).

A body's title stacked before a legislator's ("House Judiciary Committee Chairman Rep. X"): both are the
name's (``_stacked_title``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from .titleclauses import BODIES
from .titlelists import named_owner
from .titlenames import ent_at as _ent_at
from .titlenames import short_name
from .titleties import body_name


class JoinedTitles:
    def _joined_titles(self, doc: Doc, person: Span, floor: int) -> list[dict]:
        k = person.start - 1
        if k - 3 <= floor or doc[k].text != "," or not self._closed(doc, person):
            return []
        second = self._title_before(doc, k, floor)
        if second is None:
            return []
        s_start, s_end, s_entry, body, named = second
        if s_start - 2 <= floor or doc[s_start - 1].lower_ != "and" or doc[s_start].lower_ in ("the", "a", "an"):
            return []
        first = self._title_ending_at(doc, s_start - 1, floor)
        if first is None:
            return []
        left = first[0]
        owned = doc[left - 1].tag_ == "PRP$" or named_owner(doc, left)  # "its president and CEO, X,": titles alone
        if left > floor and not (
            owned or doc[left - 1].pos_ in ("VERB", "AUX") or (doc[left - 1].pos_ == "ADP" and doc[left - 1].lower_ != "of")
        ):
            return []  # "A, former Congressman and Undersecretary, B": an item of a list
        rule = "title-joined"
        rec = self._record(doc, person, s_start, s_end, s_entry, body, rule)
        if named is not None:
            rec["body_name"] = named  # "Secretary of Defense": the Department of Defense
        return [self._record(doc, person, left, s_start - 1, first[1], None, rule), rec]

    def _title_before(self, doc: Doc, k: int, floor: int):
        """The title phrase ending at token ``k``: (start, end, entry, body); a title, "of", a body it
        names ("Undersecretary of Homeland Security": the title up to "of", the body its org)."""
        body = _ent_at(doc, k - 1)
        if body is not None and body.label_ in BODIES and body.end == k:
            j = body.start - (body.start - 1 > floor and doc[body.start - 1].lower_ == "the")
            if j - 1 > floor and doc[j - 1].lower_ == "of" and (hit := self._title_ending_at(doc, j - 1, floor)):
                if body_name(body, self.body_heads, load_lexicon()):
                    return hit[0], j - 1, hit[1], body, None
                return hit[0], j - 1, hit[1], None, short_name(doc, body, "", before="Department of ")
        hit = self._title_ending_at(doc, k, floor)
        return (hit[0], k, hit[1], None, None) if hit is not None else None

    def _pair_start(self, doc: Doc, t_start: int, floor: int, entry) -> int:
        """The first token of a title joined by "and" to the one at ``t_start`` (``entry``) and written right
        after a body's name ("Acme President and CEO X": "President"), neither a government office's (``cls``
        Official), else ``t_start``."""
        if t_start - 2 <= floor or doc[t_start - 1].lower_ not in ("and", "&") or entry.cls == "Official":
            return t_start
        first = self._title_ending_at(doc, t_start - 1, floor)
        if first is None or first[1].cls == "Official" or first[0] - 1 < floor:
            return t_start
        body = _ent_at(doc, first[0] - 1)  # the body's name ends before the title ("Kaiser President" is no body)
        return first[0] if body is not None and body.label_ in BODIES and body.end == first[0] else t_start

    def _first_of_pair(self, doc: Doc, person: Span, start: int, t_start: int, org) -> list[dict]:
        """The record of the first title of a pair ``_pair_start`` found."""
        first = self._title_ending_at(doc, t_start - 1, person.sent.start) if start < t_start else None
        return [] if first is None else [self._record(doc, person, start, t_start - 1, first[1], org, "title-premodifier")]

    def _stacked_title(self, doc: Doc, person: Span, t_start: int, entry) -> list[dict]:
        """A body's title written right before a legislator's title before the name ("House Judiciary
        Committee Chairman Rep. X", "Senate Finance Committee Chairman Sen. X"): the name holds both, the
        first of the body named right before it; none without that body ("Chairman Sen. X")."""
        floor = person.sent.start
        if entry.target != "legislature" or t_start - 2 <= floor:
            return []
        hit = self._title_ending_at(doc, t_start, floor)
        if hit is None or hit[1].target == "legislature" or hit[0] - 1 < floor:
            return []
        body = _ent_at(doc, hit[0] - 1)
        if body is None or body.label_ not in BODIES or body.label_ == "Court" or body.end != hit[0]:
            return []  # "Ex-SCOTUS clerk Sen. X": no legislator holds a court's office as well; a past one
        return [self._record(doc, person, hit[0], t_start, hit[1], body, "title-premodifier")]
