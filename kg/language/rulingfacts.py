"""Rules of ``kg_relations`` that read a sentence rather than a verb: rulings and their courts and
years ("the Ninth Circuit ruled in Doe v. Roe (2014)"), the years of laws ("the 2014 Trust Act"), and
facts written into a name ("the Boston Police Department" is partOf/jurisdiction Boston), when the
name is whole and its place a place (:mod:`kg.language.namefacts`)."""

from __future__ import annotations

from functools import lru_cache

from ..language.cues import YEAR, negated, year_of
from ..language.modality import unrealized
from ..language.text import overlaps
from ..lexicon.resources import load_json
from .possessives import possessed_person
from .text import MAX_NAME_TOKENS

OTHER_WORDS = frozenset({"another", "separate", "other", "different", "earlier", "later"})  # a ruling besides the named one


class RulingAndYearRules:
    """Mixin of :class:`kg.pipeline.relations.RelationFinder` (which provides ``_fact`` and ``_local``)."""

    def _rulings(self, doc, sent, ents) -> list[dict]:
        """A sentence naming one court, one ruling and a ruling cue: the court decided the ruling."""
        courts = {e.text: e for e in ents if e.label_ == "Court"}
        rulings = {e.text: e for e in ents if e.label_ == "CourtRuling"}
        if len(rulings) != 1 or not _whole_case_name(next(iter(rulings.values()))):
            return []
        cue = [
            t
            for t in sent
            if t.lemma_.lower() in self.ruling_nouns
            or (
                self.verb_prop.get(t.lemma_.lower()) == "decidedBy"
                and t.pos_ == "VERB"
                and not negated(t)
                and not unrealized(t)  # "asked the Supreme Court to overturn Roe v. Wade", "could strike down"
            )
        ]
        if not cue or self._pending(sent, courts.values()):
            return []
        ruling = next(iter(rulings.values()))
        named_year = self._ruling_year(doc, ruling, cue)
        court = next(iter(courts.values())) if len(courts) == 1 else _owning_court(ruling, cue, courts.values())
        if court is None:
            return [named_year] if named_year is not None else []
        out = [self._fact(ruling, "decidedBy", court, sent[0], "court-ruling-sentence")]
        if named_year is not None:
            return out + [named_year]
        for t in cue:
            year = year_of(t)
            if year and not any(w.lower_ in OTHER_WORDS for w in t.doc[t.left_edge.i : t.i]):  # "a separate 2010 ruling"
                out.append(self._fact(ruling, "decisionDate", None, sent[0], "ruling-year", value=year))
                break
        return out

    def _pending(self, sent, courts) -> bool:
        """ "The Supreme Court will hear X", "heard arguments in X", "a case going before the Supreme
        Court", "ahead of the Supreme Court decision in X": a case a court has before it, which it has
        not decided (``pending_words`` of relation_cues.json, or "before" the court)."""
        inside = {t.i for c in courts for t in c}
        return any(
            t.lemma_.lower() in self.pending_words or (t.lower_ == "before" and any(c.i in inside for c in t.children))
            for t in sent
        )

    def _ruling_year(self, doc, ruling, cue) -> dict | None:
        """ "a 2015 decision called Johnson v. U.S.", "Johnson v. U.S., a 2015 ruling": a year written
        before a ruling noun that names the ruling next to it (within three words)."""
        for t in cue:
            if (
                t.pos_ == "NOUN"
                and t.i > 0
                and YEAR.match(doc[t.i - 1].text)
                and (0 < ruling.start - t.i <= 3 or 0 < t.i - ruling.end <= 3)
            ):
                return self._fact(ruling, "decisionDate", None, t, "year-before-ruling-noun", value=doc[t.i - 1].text)
        return None

    def _law_years(self, doc, sent, ents) -> list[dict]:
        """ "its 2014 Trust Act", "2014's Trust Act": a year written before a law's name. When the name
        qualifies another noun, the year dates that noun: the law's amendedDate for a word of amending
        ("the 1998 HEA reauthorization"), none for any other ("the 2014 DACA expansion")."""
        out = []
        for e in ents:
            if e.label_ != "Law" or e.start == 0:
                continue
            prev = doc[e.start - 1]
            if prev.text in ("'s", "’s") and e.start > 1:
                prev = doc[e.start - 2]
            if not YEAR.match(prev.text):
                continue
            head = _qualified(e)
            if head is None or head in law_years()["law_heads"]:
                out.append(self._fact(e, "enactedDate", None, prev, "year-before-law-name", value=prev.text))
            elif head in law_years()["amending_nouns"]:
                out.append(self._fact(e, "amendedDate", None, prev, "year-before-amended-law-name", value=prev.text))
        return out

    def _owner_and_part(self, a, b) -> bool:
        """ "UC Berkeley's Investigative Reporting Program", "the Justice Department's INS": a body and a part
        of it. Not what one speaks or appears on ("said on NBC's Meet the Press": a program). Not "the Senate's DHS bill" or "Vox's Facebook
        page" (the name qualifies a noun after it, which is what the owner has, unless the noun is a
        unit's: "ICE's Enforcement and Removal Operations division"), not "Bart's Sports
        World" (a shop named after a person: the owner is one word that is no acronym and no body
        the lexicon knows), and not a headline cut at a colon ("WaPo's Parker: Criminals Won't ...")."""
        doc = a.doc
        after = doc[b.end] if b.end < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and after.text.capitalize() not in self.unit_heads:
            return False  # but "ICE's Enforcement and Removal Operations division" is the unit it names
        if any(t.text == ":" for t in (*a, *b)):
            return False
        k = a.start - (a.start > 0 and doc[a.start - 1].lower_ == "the")
        if k > 0 and doc[k - 1].lower_ == "on":
            return False  # "said on NBC's Meet the Press", "live on Vox's Facebook": a program or a page, no unit
        return len(a) > 1 or a.text.isupper() or a.text in self.lexicon_class

    def _name_structure(self, doc, blocked) -> list[dict]:
        """Facts a name states by its form: "ICE's Boston office" is part of ICE; "Boston Police
        Department" operates in Boston. One per distinct name, at its first mention."""
        out, seen = [], set()
        ent_texts = {e.text: e.label_ for e in doc.ents}
        doc_places = {t for t, label in ent_texts.items() if label == "Place"}
        ents = list(doc.ents)
        for a, b in zip(ents, ents[1:]):
            if (
                a.label_ == b.label_
                and a.label_ in ("Agency", "Organization")
                and b.start == a.end + 1
                and doc[a.end].text in ("'s", "’s")
                and not overlaps(b.start_char, b.end_char, blocked)
                and self._owner_and_part(a, b)
            ):
                out.append(self._fact(b, "partOf", a, b[0], "possessive-part"))
            elif (
                a.label_ == "Place"
                and b.start == a.end + 1
                and doc[a.end].text in ("'s", "’s")
                and self._local(b)
                and not overlaps(b.start_char, b.end_char, blocked)
            ):
                out.append(self._fact(b, "jurisdiction", a, b[0], "possessive-place"))  # "California's Trust Act"
            elif a.label_ in ("Agency", "Court", "Organization") and possessed_person(a, b):
                out.append(self._fact(b, "memberOf", a, b[0], "possessive-member"))  # "CNN's Don Lemon"
        for e in doc.ents:
            if e.label_ not in ("Agency", "Court", "Law", "Organization") or e.text in seen:
                continue
            seen.add(e.text)
            if not self.names.whole(e):
                continue  # "Oklahoma Sheriff's Office" of "Rogers County, Oklahoma Sheriff's Office"
            for i in range(e.start + 1, min(e.end, e.start + MAX_NAME_TOKENS)):
                prefix = doc[e.start : i]
                nxt = doc[i]
                if (
                    prefix.text.isupper()
                    and e.text not in self.lexicon_class  # the lexicon says what a body it knows is part of (LDF: nothing)
                    and self.lexicon_class.get(prefix.text) == e.label_
                    and e.end - i >= 2
                    and e[-1].text in self.unit_heads
                ):  # "ACLU Voting Rights Project", "FBI Cyber Division"
                    out.append(
                        {
                            **self._fact(e, "partOf", None, e[0], "acronym-unit-name"),
                            "obj": [prefix.start_char, prefix.end_char],
                            "obj_label": e.label_,
                        }
                    )
                    break
                if e.label_ == "Organization":
                    continue
                if nxt.text in ("'s", "’s") and (prefix.text in self.body_names or ent_texts.get(prefix.text) == "Agency"):
                    out.append(
                        {
                            **self._fact(e, "partOf", None, e[0], "possessive-office-name"),
                            "obj": [prefix.start_char, prefix.end_char],
                            "obj_label": "Agency",
                        }
                    )
                    break
                if (
                    self.names.place_of_name(prefix, e, doc_places)
                    and not (
                        i + 1 < e.end
                        and self.names.place_of_name(doc[e.start : i + 1], e, doc_places | {doc[e.start : i + 1].text})
                    )
                    and nxt.text not in ("'s", "’s", "-", "–")
                    and not any(t.text in ("'s", "’s") for t in e)
                ):
                    out.append(
                        {
                            **self._fact(e, "jurisdiction", None, e[0], "place-in-name"),
                            "obj": [prefix.start_char, prefix.end_char],
                            "obj_label": "Place",
                            **({"obj_name": self.names.shared_meaning(prefix)} if prefix.text in self.names.shared_names else {}),
                        }
                    )
                    break
        return out


CASE_JOINS = frozenset({"v.", "v", "vs.", "vs", "versus"})


@lru_cache(maxsize=1)
def law_years() -> dict[str, frozenset[str]]:
    """``law_years`` of narrowing.json: ``law_heads`` and ``amending_nouns``."""
    return {k: frozenset(v) for k, v in load_json("narrowing.json")["law_years"].items()}


def _qualified(law) -> str | None:
    """The lemma of the common noun a law's name qualifies ("reauthorization" of "the 1998 HEA
    reauthorization", "program" of "the 2012 DACA program"), or None when the name is a noun phrase's head."""
    root = law.root
    head = root.head if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= law.end else None
    return head.lemma_.lower() if head is not None and head.pos_ in ("NOUN", "PROPN") else None


def _owning_court(ruling, cue, courts):
    """ "the Supreme Court's ruling in Doe v. Roe" in a sentence naming other courts too: the one court
    written as the owner of a ruling noun whose "in" (or apposition) names the ruling; else None."""
    for n in cue:
        if n.pos_ != "NOUN" or not (ruling.root.head == n or (ruling.root.head.head == n and ruling.root.head.lower_ == "in")):
            continue
        owners = [c for c in courts if c.root.dep_ == "poss" and c.root.head == n]
        if len(owners) == 1:
            return owners[0]
    return None


def _whole_case_name(ruling) -> bool:
    """A case name cut at a "v." ("Heller" of "District of Columbia v. Heller", "Ohio v. Texas and
    Kentucky House" of "... and Kentucky House v. Texas", two cases fused) is a piece of a name."""
    doc = ruling.doc
    before = doc[ruling.start - 1].lower_ if ruling.start > 0 else ""
    after = doc[ruling.end].lower_ if ruling.end < len(doc) else ""
    return before not in CASE_JOINS and after not in CASE_JOINS
