"""A plural title set off after a list of names, for ``kg_titles`` (a mixin of
:class:`kg.pipeline.titles.TitleFinder`): "Rep. A and Rep. B, the chairmen of the House Judiciary Committee
and the House Homeland Security Committee" (as many bodies as names: each holds the title of the body in
the same place, respectively); "A and B, the co-founders of Y" (one body: each holds the title of it); any
other count of bodies: each holds the title, of no body named. And :func:`title_word_name`: a one-word
person entity that ends the title before it is no name ("the Secretary General's office").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .titleclauses import BODIES, PERSON
from .titlelists import plural_forms
from .titlenames import ent_at, label_end

_JOINERS = frozenset({",", "and", "&"})
_BODY_STOPS = frozenset({".", ";", "—", "–", "-", "(", ":", '"', "“", "”", "who", "which", "that"})


class SharedTitles:
    """Needs ``_title_ending_at``, ``_record``, ``titles`` and ``max_len`` of the title finder."""

    def _shared_title(self, doc: Doc, person: Span, ents: list[Span]) -> list[dict]:
        if getattr(self, "_people_doc", None) is not doc:  # the persons of each sentence, once per document
            self._people_doc, self._people = doc, {}
            for e in ents:
                if e.label_ in PERSON:
                    self._people.setdefault(e.sent.start, []).append(e)
        people = self._people.get(person.sent.start, [])
        i = people.index(person) if person in people else -1
        if i < 0:
            return []
        first = last = i
        while first > 0 and self._joined(doc, people[first - 1], people[first]):
            first -= 1
        while last + 1 < len(people) and self._joined(doc, people[last], people[last + 1]):
            last += 1
        if first == last:
            return []
        found = self._title_after(doc, people[last])
        if found is None:
            return []
        t_start, t_end, entry, bodies = found
        names = last - first + 1
        if len(bodies) == names:
            org = bodies[i - first]  # "the chairmen of X and Y": respectively
        else:
            org = bodies[0] if len(bodies) == 1 else None
        rec = self._record(doc, person, t_start, t_end, entry, org, "title-shared-apposition")
        if len(bodies) == 1 and rec["role"] == "head":
            rec["role"] = "member"  # "A and B, the presidents of Y": not both at once; each was of it
        return [rec]

    def _one_of_title(self, doc: Doc, person: Span) -> list[dict]:
        """ "X, one of the senators who wrote it", "X, one of the suspect's public defenders", "X, one of the
        founders of Y": X holds the plural title's singular (of the body after "of" or "at")."""
        k = label_end(doc, person.end)
        if k + 3 >= len(doc) or [t.lower_ for t in doc[k : k + 3]] != [",", "one", "of"]:
            return []
        s = k + 3
        while s < len(doc) and (doc[s].pos_ in ("DET", "PRON", "NUM") or doc[s].tag_ in ("POS", "PRP$") or _owner(doc, s)):
            s += 1  # "the", "his", "two", "the suspect's"
        for n in range(min(self.max_len, len(doc) - s - 1), 0, -1):
            words = tuple(t.lower_ for t in doc[s : s + n])
            entry = next((self.titles[f] for f in plural_forms(words) if f in self.titles), None)
            after = doc[s + n]
            if entry is None or after.pos_ in ("NOUN", "PROPN") or after.tag_ == "POS" or after.sent != person.sent:
                continue
            at = s + n + 1 + (s + n + 1 < len(doc) and doc[s + n + 1].lower_ == "the")
            org = ent_at(doc, at) if after.lower_ in ("of", "at") else None  # "the founders of Y"
            org = org if org is not None and org.start == at and org.label_ in BODIES else None
            return [self._record(doc, person, s, s + n, entry, org, "title-one-of")]
        return []

    def _joined(self, doc: Doc, a: Span, b: Span) -> bool:
        """Whether ``b`` is the next item of a list after ``a``: only "," / "and" between them (after
        ``a``'s party-and-state label), then perhaps a title of ``b``'s own ("A and Rep. B")."""
        k = label_end(doc, a.end)
        while k < b.start and doc[k].text in _JOINERS:
            k += 1
        if k == b.start:
            return k > a.end
        hit = self._title_ending_at(doc, b.start, k)
        return hit is not None and hit[0] == k and k > a.end

    def _title_after(self, doc: Doc, last: Span):
        """ ", the chairmen of X and Y" after the list's last name: the plural title's tokens, its entry and
        the bodies after "of" (each a body entity, or None where the phrase is no whole entity)."""
        k = label_end(doc, last.end)
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("the", "both"):
            return None
        start = k + 2
        for n in range(min(self.max_len, len(doc) - start - 1), 0, -1):
            words = tuple(t.lower_ for t in doc[start : start + n])
            entry = next((self.titles[f] for f in plural_forms(words) if f in self.titles), None)
            if entry is not None and doc[start + n].lower_ == "of" and doc[start + n].sent == last.sent:
                return start, start + n, entry, _bodies(doc, start + n + 1, last.sent.end)
        return None


def _bodies(doc: Doc, i: int, end: int) -> list[Span | None]:
    """The conjuncts from token ``i`` ("the X and the Y", "X, Y and Z"), each the body entity it is whole,
    else None; a comma not followed later by "and" ends the list ("the founders of Y, in 2010")."""
    spans, seps, start = [], [], i
    while i < end and doc[i].lower_ not in _BODY_STOPS and doc[i].pos_ not in ("VERB", "AUX"):
        if doc[i].lower_ in (",", "and"):
            spans.append((start, i))
            i += doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ == "and"  # "X, Y, and Z"
            seps.append(doc[i].lower_)
            start = i + 1
        i += 1
    spans.append((start, i))
    keep = (len(seps) - seps[::-1].index("and") + 1) if "and" in seps else 1  # up to the conjunct after the last "and"
    out = []
    for a, b in spans[:keep]:
        a += a < b and doc[a].lower_ == "the"
        ent = ent_at(doc, a) if a < b else None
        whole = ent is not None and ent.start == a and ent.end == b and ent.label_ in BODIES
        out.append(ent if whole else None)
    return out


def title_word_name(doc: Doc, ent: Span, titles: dict) -> bool:
    """Whether a one-word person entity ends the title written before it, so is no name ("the Secretary
    General's office": "secretary general")."""
    return len(ent) == 1 and ent.start > ent.sent.start and (doc[ent.start - 1].lower_, ent[0].lower_) in titles


def _owner(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word of an owner written before a possessive "'s" ("the suspect's")."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].pos_ in ("NOUN", "PROPN"):
        j += 1
    return j > i and j < len(doc) and doc[j].tag_ == "POS"
