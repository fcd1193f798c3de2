"""``kg_titles``: titles and roles of persons, the ways news writes them.

- pre-modifiers: "Boston Police Commissioner Michael Cox", "ICE acting Director Matthew Albence", "Gov. X";
- appositions: "Carol Rose, ACLU of Massachusetts' executive director", "X, the sheriff of Y";
- relative clauses: "Marcos Charles, who leads ICE's Boston office"; copulas: "X is a senior editor at Y";
- titles shared by a list of names (language/titlelists.py, titleshared.py): "chiefs of staff – A, B and C",
  "A and B, the chairmen of X and Y" (respectively), "X, one of the founders of Y".

Each finding is stored in ``doc._.kg_titles`` as a dict: ``person`` and ``org`` (char spans of entities, ``org`` may be
None), ``title`` (as written, abbreviations expanded), ``role`` ("head"/"member"), ``cls``, ``target``, ``sent`` and ``rule``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..language.chambergroups import group_members
from ..language.descriptors import party_words
from ..language.headverbs import verb_heads
from ..language.ledby import led_by
from ..language.portfolios import without_portfolios
from ..language.titleabbrevs import title_word, undotted, undotted_in, undotted_ok
from ..language.titleclauses import BODIES, PERSON, ClauseTitles
from ..language.titlecopulas import CopulaTitles
from ..language.titleindex import singular, title_index
from ..language.titlejoined import JoinedTitles
from ..language.titlelists import ListedTitles, listed, plural_forms, singular_title
from ..language.titlenames import body_of_title, city_of, dept, ent_at, label_start, place_after, short_name
from ..language.titleowners import ends_a_name
from ..language.titlequalifiers import describing, modifier_before_body, qualified_start, role_of
from ..language.titleshared import SharedTitles, title_word_name
from ..language.titleties import body_name, glued, modifier_in_name, object_of_preposition, owner_not_body, qualified
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json

_THEN = re.compile(r"^(?:then|now)\s*[-–]\s*", re.IGNORECASE)  # "then-Mayor", "now-Justice": a time, not the title
_EX = re.compile(r"^ex\s*[-–]\s*", re.IGNORECASE)  # "ex-Sen.": a former holder

if not Doc.has_extension("kg_titles"):
    Doc.set_extension("kg_titles", default=None)


@Language.factory("kg_titles", default_config={"patterns": "entity_patterns.json"})
def make_titles(nlp: Language, name: str, patterns: str) -> TitleFinder:
    return TitleFinder(load_json(patterns))


class TitleFinder(ListedTitles, SharedTitles, ClauseTitles, JoinedTitles, CopulaTitles):
    def __init__(self, data: dict) -> None:
        self.titles = title_index(load_lexicon().titles)
        self.bare = undotted(load_lexicon().titles)
        self.max_len = max(len(k) for k in self.titles)
        self.last_words = {k[-1] for k in self.titles}  # a phrase can end a title only on one of these
        self.suffixes = {m.modifier for m in load_lexicon().modifiers if "suffix" in m.note}  # "mayor-elect": after it
        # written before it ("acting", "then-"; "now-" with its hyphen only); "attorney general nominee Sen. X" is a senator
        self.modifiers = {m.modifier for m in load_lexicon().modifiers if " " not in m.modifier} - self.suffixes - describing()
        self.hyphened = {m.modifier for m in load_lexicon().modifiers if "hyphen only" in m.note}
        self.member_mods = {m.modifier for m in load_lexicon().modifiers if m.effect == "member" and " " not in m.modifier}
        heads = data["heads"]
        self.body_heads = {w.split()[-1] for k in heads for w in heads[k]} | set(data["generic_words"])
        self.head_verbs = set(data["role_verbs"]["head"])
        self.place_titles, self.member_verbs = data["place_titles"], set(data["role_verbs"]["member"])  # mayor -> city

    def __call__(self, doc: Doc) -> Doc:
        found = []
        ents = list(doc.ents)
        self._person_ends = {e.end: e for e in ents if e.label_ in PERSON}  # for lists of names, per doc
        for ent in ents:
            if ent.label_ not in PERSON or title_word_name(doc, ent, self.titles):
                continue  # not "the Secretary General's office": no name
            pre = self._premodifier(doc, ent)
            app = [r for r in self._apposition(doc, ent, ents) if not (pre and pre[0]["title"] and listed(doc, pre[0], r))]
            app = app or self._shared_title(doc, ent, ents) or self._one_of_title(doc, ent) or self._copula(doc, ent)
            found += pre + app  # not "A, Mayor B, the sheriff of Y, C and D": the sheriff is another item
        doc._.kg_titles = found + led_by(doc, ents, self.head_verbs) + group_members(doc, ents) + verb_heads(doc, ents)
        without_portfolios(doc, lambda t: singular(title_word(t, self.bare)) in self.last_words)  # "Secretary of State"
        return doc

    def _title_ending_at(self, doc: Doc, end: int, floor: int, plural: bool = False):
        """The longest title phrase (with modifiers: "acting", "Then-") whose last token is
        ``end - 1``; with ``plural``, a plural one ("Justices", "County Commissioners")."""
        if end - floor >= 3 and doc[end - 1].lower_ in self.suffixes and doc[end - 2].text in ("-", "–"):
            end -= 2  # "Justice-elect X", "Secretary-designate X": the title before the suffix
        inner = plural and end > floor and doc[end - 1].lower_ in self.last_words  # "chiefs of staff": plural before "of"
        last = title_word(doc[end - 1], self.bare) if not plural else singular(doc[end - 1].lower_)  # "Sgt": "sgt."
        if end <= floor or last not in self.last_words:
            if not inner:
                return None
        if plural and singular(doc[end - 1].lower_) == doc[end - 1].lower_ and not doc[end - 1].lower_.endswith("s."):
            if not inner:
                return None  # "Senate President pro Tempore A, B and C": a singular title is A's alone
        for n in range(min(self.max_len, end - floor), 0, -1):
            words = tuple(title_word(t, self.bare) for t in doc[end - n : end])
            for form in plural_forms(words) if plural else (words,):
                if form in self.titles:
                    return self._with_modifiers(doc, end - n, floor), self.titles[form]
        return None

    def _list_start(self, doc: Doc, person: Span, floor: int) -> int | None:
        """The first token of a list of names that ends with ``person``: "A, B and C"."""
        by_end, i = self._person_ends, person.start
        while i > floor:
            j = i
            while j > floor and doc[j - 1].text in (",", "and", "&"):
                j -= 1
            if j == i or (j := j if j in by_end else max(label_start(doc, j), floor)) not in by_end:
                break  # "A of Alaska, B, R-Utah, and C": past the label after each name
            i = by_end[j].start
        return i if i < person.start else None

    def _title_in(self, doc: Doc, start: int, end: int):
        """The first (longest) title phrase inside tokens [start, end) that names an office the clause
        gives: not a word of a longer name ("the Justice Department", "a prison justice group"), of
        a hyphenated word ("psychiatrist-in-chief") or of a prepositional phrase ("running for
        president", "shot in the head")."""
        for i in range(start, end):
            for n in range(min(self.max_len, end - i), 0, -1):
                words = tuple(t.lower_ for t in doc[i : i + n])
                if words in self.titles and doc[i + n - 1].pos_ != "ADJ":  # not "a major opponent"
                    if i + n < len(doc) and doc[i + n].tag_ == "POS":
                        break  # "X, the president's lawyer": the title names whom X works for
                    if self._longer_inside(doc, i, i + n, end):
                        break  # "deputy chief of staff": "chief of staff" after the modifier, not "deputy chief"
                    if modifier_in_name(doc, i + n, self.suffixes) or object_of_preposition(doc, i + n):
                        break
                    t_start, t_end = self._with_modifiers(doc, i, start), i + n
                    if glued(doc, t_start, t_end, self.suffixes):
                        break
                    if t_end + 1 < end and doc[t_end].text in ("-", "–") and doc[t_end + 1].lower_ in self.suffixes:
                        t_end += 2  # "the mayor-elect of Springfield"
                    return t_start, t_end, self.titles[words]
        return None

    def _longer_inside(self, doc: Doc, i: int, j: int, end: int) -> bool:
        """Whether a title starting inside [i, j) runs on past ``j`` (within ``end``)."""
        return any(tuple(t.lower_ for t in doc[k:m]) in self.titles for k in range(i + 1, j) for m in range(j + 1, end + 1))

    def _with_modifiers(self, doc: Doc, start: int, floor: int) -> int:
        """The start of a title phrase with the modifiers written before it ("acting", "then-", "co-")."""
        while start > floor:
            if doc[start - 1].lower_ in self.modifiers - self.hyphened and doc[start - 1].pos_ != "ADP":  # not "under co-chairs"
                start -= 1
            elif doc[start - 1].text in ("-", "–") and start - 1 > floor and doc[start - 2].lower_ in self.modifiers:
                start -= 2
            else:
                break
        return start

    def _record(self, doc, person: Span, t_start: int, t_end: int, entry, org: Span | None, rule: str) -> dict:
        if (q := qualified_start(doc, t_start, t_end, entry, self.modifiers, person.sent.start)) < t_start:
            t_start = self._with_modifiers(doc, q, person.sent.start)  # "legislative counsel": the whole title
        words = [tok.text for tok in doc[t_start:t_end]]
        words = singular_title(words, entry.title)  # "Justices A and B": each is a "Justice"; "chiefs of staff"
        title = doc[t_start:t_end].text
        if words != [t.text for t in doc[t_start:t_end]]:  # a word made singular, the spacing kept
            title = "".join(w + t.whitespace_ for w, t in zip(words[:-1], doc[t_start:t_end])) + words[-1]
        if words and words[-1].endswith(".") and len(entry.title) > len(words[-1]):  # "Gov." -> "Governor"
            k = next(
                (len(a.split()) for a in entry.aliases if [w.lower() for w in words[-len(a.split()) :]] == a.lower().split()), 1
            )
            title = " ".join(words[:-k] + [entry.title.title()])  # "state Sen." -> "State Senator", not "state State Senator"
        title = _EX.sub("former ", _THEN.sub("", title))
        org = None if org is not None and self._place_word(org, entry) else org  # "Santa Rosa Sheriff X"
        sent = person.sent
        longer = qualified(doc, t_start, entry)  # "keynote speaker X", "pro-Trump speaker X": an occupation, no office
        return {
            "person": [person.start_char, person.end_char],
            "title": None if entry.kind == "descriptive" or longer or undotted_in(doc[t_start:t_end], self.bare) else title,
            "role": role_of(doc, t_start, t_end, entry, self.member_mods),
            "cls": "body" if longer and entry.cls == "Official" else entry.cls,  # an office only with a body named
            "target": entry.target,
            "body": entry.body,
            "org": [org.start_char, org.end_char] if org is not None else None,
            "sent": [sent.start_char, sent.end_char],
            "at": [doc[t_start].idx, doc[t_end - 1].idx + len(doc[t_end - 1])] if t_end > t_start else None,
            "rule": rule,
        }

    # -- rules --------------------------------------------------------------------------------
    def _premodifier(self, doc: Doc, person: Span) -> list[dict]:
        floor = person.sent.start
        t_end = person.start
        hit = self._title_ending_at(doc, t_end, floor) or self._title_ending_at(doc, t_end, floor, plural=True)
        if hit is None:  # "Justices A, B and C": each named one holds the plural title
            t_end = self._list_start(doc, person, floor)
            hit = self._title_ending_at(doc, t_end, floor, plural=True) if t_end is not None else None
        if hit is None and (found := self._dashed_list_title(doc, person, floor)):
            t_end, hit = found  # "three former chiefs of staff – A, B and C"
        if hit is None and (found := self._members_title(doc, person, floor) or self._honorific_title(doc, person, floor)):
            t_end, hit = found  # "senators, including A and B"; "FDA Commissioner Dr. X"
        if hit is None:
            before = self._title_of_body(doc, person, floor) or self._owned_title(doc, person, floor)
            before = before or self._joined_titles(doc, person, floor)  # "former Congressman and Undersecretary, X,"
            if before or (found := self._set_off_title(doc, person, floor)) is None:
                return before
            t_end, hit = found  # "the House intelligence committee chair, X,"
        t_start, entry = hit
        if glued(doc, t_start, t_end, self.suffixes) or not undotted_ok(doc[t_start:t_end], person, self.bare):
            return []  # "editor-in-chief X": not a "chief"; "Gen Xers": no name after an undotted "Gen"
        if part := (q := qualified_start(doc, t_start, t_end, entry, self.modifiers, floor)) < t_start:
            t_start = self._with_modifiers(doc, q, floor)  # "CNN Chief Political Analyst X": of a part of CNN
        org, o_start = None, self._pair_start(doc, t_start, floor, entry)  # "Acme President and CEO X": Acme's before both
        k = o_start  # "New York's Democratic Gov. X": past party words and a possessive to the place
        while k > floor and (
            doc[k - 1].text in party_words() or (doc[k - 1].tag_ == "POS" and k - 1 > floor and doc[k - 2].ent_type_ == "Place")
        ):
            k -= 1
        after_place = k < o_start and doc[k - 1].ent_type_ == "Place"
        if not (after_place and (doc[k].tag_ == "POS" or (entry.target == "legislature" and doc[k].text in party_words()))):
            k = o_start  # but "Texas Democratic Rep. X": a lawmaker of Texas (a governor's state has its own cues)
        if k > floor and doc[k - 1].ent_type_ in BODIES and not owner_not_body(ent_at(doc, k - 1), entry):
            org = ent_at(doc, k - 1)
        if org is not None and org.label_ == "Place" and ends_a_name(doc, org, floor, self.modifiers):
            org = None  # "Diocese of Oakdale spokeswoman X", "Pro-Family America President X": of a longer name
        if self.place_titles.get(entry.title) in (None, "city"):  # not "In Austin, Texas Gov. X": a state's office
            org = city_of(doc, org, o_start, floor)
        org = org or place_after(doc, person, entry)  # "Attorney General X of Texas"
        stem_body = body_of_title(doc, org, t_start, t_end)  # "Ferguson Commissioner X": of the Ferguson Commission
        named = None if org is None or stem_body is not org else short_name(doc, org, " Committee") or dept(doc, org, entry)
        rec = self._record(doc, person, t_start, t_end, entry, stem_body if not named else None, "title-premodifier")
        if part or stem_body is not org or (org is not None and org.text in party_words()):
            rec["role"] = "member"  # a commissioner of a commission sits on it; "GOP Gov. X" is of the party, heads no party
        if named is not None:
            rec["body_name"] = named  # the House Budget Committee, as the lexicon names it ("": see article.py)
        if mod := modifier_before_body(doc, org, floor, self.member_mods):  # "Deputy Defense Secretary X"
            rec["role"], rec["title"] = "member", f"{mod} {rec['title']}" if rec["title"] else None
        pair = self._first_of_pair(doc, person, o_start, t_start, stem_body if not named else None)  # and stacked titles
        return [rec, *pair, *self._stacked_title(doc, person, t_start, entry)]

    def _title_of_body(self, doc: Doc, person: Span, floor: int) -> list[dict]:
        """ "Chairman of the House Judiciary Committee Bob Goodlatte", "Director of the Bureau of
        Prisons X": a title, "of", a body named right before the person."""
        body = ent_at(doc, person.start - 1)
        if body is None or body.label_ not in BODIES:
            return []
        k = body.start - (body.start - 1 > floor and doc[body.start - 1].lower_ == "the")
        hit = self._title_ending_at(doc, k - 1, floor) if k - 1 > floor and doc[k - 1].lower_ == "of" else None
        if hit is None:
            return []
        named = None
        if not body_name(body, self.body_heads, load_lexicon()):
            named = short_name(doc, body, "", before="Department of ")
            body = None  # "Secretary of Defense X", "Vice President of Operations X": part of the title
        rec = self._record(doc, person, hit[0], k - 1, hit[1], body, "title-of-body")
        if named is not None:
            rec["body_name"] = named  # "Secretary of Defense": the Department of Defense
        return [rec]
