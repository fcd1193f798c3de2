"""Who said a quotation: speech-verb cues around it, their subjects, and pronoun antecedents.

Works on the dependency parse (speech verb -> ``nsubj``, passive ``agent``, "according to" -> ``pobj``); a verb
without its own subject (``explaining, “...”``) takes the subject of the clause it hangs from, and right after a
quote the name the parser made its object (``“...,” added Stewart``). Subjects become name mentions via
:class:`kg.language.mentions.Mentions` (pronouns go to their antecedent). Without a parse a regex stands in.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from . import attributions as frames
from . import cueframes, gerundframes, infinitives, outlets
from .attributions import clause_before as _clause_before
from .furniture_spans import SPACES, is_furniture
from .invertedcues import opening_speaker
from .mentions import PRONOUNS, SUBJ, Mentions
from .speechverbs import clausal_ing, inverted_forms, load_speech_verbs  # noqa: F401  (kg_quotes, kg_stances and kg_consequences import it from here)

CLIMB = {"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl"}
MAX_FRAME_TOKENS = 30
_NAME = r"(?:he|she|He|She|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})"


class SpeakerFinder:
    def __init__(self, verbs: dict[str, str], speaker_labels: set[str], person_labels: set[str]):
        self.verbs, self.lemmas, self.inverted = verbs, set(verbs.values()), inverted_forms(verbs)
        self.speaker_labels = speaker_labels
        self.person_labels = person_labels
        alts = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
        self.rx_after = re.compile(
            rf"^\W*(?:(?P<n1>{_NAME}),?(?: [^,]{{1,80}},)? (?P<v1>{alts})\b|(?P<v2>{alts}) (?P<n2>{_NAME}))"
        )
        self.rx_before = re.compile(rf"(?P<n1>{_NAME})(?: \w+ly)? (?P<v1>{alts})[,:]?\s*$")

    # -- per document ------------------------------------------------------------------
    def prepare(self, doc: Doc, text: str, quote_content: list[tuple[int, int]], parsed: bool) -> None:
        self.text = text  # doc.text joins every token: read it once per document
        self.content = sorted(quote_content)
        self.parsed = parsed
        self.mentions = Mentions(doc, self.speaker_labels, self.person_labels, self._in_quote, frozenset(self.lemmas))

    def release(self) -> None:
        """Drop the per-document state (so the component pickles without the last Doc)."""
        self.text, self.content, self.mentions = "", [], None

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.content, (pos, float("inf"))) - 1
        return i >= 0 and self.content[i][0] <= pos < self.content[i][1]

    def _is_cue(self, t: Token) -> bool:
        if self._in_quote(t.idx):
            return False
        if cueframes.source_prep(t) is not None:  # "according to X", "in the words of X"
            return True
        verb = (t.pos_ in ("VERB", "AUX") or clausal_ing(t)) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if self.parsed and (not verb or cueframes.denied_speech(t)):  # "writing, “...”" tagged a noun is a verb
            return False  # not a verb, an infinitive ("votes to confirm"), denied ("Neither X nor Y would comment.")
        return (t.lemma_.lower() in self.lemmas) or (t.lower_ in self.verbs)

    def _frame(self, doc: Doc, start: int, end: int) -> Span | None:
        return doc.char_span(start, end, alignment_mode="contract") if end > start else None

    # -- the attribution ----------------------------------------------------------------
    def attribute(self, doc, q, prev_end, next_open, ps, pe, paras) -> dict | None:
        """The speaker of quote ``q`` as ``{"speaker", "speaker_text", "cue", "how"}``, or None. A quote ending in a full
        stop is usually introduced (``Doe stated, “...”``), one ending in a comma is followed by its attribution, a
        fragment is mostly the object of a verb before it, unless that verb names nobody and ``,” Roe said`` follows."""
        if frames.put_question(doc, self.text, ps, q.open, q.start, q.end):
            return {"speaker": None, "speaker_text": None, "cue": None, "how": "question"}
        if (ask := frames.asking_verb(self._clause(doc, max(prev_end, ps), q.open), self.text, q.start, q.end)) is not None:
            return dict(self._issued(ask) or {"speaker": None, "speaker_text": None, "cue": ask.text}, how="asked")
        period, fragment = self.text[q.end - 1] == ".", not self.text[q.start].isupper()
        said_after = fragment and "," in self.text[q.end : q.close] and self.rx_after.match(self.text[q.close : q.close + 80])
        sourced = cueframes.sourced_report(self._clause(doc, max(prev_end, ps), q.open), self.text, q.close, self._is_cue)
        order = (self._before,) if sourced else (self._before, self._after) if period or fragment else (self._after, self._before)
        for step in order:
            found = step(doc, q, prev_end, next_open, ps, pe, period)
            if found is not None and said_after and found["speaker"] is None and step == self._before:
                return self._after(doc, q, prev_end, next_open, ps, pe, period) or found
            if found is not None:
                return found
        if q.open == ps and q.para > 0:
            before = [p for p in paras[: q.para] if not is_furniture(doc, *p)]  # not "CLICK HERE TO GET THE APP"
            return self._intro(doc, before[-1]) if before else None
        if q.open > ps and self.text[max(prev_end, ps) : q.open].rstrip()[-1:] in (".", "!", "?"):
            return self._lead_in(doc, max(prev_end, ps), q.open)  # "X told the court he ... “It took time.”"
        return None

    def _after(self, doc, q, prev_end, next_open, ps, pe, period) -> dict | None:
        after = self._frame(doc, q.close, min(next_open, pe))
        if after is None or not len(after):
            return None
        if after[0].text in ("—", "–", "-", "--"):  # “...” — Sen. Jane Doe; — House Leader Kevin Roe: the person
            near = [e for e in self.mentions.ents if after.start < e.start <= after.start + 4 and e.end <= after.end]
            for e in sorted(near, key=lambda e: e.label_ not in self.person_labels)[:1]:
                return {"speaker": [e.start_char, e.end_char], "speaker_text": e.text, "cue": after[0].text, "how": "dash"}
        toks = []
        for t in after[:MAX_FRAME_TOKENS]:
            toks.append(t)
            if t.text in frames.SENT_END and not frames.abbreviation_point(t):  # not the period of "Cpl. Jane Roe said"
                break
        final = self.text[q.start : q.end].rstrip("'’")[-1:] in ".!?"  # “... today!” Indeed, X vows: a new sentence
        found = self._from_tokens(toks, first=True, max_lead=6 if period or final else None, new_sentence=final and prev_end > ps)
        if found is None and not self.parsed:
            end = toks[-1].idx + len(toks[-1])
            found = self._regex(doc, self.text[after.start_char : end], after.start_char, self.rx_after)
        return dict(found, how="after") if found else None

    def _clause(self, doc, start: int, end: int) -> list[Token]:
        before = self._frame(doc, start, end)
        return _clause_before(before[-MAX_FRAME_TOKENS:]) if before is not None and len(before) else []

    def _before(self, doc, q, prev_end, next_open, ps, pe, period) -> dict | None:
        toks = self._clause(doc, max(prev_end, ps), q.open)
        if not toks:
            return None
        found = self._from_tokens(toks, first=False)
        if found is None and self.parsed and (verb := frames.issuing_verb(toks) or frames.going_on(toks)) is not None:
            found = self._issued(verb)  # "Obama ran an ad against his opponent: “...”"
        if found is None and not self.parsed:
            found = self._regex(doc, self.text[toks[0].idx : q.open], toks[0].idx, self.rx_before)
        found = found or opening_speaker(toks, self.inverted, self.mentions.persons)  # "Tweeted X, ...: “...”", "X: “...”"
        return dict(found, how="before") if found else None

    def _intro(self, doc, prev_para: tuple[int, int]) -> dict | None:
        """``Here is what she told reporters:`` then a quote paragraph; or a paragraph ending in reported speech
        (``The governor explained that he believes ...``) then a quote paragraph with no cue: who was reported speaking."""
        pps, ppe = prev_para
        if is_furniture(doc, pps, ppe):
            return None
        intro = self._frame(doc, pps, ppe)
        if intro is None or not len(intro):
            return None
        if self.text[ppe - 1] == ":":
            ts = _clause_before(intro[:-1])  # "..., prompting Mr Roe to tweet his thanks:" Roe, when no verb speaks
            found = self._from_tokens(ts, False) or infinitives.speaker(ts, self) or self._from_tokens(ts, False, any_root=True)
            return dict(found, how="intro") if found else None
        return self._lead_in(doc, pps, ppe)

    def _lead_in(self, doc, start: int, end: int) -> dict | None:
        """The person whose reported speech ends the text [start, end) ("The governor explained that he believes ...", or a
        quote too short to keep: "“No doubt,” the Utah Republican said."), for a quote right after it with no cue of its own."""
        intro = self._frame(doc, start, end)
        if intro is None or not len(intro):
            return None
        last = intro[-1].sent
        root = last.root
        if not self.parsed or self._in_quote(root.idx) or not self._is_cue(root):
            return None
        if not any(c.dep_ == "ccomp" for c in root.children) and last[0].text not in ("“", '"'):  # "“No doubt,” Roe said."
            return None
        speaker, explicit = self._subject(root)
        if speaker is None or not explicit or not self.mentions.is_person(speaker):
            return None
        return {
            "speaker": [speaker[0], speaker[1]],
            "speaker_text": self.text[speaker[0] : speaker[1]],
            "cue": root.text,
            "how": "lead-in",
        }

    def _from_tokens(
        self, toks: list[Token], first: bool, max_lead: int | None = None, any_root: bool = False, new_sentence: bool = False
    ) -> dict | None:
        """The speaker named by the cue nearest the quote (the first after it, the last before); after a
        quote that ends its sentence, none when that cue starts a statement of its own."""
        cues = [t for t in toks if self._is_cue(t)]
        if not cues and any_root and self.parsed:
            cues = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
        if not cues:
            return None
        cue = cues[0] if first else cues[-1]
        if (
            max_lead is not None
            and cueframes.lead(toks, cue) > max_lead
            or new_sentence
            and frames.not_after(cue, toks, self._in_quote)
        ):
            return None
        nameless = cueframes.embedded_as(cue, self._in_quote) or outlets.outlet_subject(cue)
        nameless = nameless or not first and cueframes.other_clause(cue, toks, self._is_cue)  # "X said, and Y offered: “...”"
        named = cueframes.named_source(toks, cue, self.mentions.persons) if first else None  # "“...,” Jo Roe, ..., according to"
        speaker, explicit = (named, True) if named else (None, True) if nameless else self._subject(cue)  # "as X claimed,"
        if speaker is None:  # "the spokesman said": no name, none inherited
            return {"speaker": None, "speaker_text": None, "cue": cue.text} if explicit else None
        return {"speaker": [speaker[0], speaker[1]], "speaker_text": self.text[speaker[0] : speaker[1]], "cue": cue.text}

    def _issued(self, verb: Token) -> dict | None:
        speaker, explicit = self._subject(verb)  # ", asking “...?”": whom it climbs to; not "Asked “...?”, X said"
        if speaker and (explicit or verb.tag_ == "VBG" and frames.climbs_to_name(verb) and self.mentions.is_person(speaker)):
            return {"speaker": list(speaker), "speaker_text": self.text[speaker[0] : speaker[1]], "cue": verb.text}
        return None

    def _subject(self, verb: Token) -> tuple[tuple[int, int] | None, bool]:
        """The name mention of the verb's subject, and whether the verb has an explicit subject.

        A verb with its own subject is decided by it (a common noun such as "the spokesman" gives
        no name); a verb without one (``explaining, “...”``) takes the nearest named subject of the
        clauses it hangs from."""
        if not self.parsed:
            return None, False
        if (prep := cueframes.source_prep(verb)) is not None:
            objs = [t for t in prep.children if t.dep_ == "pobj"]
            return (self.mentions.of(objs[0]), True) if objs else (None, False)
        if (
            not any(c.dep_ in SUBJ for c in verb.children)
            and (name := frames.inverted(verb) or frames.named_before(verb)) is not None
        ):
            return self.mentions.of(name), True  # "“...,” added Stewart.", "“...,” Rose, 76, recalled"
        v, fallback, past_as = verb, None, False
        for level in range(4):
            for child in v.children:
                if child.dep_ == "agent" and not past_as:  # "X was quoted by the Globe as saying": not the Globe
                    if objs := [t for t in child.children if t.dep_ == "pobj"]:
                        return self.mentions.of(objs[0]), True
            subjects = cueframes.clause_subjects(v, self._in_quote)  # "things that organizer X said": X
            for s in subjects:
                relative = s.lower_ in ("who", "that", "which") and v.dep_ == "relcl"  # "a letter that read": its sender
                owner = frames.text_owner(v.head, self.speaker_labels) if relative else None
                found = self.mentions.of(owner or (v.head if relative and s.lower_ != "which" else cueframes.undated(s)))
                if level == 0 and s.dep_ == "nsubjpass" and v.lemma_.lower() in frames.ADDRESSED:
                    return None, True  # "“...?” Roe was asked": the listener
                if level == 0:
                    named = (n := cueframes.role_then_name(s, v)) is not None and self.mentions.of(n)
                    titled = cueframes.body_title_name(s, found, self.mentions.persons)  # "HHS spokesman Jo Roe"
                    return self.mentions.first_of_pair(s) or titled or found or named or None, True
                # climbing from a participle ("..., explaining, “...”"): a person wins over a body
                if found is not None and self.mentions.is_person(found) or past_as:
                    return (found if found is not None and self.mentions.is_person(found) else None), False
                fallback = fallback or found
            if v.dep_ not in CLIMB or v.head is v:
                break
            v = v.head
            if v.dep_ == "pobj" and v.head.lower_ == "as":  # "mocked him as “a fake” saying “...”": the mocker
                v = v.head
            if v.dep_ == "prep" and v.lower_ in gerundframes.PREPS:  # "answered by saying", not "rebuked Obama for saying"
                found = (doer := gerundframes.doer(v, self._in_quote)) is not None and self.mentions.of(doer)
                return (found, False) if found and self.mentions.is_person(found) else (fallback, False)
            if v.dep_ == "prep" and v.head is not v:
                v, past_as = v.head, True
        return fallback, False

    def _regex(self, doc: Doc, text: str, offset: int, rx: re.Pattern) -> dict | None:
        return cueframes.regex_frame(self.text, text.translate(SPACES), offset, rx, self.mentions.antecedent, PRONOUNS)
