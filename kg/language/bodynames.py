"""Rules of ``kg_entities`` that find bodies the model misses or mislabels: offices ("the Mayor's
Office"), names built on a body head noun ("the Harbor Commission"), and a place's own agencies
("Springfield's police department")."""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

from .bodyheads import compound_heads, private_body
from .descriptors import party_words
from .nameparts import name_bounds
from .placenames import city_title_words, untagged_cities
from .text import MAX_NAME_TOKENS
from .titled import title_at

CLOSED_CLASS = frozenset({"DET", "NUM", "ADV", "SCONJ", "CCONJ", "PRON", "AUX", "PART", "INTJ", "ADP", "VERB", "PUNCT"})


class BodyNameRules:
    """Mixin of :class:`kg.pipeline.entities.EntityRecognizer` (which provides the lexicon lookups it reads)."""

    def _offices(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Offices and divisions named after their agency: "ICE's Boston office", "ICE Boston field
        office", "ICE's Enforcement and Removal Operations division"."""
        out, bounds = [], {(e.start, e.end) for e in spans}
        for span in spans:
            if span.label_ != "Agency":
                continue
            i = span.end
            if i < len(doc) and doc[i].text in ("'s", "’s"):
                i += 1
            j = i
            while (
                j < len(doc)
                and j - i < MAX_NAME_TOKENS
                and (
                    doc[j].is_title
                    or doc[j].is_upper
                    or (doc[j].lower_ in ("and", "of") and j + 1 < len(doc) and doc[j + 1].is_title)
                )
                and not doc[j].is_punct
            ):
                j += 1
            if j == i or (i, j) in bounds:
                continue  # "ICE's Enforcement and Removal Operations division": a body of its own
            for words in self.office_nouns:
                end = j + len(words)
                if end <= len(doc) and [t.lower_ for t in doc[j:end]] == words and doc[j].is_lower:
                    out.append(Span(doc, span.start, end, label="Agency"))
                    break
        return out

    def _head_noun_names(self, doc: Doc) -> list[Span]:
        """Capitalized names ending in a head noun: "Boston Police Department", "Court of Appeals for ..."."""
        spans = []
        heads = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), self.head_orths) | compound_heads(doc))  # head nouns
        orgs = {i: e for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}  # the model's
        for i in heads.tolist():
            tok = doc[i]
            cls = self.head_class.get(tok.text, "Agency")  # or the last word of "... School District"
            if not (tok.is_title or tok.is_upper):
                continue
            start = tok.i
            while start > 0 and tok.i - start < MAX_NAME_TOKENS and self._name_token(doc[start - 1]):
                start -= 1
            start = self._conjunct_start(doc, start, orgs.get(tok.i))
            end = tok.i + 1
            # "... of the Ninth Circuit", "Department of Homeland Security", "Council on Foreign Relations"
            while (
                end + 1 < len(doc)
                and end - start < MAX_NAME_TOKENS
                and doc[end].lower_ in ("of", "for", "on")
                and (
                    self._name_token(doc[end + 1])
                    or (doc[end + 1].lower_ == "the" and end + 2 < len(doc) and self._name_token(doc[end + 2]))
                )
                and not (doc[end].lower_ == "on" and (doc[end + 1].ent_type_ in ("DATE", "TIME") or doc[end + 1].ent_iob_ == "B"))
                # "the Committee on Monday"; "Cam & Company on NRA News": a body of its own after "on"
            ):
                before, on = end, doc[end].lower_ == "on"
                end += 2 if doc[end + 1].lower_ != "the" else 3
                while end < len(doc) and end - start < MAX_NAME_TOKENS and self._name_token(doc[end]):
                    end += 1
                end = self._and_continued(doc, end, start)
                if on and (
                    (end < len(doc) and (doc[end].lower_ == "and" or doc[end].pos_ == "NOUN"))  # "... on Medicaid and
                    # the Uninsured": cut short; "the Agency on the Senate floor": a modifier of a common noun
                    or any(title_at(doc, k, self.titles) for k in range(before + 1, end))  # "on Peace Officer ..."
                ):
                    end = before
                    break
            org = orgs.get(tok.i)
            if org is not None and org.start <= start and org.end > end and end < len(doc) and doc[end].lower_ == "and":
                end = self._and_continued(doc, end, start, org.end - end - 1, org.end)  # the model reads on past "and"
            if end - start < 2:
                continue
            if (
                end == i + 1
                and self.lexicon_class.get(doc[start:i].text) in ("Agency", "Court")
                and title_at(doc, i, self.titles)
            ):
                continue  # "White House Press Secretary X": a known body, then a title ("Press Secretary")
            if tok.text == "Council" and end > tok.i + 1 and doc[tok.i + 1].lower_ == "on":
                cls = "Organization"  # "the Council on Foreign Relations", "the Plains Council on Rural Housing"
            if tok.text == "Council" and (
                doc[start].text in self.civic_prefixes or any(t.text in ("City", "County", "Town") for t in doc[start:end])
            ):
                cls = "Agency"
            if cls == "Agency" and (self._organization_owned(doc, start, end) or private_body(doc[start:end], tok.text)):
                cls = "Organization"  # "Family Research Council", "a Board of Directors": a private group's
            spans.append(Span(doc, start, end, label=cls))
        return spans

    def _and_continued(self, doc: Doc, end: int, start: int, words: int = 3, model_end: int = -1) -> int:
        """ "Institute for Prairie Journalism and Community Studies", "Association of Tribal Elected and
        Appointed Officials": after "of/for/on" a name may go on past "and" with capitalized words that
        begin no entity of the model's and are followed by no capitalized word (not "... and Planned
        Parenthood", not "... and Mayor Jane Doe"), ending on a plural, or where the model's own name ends
        (``model_end``: "Department of Rehabilitation and Correction", "Department of Fish and Game")."""
        if end + 1 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].ent_iob_ == "B":
            return end
        j = end + 1
        while j < len(doc) and j - end <= words and self._name_token(doc[j]) and doc[j].ent_type_ not in ("PERSON", "GPE"):
            j += 1
        if j == end + 1 or j - start > MAX_NAME_TOKENS or (j < len(doc) and self._name_token(doc[j])):
            return end
        last = doc[j - 1].lower_
        plural = doc[j - 1].tag_ in ("NNS", "NNPS") or (last.endswith("s") and not last.endswith(("ss", "is", "us")))
        return j if (plural or j == model_end) and doc[end + 1 : j].text not in self.lexicon_class else end  # "Community Issues"

    def _conjunct_start(self, doc: Doc, start: int, org) -> int:
        """Where a name cut at "and" starts when the model reads the whole as one organization: "Economic
        and Social Council"; not "Trump and Justice Department officials", nor a body's name before "and"
        ("the Agriculture Department and Food and Drug Administration": two bodies)."""
        if org is None:
            return start
        k = start
        while org.start <= k - 2 and doc[k - 1].lower_ == "and" and self._name_token(doc[k - 2]):
            k -= 2
            while k > org.start and self._name_token(doc[k - 1]) and doc[k - 1].text not in ("'s", "’s"):
                k -= 1
        joined = doc[k:start]
        if any(t.text in self.head_class for t in joined) or any(doc[a:b].text in self.lexicon_class for a, b in _runs(joined)):
            return start
        return k

    def _organization_owned(self, doc: Doc, start: int, end: int) -> bool:
        """A body named after (or right after) an organization the lexicon knows is that organization's,
        not a government's: "U.N. General Assembly", "the U.N.'s Economic and Social Council"."""
        owner = [doc[start:k].text for k in range(start + 1, min(end, start + MAX_NAME_TOKENS + 1))]
        if start >= 2 and doc[start - 1].text in ("'s", "’s"):
            owner += [doc[k : start - 1].text for k in range(max(0, start - 4), start - 1)]
        return any(self.lexicon_class.get(n) == "Organization" for n in owner)

    def _name_token(self, tok) -> bool:
        if tok.text in self.function_words or "\n" in tok.text_with_ws.rstrip(" "):
            return False
        if tok.text in ("'s", "’s", "&"):
            return tok.i > 0 and (tok.doc[tok.i - 1].is_title or tok.doc[tok.i - 1].is_upper)
        # "BioLife", "McKesson": a capitalized word with capitals inside is a name's word too
        return (tok.is_title or tok.is_upper or (tok.is_alpha and tok.text[0].isupper())) and not tok.is_punct

    def _place_agencies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Boston police", "Suffolk County sheriff's office": a place followed by an agency noun (also a US
        city the model left untagged, no word of the language: "Baytown police")."""
        out = []
        before = frozenset({w[0] for w in self.place_agency_nouns} | {"'s", "’s"} | city_title_words())
        for span in spans + untagged_cities(doc, spans, self.words, before):
            if span.label_ != "Place":
                continue
            if span not in spans and doc[span.end].is_title and doc[span.end].lower_ in city_title_words():
                out.append(span)  # "Gilroy Mayor X": the city the model left untagged
                continue
            statewide = self.place_kinds.get(span.text) in ("state", "country", "region")
            owner = span.end < len(doc) and doc[span.end].text in ("'s", "’s")  # "North Charleston's city council"
            for words in self.place_agency_nouns:
                end = span.end + owner + len(words)
                if words == ["police"] and (statewide or owner):
                    continue  # "Arizona police": police in Arizona, not one department
                if end <= len(doc) and [t.lower_ for t in doc[span.end + owner : end]] == words:
                    name = f"{span.text} {doc[span.end + owner : end].text}" if owner else ""
                    out.append(Span(doc, span.start, end, label="Agency", kb_id=name))
                    break
        return out

    def _name_bounds(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """:meth:`_longer_names`, then each body's name cut or continued to its bounds (kg.language.nameparts)."""
        return name_bounds(self._longer_names(doc, ents), self.generic_class, self.lexicon_class, self.place_kinds)

    def _longer_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A name that is the start of a longer organization's name is that organization: "Second
        Amendment" of "the Second Amendment Foundation", "Texas" of "the Texas Tribune". The longer
        name is the entity followed, in its sentence, by up to three capitalized words that belong to
        no other entity and end on an organization's head noun (``heads`` in entity_patterns.json)."""
        starts = {e.start for e in ents}
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for e in ents:
            j = e.end
            while j < len(doc) and j - e.end < 3 and doc[j].is_title and j not in taken and not doc[j].is_sent_start:
                j += 1
            k = j
            while k > e.end and self.head_class.get(doc[k - 1].text) != "Organization":
                k -= 1
            if k == e.end + 1 and e.label_ in ("Agency", "Court") and title_at(doc, e.end, self.titles):
                k = e.end  # "White House Press Secretary X": the head word opens a title, not a longer name
                # (after a place it may end the name: "D.C. Council member X")
            if e.label_ in ("Person", "Official") or k == e.end or k in starts:
                out.append(e)
                continue
            out.append(Span(doc, e.start, k, label="Organization"))
        return out

    def _chamber_name(self, span: Span) -> Span:
        """The model's name of a chamber without the words it ran on to before the head ("One Senate
        Republican", "Unless Congress acts", "Top Senate Republicans", "the Republican Congress"): leading
        closed-class words, an adjective that opens the sentence, and party words. A proper name before
        the head stays ("Texas State Senate", "Brand New Congress", "the Continental Congress"). "Congress"
        before "party" names a party ("the opposition Congress party"), an organization."""
        doc = span.doc
        if span.text in self.party_chambers and span.end < len(doc) and doc[span.end].lower_ == "party":
            return Span(doc, span.start, span.end + 1, label="Organization")  # "the Congress party": India's, no chamber
        if len(span) < 2 or span[-1].text not in self.chamber_heads or span.text in self.lexicon_class:
            return span
        start, parties = span.start, party_words()
        while start < span.end - 1 and (
            span.doc[start].pos_ in CLOSED_CLASS
            or (span.doc[start].pos_ == "ADJ" and span.doc[start].is_sent_start)
            or span.doc[start].text in parties
        ):
            start += 1
        return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)


def _runs(span: Span) -> list[tuple[int, int]]:
    """The (start, end) token offsets of the runs of words between the "and"s of ``span``."""
    out, a = [], span.start
    for t in span:
        if t.lower_ == "and":
            out.append((a, t.i))
            a = t.i + 1
    return out
