"""Titles written in a clause after a name, for ``kg_titles``: appositions ("X, the sheriff of Y",
"X, of the Harbor Coalition") and relative clauses ("X, who leads ICE's Boston office")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicon.load import load_lexicon
from .descriptors import party_words
from .officeplaces import office_of
from .pastholders import one_of_several
from .places import us_name
from .relativeclauses import head_noun, said_to_be
from .titlegroups import named_by_noun, possessor_noun, pronoun_owned
from .titlenames import ent_at, label_end, place_label_end, short_name
from .titleowners import comma_body, employer_place, regional
from .titleties import body_name, fragment, fragment_before, part_of_body, place_word, subject_of_clause, tied_after, tied_before
from .titleunits import owned_unit, unit_at

PERSON = ("Person", "Official")

BODIES = ("Agency", "Court", "Organization", "Place")

APPOS_NOT_START = ("ADV", "ADP", "SCONJ", "VERB", "AUX", "PRON", "PART", "CCONJ", "PUNCT")


def _titles_another(doc: Doc, t_end: int) -> bool:
    """A title written right before a person's name belongs to that person, and so does a title of a
    body written before one: "X, Chairman of the House Judiciary Committee Bob Goodlatte"."""
    k = t_end
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        k += 1 + (doc[k + 1].lower_ == "the")
        body = ent_at(doc, k) if k < len(doc) else None
        if body is None or body.label_ not in BODIES or body.start != k:
            return False
        k = body.end
    after = ent_at(doc, k) if k < len(doc) else None
    return after is not None and after.label_ in ("Person", "Official") and after.start == k


def _first_body(doc: Doc, start: int, stop: int, exclude=(0, 0)) -> Span | None:
    for e in doc.ents:
        if e.start >= start and e.end <= stop and e.label_ in BODIES and not (exclude[0] <= e.start < exclude[1]):
            return e
    return None


class ClauseTitles:
    """The apposition and relative-clause rules of :class:`kg.pipeline.titles.TitleFinder` (which provides
    ``_title_in``, ``_record`` and ``head_verbs``)."""

    def _apposition(self, doc: Doc, person: Span, ents: list[Span]) -> list[dict]:
        i = labelled = label_end(doc, person.end)  # "Sen. X, R-Tenn., the chairman of Y": past the label
        placed = place_label_end(doc, person.end)  # "Senator X of Iowa, the chairman of Y", "..., who chairs Y": likewise
        labelled = i = placed or labelled
        while i < len(doc) and doc[i].text in (",", "—", "–", "-"):
            i += 1
        if i == labelled == person.end and i < len(doc) and doc[i].lower_ in ("of", "from"):
            return _of_name(doc, person)  # "said Tomas Reyes of the Harbor Coalition", "X from NBC News"
        if i == labelled or i >= len(doc) or (labelled > person.end and doc[i].lower_ in ("who", "of") and not placed):
            return []  # after a label, a noun phrase only
        stop = i
        while (
            stop < len(doc)
            and (
                doc[stop].text not in (",", ".", ";", "—", "–", ":", "(", "“", '"') or doc[stop].ent_iob_ == "I"
            )  # "Health, Education"
            and not doc[stop].is_space
            and doc[stop].sent == person.sent
        ):
            stop += 1
        if doc[i].lower_ == "who":
            return self._relative(doc, person, i + 1, stop)
        if doc[i].lower_ == "of" and doc[i - 1].text == ",":  # "said Carlos Montes, of the Harbor Coalition"
            org = _first_body(doc, i + 1, stop)
            org = org if org is not None and org.label_ in ("Organization", "Agency") and org.start <= i + 2 else None
            return [role_record(person, org, "member", "of-apposition")] if org else []
        if doc[i].pos_ in APPOS_NOT_START and not pronoun_owned(doc, i, stop) or doc[i].lower_ in ("is", "was"):
            return []  # "X, even as a member of ...", "X, said ...": not an appositive noun phrase
        hit = self._title_in(doc, i, min(stop, i + 7))
        if hit is None or _titles_another(doc, hit[1]):
            return []
        t_start, t_end, entry = hit
        if any(t.lower_ == "of" and not t.ent_type_ and doc[t.i + 1].pos_ in ("DET", "PRON") for t in doc[i : t_start - 1]):
            return []  # "X, the wife of a congressman", "Columbine, Virginia Tech, the wounding of a congresswoman"
        if labelled > person.end and t_start > i and doc[i].lower_ != "the":
            return []  # "Sen. X, R-Va., a lawmaker of interest", "a member of the GOP's team": described, not titled
        set_off = person.start > 1 and doc[person.start - 1].text == "," and doc[person.start - 2].pos_ in ("NOUN", "PROPN")
        if subject_of_clause(doc, t_end, stop, set_off) or any(
            t.pos_ == "VERB" and t.dep_ not in ("amod", "compound") for t in doc[i:t_start]
        ):
            return []  # "X, the president also said", "X, a Republican running for ...": not X's office
        rec = self._record(doc, person, t_start, t_end, entry, None, "title-apposition")
        if t_start > i and one_of_several(doc, t_start, t_end, entry):
            rec["role"] = "member"  # "X, a leader with the coalition", "X, a director of Y": one of several
        out = [self._with_body(doc, rec, i, t_start, t_end, stop, entry)]
        if not rec.get("org") and (noun := possessor_noun(doc, i, t_start)) and (org := named_by_noun(doc, noun)) is not None:
            rec["org"] = [org.start_char, org.end_char]  # "X, the group's president": the group named just before
            if t_end + 1 < stop and doc[t_end].lower_ in ("of", "for") and doc[t_end + 1].text.islower():
                rec["role"] = "member"  # "the company's head of conservative outreach": of a part of it
        if t_end < stop and doc[t_end].lower_ == "and":
            # "X, staff counsel and advocate for the ACLU", "X, Chicago mayor and former White House
            # chief of staff": the second title of the phrase, with its own body
            second = self._title_in(doc, t_end + 1, stop)
            if second is not None and not _titles_another(doc, second[1]):
                s_start, s_end, s_entry = second
                rec2 = self._record(doc, person, s_start, s_end, s_entry, None, "title-apposition")
                if s_start > t_end + 1 and one_of_several(doc, s_start, s_end, s_entry):
                    rec2["role"] = "member"
                out.append(self._with_body(doc, rec2, t_end + 1, s_start, s_end, stop, s_entry))
        return out

    def _with_body(self, doc: Doc, rec: dict, i: int, t_start: int, t_end: int, stop: int, entry) -> dict:
        """``rec`` with the body the title is of, when the clause ties one to it (titleties)."""
        org = None
        for e in (e for e in doc.ents if e.start >= t_end and e.end <= stop and e.label_ in BODIES):
            if e.end < len(doc) and doc[e.end].text in ("-", "–") and not doc[e.end - 1].whitespace_:
                continue  # "the Austin-based X": a word of the name's modifier
            envoy_to = entry.kind == "envoy" and t_end < len(doc) and doc[t_end].lower_ == "to"  # the host, not theirs
            client = entry.kind == "client" and t_end < len(doc) and doc[t_end].lower_ in ("for", "representing")
            if tied_after(doc, t_end, e) and self._title_in(doc, t_end, e.start) is None and not (envoy_to or client):
                org = e  # not "X, mayor and former White House chief of staff": that body is the second title's
            if org is not None or e.label_ != "Place":
                break  # past a place ("the Austin-based X") to the first body
        if org is None and (employer := employer_place(doc, t_end, stop, entry) or comma_body(doc, t_start, t_end, stop)):
            org = employer  # "X, chief economist at Jefferies": a workplace the model read as a place
        if org is None:
            before = [e for e in doc.ents if e.start >= i and e.end <= t_start and e.label_ in BODIES]
            org = before[-1] if before and tied_before(doc, before[-1], t_start, self.modifiers) else None
            if org is not None and org.label_ == "Place" and entry.target != "place" and not office_of(doc, org, t_start, entry):
                org = None  # "X, California Republican and chairman of ...": the state is not what X chairs
            k = t_end + (t_end + 1 < stop and doc[t_end].lower_ in ("of", "for") and doc[t_end + 1].lower_ == "the")
            if org is not None and k + 1 < stop and doc[t_end].lower_ in ("of", "for") and doc[k + 1].text.islower():
                rec["role"] = "member"  # "Facebook's head of global policy": the head of a part of Facebook
        if org is not None and (owned := owned_unit(doc, org, t_end, stop)) is not None:
            org = owned  # "deputy director of the ACLU's Immigrants' Rights Project": the project's post
        if org is not None and rec["role"] == "head" and (unit := unit_at(doc, org, t_end, stop)) is not None:
            if not any(t.text in self.body_heads for t in org) or fragment(doc, org) or fragment_before(doc, org):
                org, rec["role"] = unit, "member"  # "director of Pediatric Neurosurgery at X": of a unit of X
            # else the unit is named as a body ("director of the Center for Rural Health at X"): they head it
        if org is None or fragment(doc, org) or self._place_word(org, entry):
            return rec  # "X, the Oakdale police chief": Oakdale's office, never a body "Oakdale"
        qualifier = doc[t_start - 1] if t_start > i else None  # "research director of X", "Regional Director of X"
        if qualifier is not None and org.start >= t_end and qualifier.lower_ not in self.modifiers:
            lower_noun = qualifier.pos_ == "NOUN" and qualifier.text.islower()
            capital = qualifier.pos_ in ("ADJ", "PROPN") and qualifier.text[:1].isupper() and qualifier.ent_type_ == ""
            if lower_noun or (capital and qualifier.text not in party_words()) or regional(qualifier, org, entry):
                rec["role"] = "member"  # the title of a part of X ("campaign chairman", "Southeast Regional Director")
        if org.start >= t_end and not body_name(org, self.body_heads, load_lexicon()):
            named = short_name(doc, org, "", before="Department of ")
            if named is not None:  # "the acting secretary of Homeland Security": the department
                rec["body_name"] = named
                return rec
        if part_of_body(doc, org, t_end, stop):
            if org.label_ == "Place":
                return rec  # "a leader of Georgia's secessionist movement": not an office of Georgia
            rec["role"] = "member"  # "co-chair of the litigation group at X": what they hold is part of X
        rec["org"] = [org.start_char, org.end_char]
        return rec

    def _place_word(self, org: Span, entry) -> bool:
        return place_word(org, entry, self.body_heads, load_lexicon())

    def _relative(self, doc: Doc, person: Span, start: int, stop: int) -> list[dict]:
        verb = next((t for t in doc[start:stop] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        org = _first_body(doc, verb.i + 1, stop)
        if org is None and verb.lemma_ in self.head_verbs:  # "X, who led the organization": the one named before
            named = next((named_by_noun(doc, c) for c in verb.children if c.dep_ == "dobj"), None)
            return [role_record(person, named, "head", "role-relative-noun")] if named is not None else []
        if verb.lemma_ in self.head_verbs and org is not None and org.label_ != "Place":
            if org.root.head != verb or org.root.dep_ != "dobj" or fragment(doc, org):
                return []  # "who led the Confederacy's army", "who runs NYPD Confidential": not the body led
            return [role_record(person, org, "head", "role-relative-clause")]
        hit = self._title_in(doc, start, stop)
        if hit is None:
            return []
        t_start, t_end, entry = hit
        if _titles_another(doc, t_end):
            return []  # "X, who beat former Gov. Pat McCrory": the title is McCrory's
        if not said_to_be(head_noun(doc, t_start, t_end)) or (t_end < stop and doc[t_end].tag_ in ("VBD", "VBZ", "VBP")):
            return []  # "X, who met the mayor", "who died as a police officer held", "a bid for president"
        rec = self._record(doc, person, t_start, t_end, entry, None, "title-relative-clause")
        if t_start > start and one_of_several(doc, t_start, t_end, entry):
            rec["role"] = "member"
        return [self._with_body(doc, rec, verb.i + 1, t_start, t_end, stop, entry)]


def _of_name(doc: Doc, person: Span) -> list[dict]:
    """ "X of the Harbor Coalition", "X of the conservative Y", "X from NBC News": a person named with the
    organization they are of, the phrase of the name itself (not "the killing of X", nor "X of Chicago", a place,
    nor "X of the FBI", a government body, whose titles say what X holds there; not "took X from the shelter":
    the verb's phrase)."""
    of = doc[person.end]
    if len(person) == 1 and person.text.lower() in _one_word_titles():
        return []  # "Steve Goddard, Dean of UI's CLAS": a title the model read as a name
    if of.head.i not in range(person.start, person.end) or of.dep_ != "prep":
        return []  # "the case of X of ...": the phrase is not X's
    found = (ent_at(doc, c.i) for c in of.children if c.dep_ == "pobj")  # not a scan of doc.ents per person
    org = next((e for e in found if e is not None and e.start > of.i and e.root.head == of and e.root.dep_ == "pobj"), None)
    if org is None or org.label_ != "Organization" or fragment(doc, org):
        return []
    if us_name(org.text):
        return []  # "X of Corpus Christi": a city the model read as an organization, where X lives
    if any(not t.text.islower() and t.text != "-" for t in doc[of.i + 1 : org.start]):
        return []  # "X of the ACLU's Y project", "X of Boston's Y": of a part, or not the organization named
    if org.end + 1 < len(doc) and doc[org.end].lower_ == "of" and doc[org.end + 1].text[:1].isupper():
        return []  # "X of the Episcopal Diocese of Y": the name goes on past the entity found
    return [role_record(person, org, "member", "of-name" if of.lower_ == "of" else "from-name")]


def role_record(person: Span, org: Span, role: str, rule: str) -> dict:
    """A role in a body with no title written ("X, who runs Y", "X of Y")."""
    return {
        "person": [person.start_char, person.end_char],
        "title": None,
        "role": role,
        "cls": "body",
        "target": "",
        "org": [org.start_char, org.end_char],
        "sent": [person.sent.start_char, person.sent.end_char],
        "rule": rule,
    }


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    return frozenset(t.title.lower() for t in load_lexicon().titles if " " not in t.title)
