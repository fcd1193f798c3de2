"""``kg_relations``: facts between entities, read off the dependency parse.

appointedBy, enactedBy, amendedBy (with enactedDate / amendedDate), regulates, decidedBy (with
decisionDate), partOf and jurisdiction. Each finding goes to ``doc._.kg_relations`` as a dict with
``subj``/``obj`` char spans (``obj`` None for literal facts, which carry ``value``), ``prop``,
``sent`` (the evidence sentence) and ``rule`` (which pattern fired). Ends whose span is not an
entity of ``doc.ents`` (a name inside a longer name) carry ``obj_label``/``subj_label``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..language.cues import (
    YEAR,
    agent_of,
    char_span,
    children,
    cues,
    ent_of,
    nearest_before,
    negated,
    resolve,
    sent_span,
    subject_of,
    year_of,
)
from ..language.text import furniture_ranges, overlaps
from ..lexicon.load import load_lexicon

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)

LAW_ENDS = ("Law",)
BODY = ("Agency", "Court")


@Language.factory("kg_relations", default_config={})
def make_relations(nlp: Language, name: str) -> RelationFinder:
    return RelationFinder()


class RelationFinder:
    def __init__(self) -> None:
        data = cues()
        self.verb_prop = {lemma: prop for prop, lemmas in data["verbs"].items() for lemma in lemmas}
        self.ruling_nouns = set(data["ruling_nouns"])
        self.nominals = data["nominals"]
        lex = load_lexicon()
        self.place_names = {n for p in lex.places for n in (p.name, *p.aliases) if len(n) > 2}
        self.body_names = {n for b in lex.bodies for n in b.names if b.cls == "Agency"}
        self.lexicon_class = {n: b.cls for b in lex.named for n in b.names}
        self.unit_heads = set(data["unit_heads"])

    def __call__(self, doc: Doc) -> Doc:
        out: list[dict] = []
        blocked = furniture_ranges(doc)
        by_sent: dict[int, list[Span]] = {}
        for e in doc.ents:
            by_sent.setdefault(e[0].sent.start, []).append(e)
        for sent in doc.sents:
            if overlaps(sent.start_char, sent.end_char, blocked):
                continue
            ents = by_sent.get(sent.start, [])
            for tok in sent:
                prop = self.verb_prop.get(tok.lemma_.lower())
                if prop and tok.pos_ in ("VERB", "AUX") and not negated(tok):
                    out += getattr(self, f"_{prop}")(doc, tok)
            if ents:
                out += self._rulings(doc, sent, ents)
                out += self._law_years(doc, sent, ents)
        out += self._name_structure(doc, blocked)
        doc._.kg_relations = out
        return doc

    def _fact(self, subj, prop, obj, tok, rule, value=None) -> dict:
        return {
            "subj": char_span(subj),
            "prop": prop,
            "obj": char_span(obj),
            "value": value,
            "sent": sent_span(tok),
            "rule": rule,
        }

    def _object(self, verb):
        objs = children(verb, "dobj", "nsubjpass")
        if not objs and verb.dep_ == "conj":
            objs = children(verb.head, "dobj", "nsubjpass")
        if not objs and verb.dep_ == "acl" and verb.tag_ == "VBN":
            return ent_of(verb.head)  # "the Harbor Act, passed by the council in 2014": a law named, not
            # "the bipartisan bill passed by the Senate" (another bill than the article's law)
        return resolve(verb.doc, objs[0], self.nominals) if objs else None

    def _actor(self, verb):
        if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl", "conj"):
            return resolve(verb.doc, agent_of(verb), self.nominals)
        return resolve(verb.doc, subject_of(verb), self.nominals)

    def _law_change(self, doc, verb, prop, date_prop):
        law, body = self._object(verb), self._actor(verb)
        if law is None or law.label_ not in LAW_ENDS:
            rel = [
                c
                for c in (*verb.children, *verb.head.children)
                if c.lower_ in ("which", "that") and c.dep_ in ("nsubjpass", "nsubj")
            ]
            if rel:  # the parser often attaches "which" to the wrong noun: take the law just before it
                law = nearest_before(rel[0], "Law")
        if law is None or law.label_ not in LAW_ENDS:
            return []
        out = []
        if body is not None and body.label_ in BODY:
            out.append(self._fact(law, prop, body, verb, f"{prop}-verb"))
        elif body is not None and body.label_ == "Place" and prop == "enactedBy":
            out.append(self._fact(law, "jurisdiction", body, verb, "enacted-by-place"))  # "Arizona passed SB 1070"
        year = year_of(verb)
        if year:
            out.append(self._fact(law, date_prop, None, verb, f"{date_prop}-verb", value=year))
        return out

    def _enactedBy(self, doc, verb):
        return self._law_change(doc, verb, "enactedBy", "enactedDate")

    def _amendedBy(self, doc, verb):
        return self._law_change(doc, verb, "amendedBy", "amendedDate")

    def _regulates(self, doc, verb):
        subj = resolve(doc, subject_of(verb), self.nominals)
        objs = children(verb, "dobj")
        obj = resolve(doc, objs[0], self.nominals) if objs else None
        if subj is not None and obj is not None and subj.label_ in ("Law", "CourtRuling") and obj.label_ == "Agency":
            return [self._fact(subj, "regulates", obj, verb, "regulates-verb")]
        return []

    def _appointedBy(self, doc, verb):
        appointee = self._object(verb)
        if appointee is None and verb.dep_ in ("acl", "relcl"):
            appointee = ent_of(verb.head)
        appointer = self._actor(verb)
        people = ("Person", "Official")
        if (
            appointee is not None
            and appointer is not None
            and appointee.label_ in people
            and appointer.label_ in people
            and appointee != appointer
        ):
            return [self._fact(appointee, "appointedBy", appointer, verb, "appointed-by")]
        return []

    def _decidedBy(self, doc, verb):
        return []  # handled sentence-wide by _rulings

    def _rulings(self, doc, sent, ents) -> list[dict]:
        """A sentence naming one court, one ruling and a ruling cue: the court decided the ruling."""
        courts = {e.text: e for e in ents if e.label_ == "Court"}
        rulings = {e.text: e for e in ents if e.label_ == "CourtRuling"}
        if len(rulings) != 1:
            return []
        cue = [
            t
            for t in sent
            if t.lemma_.lower() in self.ruling_nouns or (self.verb_prop.get(t.lemma_.lower()) == "decidedBy" and t.pos_ == "VERB")
        ]
        if not cue:
            return []
        named_year = self._ruling_year(doc, next(iter(rulings.values())), cue)
        if named_year is not None and len(courts) != 1:
            return [named_year]
        if len(courts) != 1:
            return []
        court, ruling = next(iter(courts.values())), next(iter(rulings.values()))
        out = [self._fact(ruling, "decidedBy", court, sent[0], "court-ruling-sentence")]
        if named_year is not None:
            return out + [named_year]
        for t in cue:
            year = year_of(t)
            if year:
                out.append(self._fact(ruling, "decisionDate", None, sent[0], "ruling-year", value=year))
                break
        return out

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
        """ "its 2014 Trust Act", "2014's Trust Act": a year written before a law's name."""
        out = []
        for e in ents:
            if e.label_ != "Law" or e.start == 0:
                continue
            prev = doc[e.start - 1]
            if prev.text in ("'s", "’s") and e.start > 1:
                prev = doc[e.start - 2]
            if YEAR.match(prev.text):
                out.append(self._fact(e, "enactedDate", None, prev, "year-before-law-name", value=prev.text))
        return out

    def _local(self, e: Span) -> bool:
        """A law, or a body the lexicon does not know as a national one and that is not the modifier of a
        noun after it: "Chicago's City Council", but not "Boston's ICE office"."""
        if e.label_ == "Law":
            return True
        after = e.doc[e.end] if e.end < len(e.doc) else None
        return e.label_ == "Agency" and e.text not in self.body_names and (after is None or after.pos_ != "NOUN")

    def _name_structure(self, doc, blocked) -> list[dict]:
        """Facts a name states by its form: "ICE's Boston office" is part of ICE; "Boston Police
        Department" operates in Boston. One per distinct name, at its first mention."""
        out, seen = [], set()
        ent_texts = {e.text: e.label_ for e in doc.ents}
        ents = list(doc.ents)
        for a, b in zip(ents, ents[1:]):
            if (
                a.label_ == b.label_
                and a.label_ in ("Agency", "Organization")
                and b.start == a.end + 1
                and doc[a.end].text in ("'s", "’s")
                and not overlaps(b.start_char, b.end_char, blocked)
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
        for e in doc.ents:
            if e.label_ not in ("Agency", "Court", "Law", "Organization") or e.text in seen:
                continue
            seen.add(e.text)
            for i in range(e.start + 1, e.end):
                prefix = doc[e.start : i]
                nxt = doc[i]
                if (
                    prefix.text.isupper()
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
                    (prefix.text in self.place_names or ent_texts.get(prefix.text) == "Place")
                    and nxt.text not in ("'s", "’s")
                    and not any(t.text in ("'s", "’s") for t in e)
                ):
                    out.append(
                        {
                            **self._fact(e, "jurisdiction", None, e[0], "place-in-name"),
                            "obj": [prefix.start_char, prefix.end_char],
                            "obj_label": "Place",
                        }
                    )
                    break
        return out
