"""``kg_consequences``: a stance stated as what a law does.

"X said the ordinance makes communities less safe" (X opposes it), "'It keeps us safe,' the mayor
said" (the mayor supports it), "Y's position that such policies endanger the public" (Y opposes
them). A speaker who says a law harms people or keeps them safe takes a side on it. The clause's subject must be
the law: its name, "the law"/"this measure", "such policies", "laws designed to <what this law
does>", or "it" inside a quotation, in an article that names one law only and at least twice, or when
the last law named before it (in its sentence or the two before) is this law and not as what a bill
undoes ("a bill to repeal the Act. 'It would hurt ...'"); the holder is the quoted
speaker, else the subject of the speech verb or the owner of "position"/"view" above the clause.
Negated speech yields nothing; a negated effect reverses it ("does not make us safer").

The cue words are data (``relation_cues.json``, ``consequences``). Findings are appended to
``doc._.kg_stances`` with the rule ``stance-consequence``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..language.cues import DEFINITE, char_span, children, cues, ent_of, negated, quote_at, resolve, sent_span, subject_of
from ..language.describedbills import other_bill
from ..language.lawtopics import law_key as _key
from ..language.lawtopics import one_law_topic as _topic
from ..language.lawtopics import only_law as _only_law
from ..language.speakers import load_speech_verbs
from ..language.stanceframes import undoing_bill
from ..language.text import furniture_ranges, overlaps
from ..lexicon.resources import lexicon_path
from .stances import stance_words

HOLDERS = ("Person", "Official", "Agency", "Organization")
CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")


@Language.factory("kg_consequences", default_config={})
def make_consequences(nlp: Language, name: str) -> ConsequenceFinder:
    return ConsequenceFinder()


class ConsequenceFinder:
    def __init__(self) -> None:
        data = cues()
        c = data["consequences"]
        self.causing = set(c["causing_verbs"])
        self.good, self.bad = set(c["good_states"]), set(c["bad_states"])
        self.harming = set(c["harming_verbs"])
        self.flips, self.beliefs = set(c["flip_words"]), set(c["belief_nouns"])
        self.nominals = data["nominals"]
        self.law_nouns = {k for k, v in self.nominals.items() if isinstance(v, dict) and v.get("class") == "Law"}
        self.any_law = set(c["any_law_nouns"])
        self.prohibiting = set(data["verbs"]["regulates"])
        self.speech = set(load_speech_verbs(lexicon_path("speech_verbs.txt")).values())
        self.evaluative = stance_words()[2]
        self.reversing = set(data["reversing_words"]["words"])
        self.bill_nouns = set(data["stance_frames"]["bill_nouns"])
        self.vague = False

    def __call__(self, doc: Doc) -> Doc:
        law = _only_law(doc)
        # an article about a bill undoing its law or about another, unnamed bill: "it", "the bill" may be either
        self.vague = undoing_bill(doc, self.law_nouns, self.reversing) or other_bill(doc, self.bill_nouns)
        found = []
        if law is not None:
            blocked = furniture_ranges(doc)
            for tok in doc:
                if tok.pos_ not in ("VERB", "AUX") or overlaps(tok.idx, tok.idx + 1, blocked):
                    continue
                sign, strict = self._effect(tok), False
                if not sign:
                    sign, strict = self._evaluation(tok), True
                subj = children(tok, "nsubj")  # its own subject: "it was to undermine me" says nothing of "it"
                if not subj and tok.dep_ == "conj" and tok.lemma_ == "be":
                    subj = children(tok.head, "nsubj")  # "it makes no sense and is unconstitutional"
                # "'This is an outrage,' she said": a bare pronoun called a disaster is the law only just after its name
                recent = strict and any(a.pos_ == "NOUN" and a.lower_ in self.evaluative for a in children(tok, "attr"))
                if sign and subj and self._is_law(doc, subj[0], law, strict, recent):
                    holder = self._holder(doc, tok)
                    if holder:
                        found.append(
                            {
                                "subj": holder,
                                "prop": "supports" if sign > 0 else "opposes",
                                "obj": char_span(law),
                                "value": None,
                                "sent": sent_span(tok),
                                "rule": "stance-consequence",
                                "component": "consequences",
                            }
                        )
        doc._.kg_stances = (doc._.kg_stances or []) + found
        return doc

    def _effect(self, verb: Token) -> int:
        """+1 when the clause says its subject keeps people safe, -1 when it harms, 0 when neither."""
        lemma = verb.lemma_.lower()
        denied = negated(verb) and not _only_limits(verb)
        if lemma in self.harming:  # "it didn't hurt" praises nothing; "it just hurts" harms no one named
            objs = children(verb, "dobj")  # "it may hurt him": a harm to one person's prospects, no stance
            return 0 if denied or not objs or _one_person(objs[0]) else -1
        if lemma not in self.causing:
            return 0
        state = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in self.good | self.bad), None)
        if state is None:
            return 0
        sign = 1 if state.lower_ in self.good else -1
        if any(t.lower_ in self.flips for t in verb.doc[max(state.i - 2, verb.i + 1) : state.i]):
            sign = -sign  # "less safe", "not safer"
        return -sign if denied else sign

    def _evaluation(self, verb: Token) -> int:
        """ "the law is unconstitutional", "this law is a disaster": an evaluative adjective or noun
        (stance.tsv) said of the subject; a negated one says nothing ("it is not unconstitutional" is no praise)."""
        if verb.lemma_ != "be" or negated(verb) or verb.sent.text.rstrip().endswith("?"):
            return 0
        adjs = children(verb, "acomp") + [a for a in children(verb, "attr") if a.pos_ == "NOUN"]
        if any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for t in (verb, *adjs) for c in t.children):
            return 0  # "it is outrageous that ...", "is it absurd to think ...": "it" stands for the clause
        props = {self.evaluative[a.lower_] for a in adjs if a.lower_ in self.evaluative}
        return 0 if len(props) != 1 else (1 if props.pop() == "supports" else -1)

    def _is_law(self, doc: Doc, subj: Token | None, law, strict: bool = False, recent: bool = False) -> bool:
        """Whether the subject stands for ``law``; ``strict``: only by its name, "it" in a quotation or
        a word of its name ("the act"), not "such policies" (an evaluation can be of any policy);
        ``recent``: "it" or "this" only when the law was just named."""
        if subj is None:
            return False
        ent = ent_of(subj)
        if ent is not None:
            return ent.label_ == "Law" and _key(ent.text) == _key(law.text)
        if subj.lower_ in ("it", "this"):
            q = quote_at(doc, subj.idx)
            prior = [
                t
                for t in subj.sent
                if t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and quote_at(doc, t.idx) is q
            ]  # a subject before "it" in its quotation
            if self.vague or (prior and not self._is_law(doc, prior[-1], law, strict)):
                return False  # "This 'gag rule' is ..., but it undermines ...": "it" is the rule
            if q is None or self._undone_before(doc, subj):
                return False  # "called for repealing X ... 'It would make us safer'": "it" may be the repeal
            return (_topic(doc) and not recent) or self._just_named(doc, subj, law)
        noun = subj.lemma_.lower()
        if noun not in self.law_nouns or _banned(doc, subj, self.prohibiting) or (self.vague and noun in self.bill_nouns):
            return False
        pointed = any(c.dep_ == "det" and c.lower_ == "this" for c in subj.children) and quote_at(doc, subj.idx) is not None
        if pointed and noun in self.any_law and (_topic(doc) or self._just_named(doc, subj, law)):
            return True  # "'This law is a disaster,' X said" of the article's one law, or of the law just named
        if (strict or noun not in self.any_law) and noun not in law.text.lower():
            return False  # "this interim rule" is not the Immigration and Nationality Act
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) or c.lower_ == "such" for c in subj.children):
            return True
        described = [c for c in subj.children if c.dep_ in ("acl", "relcl")]
        return bool(described) and self._fits(doc, described[0], law)

    def _just_named(self, doc: Doc, pronoun: Token, law) -> bool:
        """ "it" in a quotation is the law, in an article naming other laws too, when the last law named
        before it, in its sentence or the two before, is this law (by name, or as "the law")."""
        first = pronoun.sent.start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        for tok in reversed(doc[first : pronoun.i]):
            ent = ent_of(tok)
            if ent is not None and ent.label_ == "Law":  # "a bill to repeal the Act. 'It would hurt ...'": the bill
                return _key(ent.text) == _key(law.text) and not self._undone(ent)
            if (
                ent is None
                and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in self.law_nouns
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
            ):
                return tok.lemma_.lower() in self.any_law or tok.lemma_.lower() in law.text.lower()
        return False

    def _undone_before(self, doc: Doc, pronoun: Token) -> bool:
        """Whether its sentence or the two before speak of undoing a law before ``pronoun`` ("called for
        repealing the Second Amendment ... 'It would make us safer'"): "it" may then be the undoing."""
        first = pronoun.sent.start
        for _ in range(2):
            first = doc[first - 1].sent.start if first > 0 else first
        return any(t.lower_ in self.reversing or t.lemma_.lower() in self.reversing for t in doc[first : pronoun.i])

    def _undone(self, ent) -> bool:
        """Whether the law is named as what something undoes ("the bill to repeal the Act", "its repeal")."""
        return any(a.lower_ in self.reversing or a.lemma_.lower() in self.reversing for a in list(ent.root.ancestors)[:3])

    def _fits(self, doc: Doc, description: Token, law) -> bool:
        """ "laws designed to ban local police from working with ICE": the description shares three
        content words with the sentences that name the article's law."""
        words = {t.lemma_.lower() for t in description.subtree if t.pos_ in CONTENT and not t.is_stop}
        words -= self.law_nouns | {"design", "intend", "aim", "mean"}
        named = {
            t.lemma_.lower()
            for e in doc.ents
            if e.label_ == "Law" and _key(e.text) == _key(law.text)
            for t in e.sent
            if t.pos_ in CONTENT and not t.is_stop and not (e.start <= t.i < e.end)
        }
        return len(words & named) >= 3

    def _holder(self, doc: Doc, verb: Token) -> list[int] | None:
        q = quote_at(doc, verb.idx)
        if q is not None:
            return q.get("speaker")
        v = verb
        while v.dep_ in ("ccomp", "acl", "advcl", "xcomp", "conj", "relcl") and v.head is not v:
            v = v.head
            if negated(v):
                return None
            if v.pos_ == "VERB" and v.lemma_.lower() in self.speech:
                return self._entity(doc, subject_of(v))
            if v.pos_ == "NOUN" and v.lemma_.lower() in self.beliefs:  # "their position that ..."
                owner = children(v, "poss")
                found = self._entity(doc, owner[0]) if owner else None
                return found or (self._entity(doc, subject_of(v.head)) if v.head is not v else None)
        return None

    def _entity(self, doc: Doc, tok: Token | None) -> list[int] | None:
        ent = resolve(doc, tok, self.nominals)
        return char_span(ent) if ent is not None and ent.label_ in HOLDERS else None


def _one_person(tok: Token) -> bool:
    """ "him", "me", "Senator X": one person harmed, not a public."""
    return tok.lower_ in ("him", "her", "me") or tok.ent_type_ in ("Person", "Official")


def _only_limits(verb: Token) -> bool:
    """ "doesn't just endanger X" grants the effect and adds to it: not a negation."""
    return any(c.dep_ == "advmod" and c.lower_ in ("just", "only", "merely", "simply") for c in verb.children)


def _banned(doc: Doc, noun: Token, prohibiting: set[str]) -> bool:
    """ "SB 4 bans sanctuary policies ... such policies endanger us": the noun names what the law
    bans, not the law."""
    return any(
        t.lemma_ == noun.lemma_ and t.dep_ == "dobj" and t.head.lemma_.lower() in prohibiting for t in doc if t.i != noun.i
    )
