"""Stances stated by a predicate rather than by a verb of taking sides (used by :mod:`kg.pipeline.stances`).

- a stance adjective of ``stance.tsv`` (its preposition is the word after it in the row's note) as the
  complement of a linking verb: "X is opposed to Y", "X remains critical of Y", "X has been supportive
  of Y"; not "critical to Y", a preposition the row does not give;
- "in favor of" on a verb: "X voted in favor of Y", "X spoke in favor of Y", "X is in favor of Y"; not on
  a verb of deciding a case ("the judge ruled in favor of Y": a decision), nor said of a judge;
- "against" as the complement of "be" or "come out": "X is against Y", "X came out against Y";
- a vote given as an answer: "X is a 'no' on Y", "X will vote no on Y" (:func:`~.stancevotes.vote_answer`);
- a duty toward a law refused (stance.tsv's "refusal only" rows): "X will not implement Y", "X is not going
  to implement Y", "X pledged not to enforce Y", "X refused to implement Y": opposes; done ("the state
  implemented Y") or merely not done ("X has not implemented Y") it takes no side (:func:`refused_duty`);
- "it" as a stance's object is the law or ruling named last before it in its sentence, when no other
  noun phrase but a person, a date or the subject of a verb "it" hangs on comes between ("though the court
  upheld the Harbor Act, she would not implement it"); with none before it, the one law the sentence
  before has as its main clause's subject or object (:func:`~.stanceantecedents.previous_law`); else nothing; so is a noun of a law's means ("block Obamacare funding") (:func:`law_antecedent`);
- a law undone in the passive in a clause completing the holder's verb of wanting ("X wants Y repealed",
  "X demanded that Y be repealed", "X will make sure Y is repealed") or of saying or believing with a
  modal of obligation ("X said Y should be repealed"): opposes (:func:`passive_undoing`);
- the noun of undoing a law as the object of a stance ("called for the repeal of Y", "backs full repeal of
  Y"): the law undone, the object of its "of" (:func:`undone`);
- a stance verb with a modal of obligation completing a verb of saying or believing: "X said Congress should
  repeal Y" (X opposes Y), "X said Congress should not repeal Y" (X supports Y) (:func:`obligation`).

Each is the holder's stance only as a verb's is: not negated ("is not opposed to Y"), not under a
condition or question, not a claim made by someone else about the holder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..lexicon.load import load_lexicon
from .cues import children, cues, ent_of, negated, resolve, subject_of
from .stanceantecedents import noun_law, previous_law
from .stanceclaims import claimed_by_other
from .stanceframes import denied, hypothetical, judge_ruling, unstated, wished
from .stancelimits import refused, topical
from .stancepassives import passive_agent

LAWS = ("Law", "CourtRuling")
LINKING = ("be", "remain", "seem", "appear", "become", "stay", "grow", "sound")


@lru_cache(maxsize=1)
def adjectives() -> dict[str, tuple[str, str]]:
    """stance.tsv's stance adjectives (not the evaluative ones) as word -> (property, preposition)."""
    out = {}
    for row in load_lexicon().stances:
        if row.pos == "ADJ" and not row.note.startswith("evaluative"):
            found = re.search(rf"\b{re.escape(row.lemma)} (\w+) Y", row.note)
            if found:
                out[row.lemma.lower()] = ("supports" if row.stance.startswith("support") else "opposes", found.group(1))
    return out


@lru_cache(maxsize=1)
def duties() -> frozenset[str]:
    """stance.tsv's verbs of a duty toward a law, a stance only when refused ("refusal only")."""
    return frozenset(r.lemma.lower() for r in load_lexicon().stances if r.pos == "VERB" and r.note.startswith("refusal only"))


def refused_duty(verb: Token) -> bool:
    """Whether ``verb`` (one of :func:`duties`) is refused, and not under a condition or question: negated
    with a modal of intent, under a pledging verb ("pledged not to"), completing a verb of refusing, or
    after a negated "going" ("is not going to")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in duties():
        return False
    frames, head = cues()["stance_frames"], verb.head
    if any(c.lower_ in frames["deferring_words"] for c in (*verb.children, *head.children)):
        return False  # "will not implement Y until 2020": put off, not refused
    if verb.dep_ == "xcomp" and head.lower_ == "going" and head.lemma_ == "go" and negated(verb):
        return not (hypothetical(head) or denied(head) or wished(head))  # "going" states it, "not" is on it
    if unstated(verb):
        return False
    if refused(verb):
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in frames["intent_modals"] for c in verb.children)
    pledged = verb.dep_ == "xcomp" and head.lemma_.lower() in frames["pledging_verbs"]
    return negated(verb) and (modal or pledged)


ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj")
PASSED_OVER = ("DATE", "TIME", "Person", "Official")  # "it" is never a person
PERSONAL = ("i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them")


def law_antecedent(it: Token | None):
    """The law or ruling "it" stands for: the last argument noun before it in its sentence, when that is
    a law's or ruling's name (a date, a person, a personal pronoun or a common noun whose phrase holds
    "it" passes over: "it" is none of them);
    or, for a noun of a law's means (``stance_frames.means_nouns``: "block Obamacare funding", "the
    implementation of Y"), the law or ruling it hangs on; None otherwise."""
    if it is not None and not it.ent_type_ and it.lemma_.lower() in cues()["stance_frames"]["means_nouns"]:
        pobjs = [o for p in children(it, "prep") if p.lower_ in ("of", "for") for o in children(p, "pobj")]
        ent = next((e for t in (*children(it, "compound"), *pobjs) if (e := ent_of(t)) is not None), None)
        return ent if ent is not None and ent.label_ in ("Law", "CourtRuling") else None
    if it is None or it.lower_ != "it":
        return None
    above = set(it.ancestors)
    for tok in reversed(it.doc[it.sent.start : it.i]):
        if tok.dep_ not in ARGUMENTS or tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.ent_type_ in PASSED_OVER:
            continue
        if tok in above and not tok.ent_type_:
            continue  # "attempts by X to repeal it": a phrase holding "it" is not what it means
        if (tok.pos_ == "PRON" and tok.lower_ in PERSONAL) or _holder(tok, above):
            continue
        ent = ent_of(tok) or noun_law(tok)
        return ent if ent is not None and ent.label_ in ("Law", "CourtRuling") else None
    return previous_law(it)  # "The Senate passed the Harbor Act. The governor said she would sign it."


def _holder(tok: Token, above: set) -> bool:
    """ "the governor would not implement it": the subject of a verb "it" hangs on, when no law (by
    name or by a law noun), is the one taking the side, not what "it" means."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head not in above:
        return False
    ent = ent_of(tok)
    spec = cues()["nominals"].get(tok.lemma_.lower())
    law_noun = isinstance(spec, dict) and spec.get("class") == "Law"
    return not law_noun and (ent is None or ent.label_ not in ("Law", "CourtRuling")) and tok.lower_ != "it"


def _object(word: Token, prep: str) -> Token | None:
    return next((o for p in children(word, "prep") if p.lower_ == prep for o in children(p, "pobj")), None)


def predicate(tok: Token) -> tuple[Token, str, Token, Token] | None:
    """(the verb whose subject holds the stance, the stance, the target token, the stance word) of a
    predicate stance that ``tok`` begins, or None."""
    head = tok.head
    adjective = adjectives().get(tok.lower_)
    if adjective is not None and tok.dep_ == "acomp" and head.lemma_.lower() in LINKING:
        target = _object(tok, adjective[1])
        return None if target is None or negated(tok) else (head, adjective[0], target, tok)
    if tok.lower_ == "favor" and tok.dep_ == "pobj" and head.lower_ == "in" and _taking_side(head.head):
        target = _object(tok, "of")
        return None if target is None else (head.head, "supports", target, tok)
    if tok.lower_ == "against" and tok.dep_ == "prep" and _copular(head):
        target = next(iter(children(tok, "pobj")), None)
        return None if target is None else (head, "opposes", target, tok)
    return None


def passive_undoing(verb: Token) -> tuple[Token, str, Token, None] | None:
    """(the verb whose subject holds the stance, "opposes", the law token, None) of a law undone in the
    passive under its holder's verb of wanting, or of saying with a modal of obligation; or None."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ccomp" or verb.lemma_.lower() not in cues()["reversing_words"]["words"]:
        return None
    if any(c.dep_ in ("neg", "dobj") for c in verb.children):
        return None  # "Y should not be repealed": no stance; "Y must have repealed the tax": Y acts
    frames = cues()["stance_frames"]["passive_undoing"]
    target = next(iter(children(verb, "nsubjpass") or children(verb, "nsubj")), None)
    head = verb.head.head if verb.head.lower_ == "sure" else verb.head  # "make sure Y is repealed"
    lemma = head.lemma_.lower()
    if lemma == "make" and verb.head.lower_ != "sure":
        return None  # "make" wants only with "sure"
    obliged = any(c.dep_ == "aux" and c.lower_ in frames["obligation_modals"] for c in verb.children)
    if target is None or not (lemma in frames["wanting_verbs"] or (obliged and lemma in frames["stating_verbs"])):
        return None
    return head, "opposes", target, None


def obligation(verb: Token, prop: str | None) -> tuple[Token, str] | None:
    """(the verb of saying or believing whose subject holds the stance, the stance) of a stance verb with a modal of
    obligation in the clause completing it: "X said Congress should repeal Y" (opposes), "X thinks the court must
    uphold Y" (supports); negated in its own clause ("X said Congress should not repeal Y") it is the other stance;
    None when the saying or believing is denied ("X did not say Z should repeal Y", "X did not think Z should
    rescind Y": kept as no stance, as tests/behaviour/test_behaviour_policy.py asks)."""
    frames = cues()["stance_frames"]["passive_undoing"]
    modal = any(c.dep_ == "aux" and c.lower_ in frames["obligation_modals"] for c in verb.children)
    head = verb.head
    if prop is None or verb.dep_ != "ccomp" or not modal or head.lemma_.lower() not in frames["stating_verbs"]:
        return None
    if any(c.dep_ == "neg" for c in head.children) or hypothetical(head):
        return None
    return head, ("supports" if prop == "opposes" else "opposes") if any(c.dep_ == "neg" for c in verb.children) else prop


def _taking_side(verb: Token) -> bool:
    """A verb "in favor of" states a side on: not a verb of deciding a case ("ruled in favor of Y")."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in cues()["stance_frames"]["deciding_verbs"]


def _copular(verb: Token) -> bool:
    """ "is against", "came out against" (not "ran against", "voted against": other frames)."""
    if verb.lemma_ == "be":
        return True
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def undone(word: Token) -> Token | None:
    """The law a word of undoing is on: the object of the verb ("repealing Y") or of the noun ("the repeal of Y")."""
    return next(iter(children(word, "dobj")), None) or (_object(word, "of") if word.pos_ == "NOUN" else None)


class PredicateStances:
    """Mixin of :class:`kg.pipeline.stances.StanceFinder` (which provides ``_pairs`` and its word lists)."""

    def _predicate(self, doc, verb, prop, target, word=None, rule="stance-copular"):
        """The stance of ``verb``'s subject on ``target``, unless stated under a condition, denied or
        claimed by another."""
        subject = subject_of(verb)
        if unstated(verb) or negated(verb) or judge_ruling(doc, verb, subject):
            return []  # "Judge X is against Y": a ruling, not a side
        if claimed_by_other(doc, verb, subject, resolve(doc, subject, self.nominals), self.nominals, self.speech_verbs):
            return []
        topic = word is not None and (
            topical(word, target) or topical(verb, target, word)
        )  # "critical of the FBI for failing to act"
        classes = ("Law", "CourtRuling") if topic else ("Law", "CourtRuling", "Agency")
        return self._pairs(doc, subject, target, prop, verb, rule, classes)

    def _obliged(self, doc, verb, said, prop):
        """The stance of the subject of ``said`` ("X said Congress should repeal Y") on the law ``verb`` has as its object."""
        subject = subject_of(said)
        holder = resolve(doc, subject, self.nominals)
        if claimed_by_other(doc, said, subject, holder, self.nominals, self.speech_verbs) or judge_ruling(doc, said, subject):
            return []
        return [f for o in children(verb, "dobj") for f in self._pairs(doc, subject, o, prop, verb, "stance-obligation", LAWS)]

    def _passive(self, doc, verb, prop, laws, targets):
        """The stance of the agent of a stance verb in the passive on its subject ("Y was signed into law
        by X", "Y, sponsored by X, ..."); None when the verb is no passive with an agent."""
        found = passive_agent(verb)
        if found is None:
            return None
        agent, lemma = resolve(doc, found[0], self.nominals), verb.lemma_.lower()
        if claimed_by_other(doc, verb, found[0], agent, self.nominals, self.speech_verbs):
            return []
        if lemma in self.bills_only and (agent is None or agent.label_ not in ("Person", "Official")):
            return []  # "the law, written by Congress": enacted; "the bill, written by X": its author's (below)
        classes = ("Law",) if lemma in self.bills_only else laws if lemma in self.laws_only else targets
        return self._pairs(doc, *found, prop, verb, "stance-agent", classes)
