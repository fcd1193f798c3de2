"""``kg_quotes``: quotations and who said them.

Quote marks are paired by :mod:`kg.language.quotemarks` (regex pass over ``doc.text``). A quoted
stretch is kept as a quotation when it is outside page furniture, has at least ``min_words``
words and reads as a clause (a subject inside it per the parse, or a capitalised sentence ending
in . ? !), not a title or scare quote; or when a colon announces it and it is a short whole
sentence ("tweeting: "Right decision. Strong!""); or when a comma closes it and a speech verb with its
subject follows (“In my view failure is not an option,” he said.). Its speaker comes from, in order of preference:

- a trailing attribution after the quote (``“...,” Smith continued.``, ``“...,” said X``);
- a speech verb before it in the same sentence (``Doe declared, “...”``, ``according to X``);
- a colon intro in the previous paragraph (``Here is what she told reporters:`` + quote paragraph);
- the previous quotation of the same paragraph (unless another person is named between them), or of
  the previous paragraph when this paragraph is only a quote (the speaker keeps talking); pieces of
  a multi-paragraph quote share a speaker (page furniture between them does not end the quote);
- a line after a block of quote-only paragraphs that is only a name and an outlet ("Jane Roe, Daily
  Ledger", :func:`kg.language.attributions.signature`) or opens with a dash and a name ("-- Sen. Jo Roe"),
  or opens "That's what" and a speech verb with its subject ("That's what Jo Roe told the panel");
- for a quote that opens its sentence with no frame, a later quote of the sentence attributed after it.

The speech verb's subject (dependency parse) is mapped to an entity of ``doc.ents`` whose label is
in ``speaker_labels``; pronouns go to the nearest preceding person mention (subjects first), see
:mod:`kg.language.speakers`. Output: ``doc._.kg_quotes``, a list of dicts ``start``, ``end``,
``text`` (``doc.text[start:end]``, without the marks), ``speaker`` (``[start, end]`` of the name
mention or None), ``speaker_text``, ``cue`` (the speech verb), ``how`` and ``group``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..language.attributions import framed_later, sentence_subject
from ..language.furniture_spans import SPACES, before_furniture, is_furniture, resolve_data_path
from ..language.mentions import PRONOUNS
from ..language.quotemarks import QuoteSpan, announced, find_quote_spans, paragraphs, split_attribution
from ..language.signoffs import TAIL, sign_blocks, widen_speakers
from ..language.speakers import SpeakerFinder, load_speech_verbs
from ..language.text import doc_text
from ..language.transcripts import turn_quotes

if not Doc.has_extension("kg_quotes"):
    Doc.set_extension("kg_quotes", default=None)
if not Doc.has_extension("kg_furniture"):
    Doc.set_extension("kg_furniture", default=None)

DEFAULT_SPEAKER_LABELS = ["Person", "Official", "Organization", "Agency", "Court", "PERSON", "ORG", "GPE", "NORP"]
DEFAULT_PERSON_LABELS = ["Person", "Official", "PERSON"]
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
RUNNING_PRONOUNS = {"you", "we", "they", "he", "she", "it", "me", "us", "them", "him"}  # lower case: not a title


class QuoteFinder:
    def __init__(self, speech_verbs: dict[str, str], speaker_labels, person_labels, min_words: int, min_sentence_words: int):
        self.finder = SpeakerFinder(speech_verbs, set(speaker_labels), set(person_labels))
        self.min_words = min_words
        self.min_sentence_words = min_sentence_words

    # -- which quoted stretches are quotations ------------------------------------------
    def _is_quotation(self, doc: Doc, q: QuoteSpan, text: str, parsed: bool) -> bool:
        words = text.split()
        if len(words) < self.min_words:
            return False
        sentence = text[0].isupper() and text[-1] in ".?!…" and len(words) >= self.min_sentence_words
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return sentence
        if parsed:
            inside = range(span.start, span.end)
            if any(t.dep_ in SUBJECT_DEPS and t.head.i in inside for t in span):
                return not self._title_like(words, text)
            return sentence and not self._title_like(words, text)
        return sentence or (len(words) >= self.min_sentence_words and not self._title_like(words, text))

    def _said(self, text: str, q: QuoteSpan) -> bool:
        """ "“In my view failure is not an option,” he said.": words closed by a comma and followed by
        a speech verb and its subject are a quotation, whatever the parse made of them."""
        quoted = text[q.start : q.end]
        if "," not in text[q.end : q.close] or len(quoted.split()) < self.min_words or self._title_like(quoted.split(), quoted):
            return False  # not 'on WCVB’s “On the Record,” Cox declared': a title
        return self.finder.rx_after.match(text[q.close : q.close + 80].translate(SPACES)) is not None

    @staticmethod
    def _title_like(words: list[str], text: str) -> bool:
        long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
        if not long_words or text[-1] in ".?!…" or any(w.strip(",;:") in RUNNING_PRONOUNS for w in words):
            return False  # a title capitalises its pronouns: "Come on Senators, you can do it" is speech
        return sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.7

    # -- the component ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> list[dict]:
        text = doc_text(doc)
        paras = paragraphs(text)
        spans = find_quote_spans(text, frozenset(k for k, p in enumerate(paras) if is_furniture(doc, *p)))
        spaced = text.translate(SPACES) if any(q.run_on for q in spans) else text
        spans = [split_attribution(spaced, q, self.finder.rx_after) for q in spans]  # '"I rise today, Roe said. "I will'
        spans = [before_furniture(doc, text, q) for q in spans]  # a site's "Jo RoeProfile teaser MORE" inside a quote
        if not spans:  # a transcript's turns need no marks
            return self._public(turn_quotes(doc, text, paras, [], self.finder.person_labels, self.min_sentence_words))
        content = [(q.start, q.end) for q in spans]
        parsed = doc.has_annotation("DEP")  # one pass over the tokens; not per quote
        kept = [
            q
            for q in spans
            if not is_furniture(doc, q.open, q.end)
            and (self._is_quotation(doc, q, text[q.start : q.end], parsed) or announced(text, q) or self._said(text, q))
        ]
        self.finder.prepare(doc, text, content, parsed)
        kept_ids, dropped = {id(q) for q in kept}, {}  # the stretches too short to keep, per paragraph (in text order)
        for q in spans:
            if id(q) not in kept_ids:
                dropped.setdefault(q.para, []).append(q)
        results: list[dict] = []
        by_para: dict[int, list[dict]] = {}
        for k, q in enumerate(kept):
            ps, pe = paras[q.para]
            prev_in_para = by_para.get(q.para, [])
            prev_end = prev_in_para[-1]["close"] if prev_in_para else ps
            next_open = kept[k + 1].open if k + 1 < len(kept) and kept[k + 1].para == q.para else pe
            found = self.finder.attribute(doc, q, prev_end, next_open, ps, pe, paras)
            item = {
                "start": q.start,
                "end": q.end,
                "text": text[q.start : q.end],
                "speaker": None,
                "speaker_text": None,
                "cue": None,
                "how": None,
                "group": q.group,
                "open": q.open,
                "close": q.close,
                "para": q.para,
            }
            if found is not None:
                item.update(found)
                if found["speaker"] is None:
                    item["how"] = "unnamed"
            else:
                short = self._short_source(doc, q, dropped.get(q.para, ()), prev_in_para, paras)
                self._inherit(doc, item, q, prev_in_para + ([short] if short else []), by_para, text, paras)
            results.append(item)
            by_para.setdefault(q.para, []).append(item)
        sign_blocks(doc, text, paras, results, self.finder.person_labels, self.finder._from_tokens)
        framed_later(doc, text, results)
        self._share_groups(results)
        widen_speakers(doc, text, results, self.finder.person_labels)  # "his wife, Dr Ann Lee Roe" labelled "Roe"
        if said := turn_quotes(doc, text, paras, results, self.finder.person_labels, self.min_sentence_words):  # "JO ROE: ..."
            results = sorted(results + said, key=lambda r: r["start"])
        self.finder.release()
        return self._public(results)

    def _public(self, results: list[dict]) -> list[dict]:
        return [
            {k: v for k, v in r.items() if k not in ("open", "close", "para")}
            for r in results
            if r["speaker"] is not None or self._full_sentence(r["text"])
        ]

    def _full_sentence(self, text: str) -> bool:
        """A quotation kept without a speaker must at least be a whole sentence."""
        return text[0].isupper() and text[-1] in ".?!…" and len(text.split()) >= self.min_sentence_words

    def _short_source(self, doc, q, dropped, prev_in_para, paras) -> dict | None:
        """ "“Hooray!” Roe responded. “For 13 hours we asked him.”": a quoted stretch too short to keep (``dropped``:
        those of the quote's paragraph) that opens its sentence, after the last kept quote of the paragraph, gives
        the quote after it the speaker its own attribution names."""
        ps, pe = paras[q.para]
        after = prev_in_para[-1]["close"] if prev_in_para else ps
        short = [s for s in dropped if after <= s.open and s.close <= q.open]
        lead = self.finder.text[after : short[-1].open].rstrip() if short else ""
        if not short or lead[-1:] not in ("", ".", "?", "!", "”", '"') or is_furniture(doc, short[-1].open, short[-1].end):
            return None  # not the scare quote of 'X foresees the “transition” she promised, an aide added. “...”'
        found = self.finder.attribute(doc, short[-1], after, q.open, ps, pe, paras)
        if found is None or found["speaker"] is None or found.get("how") != "after":
            return None
        return {**found, "close": short[-1].close}

    def _inherit(self, doc, item, q, prev_in_para, by_para, text, paras) -> None:
        """A quote without its own cue continues the previous quotation's speaker (a quote paragraph
        continues the paragraph before it, past page furniture such as "CLICK HERE TO GET THE APP")."""
        source = prev_in_para[-1] if prev_in_para else None
        if source is not None and self._named_between(doc, text, source, q.open):
            return  # text that lost its paragraph breaks: another person named since that quote
        if source is None and q.para > 0:
            ps, pe = paras[q.para]
            alone = q.open == ps and not text[q.close : pe].strip(TAIL)
            j = q.para - 1
            while j > 0 and is_furniture(doc, *paras[j]):
                j -= 1
            previous = by_para.get(j)
            if alone and previous:
                source = previous[-1]
        if source is not None and source["speaker"] is not None:
            item.update(speaker=source["speaker"], speaker_text=source["speaker_text"], cue=source["cue"], how="continuation")

    def _named_between(self, doc, text: str, source: dict, end: int) -> bool:
        """Whether the last person who is a sentence subject after the source quote's sentence and before
        ``end`` is not its speaker (not "naming Babson to the list", "Roe says her son is scared. “...”")."""
        own = text[source["speaker"][0] : source["speaker"][1]] if source["speaker"] else ""
        framed = doc.char_span(source["close"] - 1, source["close"], alignment_mode="expand")
        after, m = (framed.sent.end_char if framed is not None else source["close"]), self.finder.mentions
        subjects = [(e.start_char, e.text) for e in m.persons if sentence_subject(e, self.finder.lemmas)]
        subjects += [(i, t.text) for i, t in m.unlabeled_tokens.items() if t.lower_ not in PRONOUNS]  # "Upchurch says"
        between = sorted(x for x in subjects if after <= x[0] < end)
        return bool(between) and between[-1][1] not in own

    @staticmethod
    def _share_groups(results: list[dict]) -> None:
        groups: dict[int, dict] = {}
        for r in results:
            if r["group"] is not None and r["speaker"] is not None and r["how"] != "continuation":
                groups.setdefault(r["group"], r)
        for r in results:
            src = groups.get(r["group"]) if r["group"] is not None else None
            if src is not None and r["speaker"] != src["speaker"]:
                r.update(speaker=src["speaker"], speaker_text=src["speaker_text"], cue=src["cue"], how="group")


class QuotesComponent:
    def __init__(self, nlp: Language, name: str, **cfg):
        self.name = name
        verbs = load_speech_verbs(resolve_data_path(cfg["speech_verbs_path"]))
        self.finder = QuoteFinder(verbs, cfg["speaker_labels"], cfg["person_labels"], cfg["min_words"], cfg["min_sentence_words"])

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_quotes = self.finder(doc)
        return doc


@Language.factory(
    "kg_quotes",
    default_config={
        "speaker_labels": DEFAULT_SPEAKER_LABELS,
        "person_labels": DEFAULT_PERSON_LABELS,
        "speech_verbs_path": "ontology/lexicon/speech_verbs.txt",
        "min_words": 3,
        "min_sentence_words": 6,
    },
)
def make_quotes(
    nlp: Language,
    name: str,
    speaker_labels: list[str],
    person_labels: list[str],
    speech_verbs_path: str,
    min_words: int,
    min_sentence_words: int,
) -> QuotesComponent:
    cfg = {"speaker_labels": speaker_labels, "person_labels": person_labels, "speech_verbs_path": speech_verbs_path}
    return QuotesComponent(nlp, name, **cfg, min_words=min_words, min_sentence_words=min_sentence_words)
