"""``kg_stances``: explicit supports / opposes, only when the text states them.

"X supports Y", "X praised Y", "X slammed Y", "X, a critic of Y", "X's opposition to Y". "X does not
support Y" yields nothing. Findings go to ``doc._.kg_stances`` in the form of ``doc._.kg_relations``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..language.cues import char_span, children, cues, listed_after, negated, resolve, sent_span, subject_of
from ..language.describedbills import other_bill
from ..language.evaluations import HOLDERS, EvaluativeStances
from ..language.lawsuits import is_suit_subject
from ..language.ownedbodies import owned_body
from ..language.speakers import load_speech_verbs
from ..language.stanceacts import act_holder
from ..language.stanceantecedents import listed_laws
from ..language.stanceasides import aside
from ..language.stanceclaims import claimed_by_other, introduced_law, other_reference, parenthesized
from ..language.stanceframes import compared, judge_ruling, members, refusal, undoing_bill, unstated
from ..language.stanceframes import with_conjuncts as _with_conjuncts
from ..language.stanceholders import coordinated_first, possessive_holder, shared_object, siding, verb_holder
from ..language.stancelimits import conceded, refused, topical, withheld
from ..language.stancemarks import law_written_before, name_fragment, named_law, owned_law, ownership_marks, unnamed_new_bill
from ..language.stancepartners import partners
from ..language.stancephrasal import noun_stance, phrasal_stance, phrasal_table
from ..language.stancepredicates import (
    PredicateStances,
    law_antecedent,
    obligation,
    passive_undoing,
    predicate,
    refused_duty,
    undone,
)
from ..language.stancereceipts import received
from ..language.stancevotes import planned_vote, vote_answer
from ..language.stancewords import stance_notes, stance_words
from ..language.text import furniture_ranges, is_be, overlaps
from ..lexicon.resources import lexicon_path

TARGETS = ("Law", "CourtRuling", "Agency")
LAWS = TARGETS[:2]  # a stance on one act or topic of a body ("criticized X for ...") is none on the body

if not Doc.has_extension("kg_stances"):
    Doc.set_extension("kg_stances", default=None)


@Language.factory("kg_stances", default_config={})
def make_stances(nlp: Language, name: str) -> StanceFinder:
    return StanceFinder()


class StanceFinder(EvaluativeStances, PredicateStances):
    def __init__(self) -> None:
        self.verbs, self.nouns, self.evaluative = stance_words()
        self.nominals = cues()["nominals"]
        self.calling_verbs = set(cues()["calling_verbs"])
        self.speech_verbs = set(load_speech_verbs(lexicon_path("speech_verbs.txt")).values())
        self.suits = cues()["lawsuits"]
        self.reversing = set(cues()["reversing_words"]["words"])
        self.laws_only, self.bills_only, self.agent_nouns = stance_notes()  # "save the law", "wrote the bill", "critic"
        self.capacity_nouns = set(cues()["capacity_nouns"])
        self.law_nouns = {k for k, v in self.nominals.items() if isinstance(v, dict) and v.get("class") == "Law"}
        self.undoing = False  # whether the article being read speaks of a bill undoing a law
        self.bill_nouns = set(cues()["stance_frames"]["bill_nouns"])
        self.phrasal = phrasal_table(self.verbs)  # "vote for": a verb and its particles, longest first
        self.first_words = set(self.phrasal)

    def __call__(self, doc: Doc) -> Doc:
        self.undoing = undoing_bill(doc, self.law_nouns, self.reversing) or other_bill(doc, self.bill_nouns)
        out = []
        blocked = furniture_ranges(doc)
        for sent in doc.sents:
            if overlaps(sent.start_char, sent.end_char, blocked):
                continue
            for tok in sent:
                lemma = tok.lemma_.lower()
                if (pred := predicate(tok)) is not None:  # "X is opposed to Y", "X voted in favor of Y"
                    out += self._predicate(doc, *pred)
                elif (passive := passive_undoing(tok)) is not None:  # "X said Y should be repealed"
                    out += self._predicate(doc, *passive, rule="stance-passive")
                elif tok.pos_ == "VERB" and (ought := obligation(tok, self.verbs.get(lemma))) is not None:
                    out += self._obliged(doc, tok, *ought)  # "X said Congress should repeal Y"
                elif (planned := planned_vote(tok)) is not None:  # "X's plan to vote on a repeal of Y"
                    out += self._pairs(doc, *planned, "opposes", tok, "stance-planned-vote", LAWS)
                elif refused_duty(tok):  # "X will not implement Y", "X refused to enforce Y"
                    out += self._verb(doc, tok, "opposes")
                elif (
                    tok.pos_ == "VERB"
                    and lemma in self.suits["verbs"]
                    and not negated(tok)
                    and is_suit_subject(tok, self.suits["nouns"])
                ):
                    out += self._suit(doc, tok)
                elif tok.pos_ == "VERB" and lemma in self.first_words and not (unstated(tok) or refused(tok) or aside(tok)):
                    prop, particle = phrasal_stance(self.phrasal, tok, lemma)
                    if negated(tok):  # "X said she will not support Y": a refusal; "does not support": nothing
                        prop = "opposes" if prop == "supports" and refusal(tok) else None
                    if prop is not None and not self._either(tok, prop):
                        out += self._verb(doc, tok, prop, particle)
                elif tok.pos_ == "NOUN" and (noun := noun_stance(tok, self.nouns)) is not None:
                    out += self._noun(doc, tok, *noun)  # "X's opposition to Y", "X's vote for Y"
                elif lemma in ownership_marks():  # "X's signature law"
                    out += self._pair(*owned_law(doc, tok, self.nominals), "supports", tok, "stance-signature")
                elif (vote := vote_answer(tok)) is not None:
                    out += self._predicate(doc, *vote, rule="stance-vote")
        out += self._evaluations(doc, blocked)
        doc._.kg_stances = out
        return doc

    def _either(self, verb, prop: str) -> bool:
        """ "has until Friday to sign or veto the bill": verbs of both stances joined, no stance taken."""
        return any(self.verbs.get(c.lemma_.lower(), prop) != prop for c in verb.conjuncts)

    def _pair(self, holder, target, prop, tok, rule, classes=TARGETS):
        if holder is None or target is None or holder == target:
            return []
        if holder.label_ not in HOLDERS or target.label_ not in classes or parenthesized(holder) or name_fragment(target):
            return []  # "SPOKANE, Wash. (AP) — ...": a dateline's agency holds no stance; nor is "Equality Act" of "the Women's Equality Act" its law
        return [
            {
                "subj": char_span(holder),
                "prop": prop,
                "obj": char_span(target),
                "value": None,
                "sent": sent_span(tok),
                "rule": rule,
            }
        ]

    def _pairs(self, doc, holder_tok, target_tok, prop, tok, rule, classes=TARGETS):
        """Every holder of a coordinated subject ("X and Y both criticized ...") with every target of
        a coordinated object ("... opposes A, B and C")."""
        targets = [
            x for t in _with_conjuncts(target_tok) for x in listed_laws(t) or [named_law(t) or self._common_target(doc, t)]
        ]
        if targets[0] is not None:
            targets += [e for e in listed_after(doc, targets[0]) if e not in targets]
        out = []  # "candidates including A and B"; "A and congressional Republicans" parsed as A modifying the group
        for h in members(holder_tok) or [*_with_conjuncts(holder_tok), *coordinated_first(holder_tok)]:
            holder = possessive_holder(doc, h) or resolve(doc, h, self.nominals) or owned_body(doc, h)  # "his group"
            for t in targets:
                out += self._pair(holder, t, prop, tok, rule, classes)
        return out

    def _common_target(self, doc, tok):
        """The law a target that is not named right after ("the House bill, known as Y": Y, whoever's
        name qualifies the noun) means, unless it cannot be the one the article names."""
        law = None if self._vague_law(tok) else resolve(doc, tok, self.nominals) or law_antecedent(tok)
        return None if other_reference(doc, tok, law) else law

    def _vague_law(self, tok) -> bool:
        """ "threatened to veto the bills": a plural reference is never the one law the article names;
        nor is "the bill" ("the law" still is) in an article about a bill repealing it ("the repeal measure")."""
        spec = self.nominals.get(tok.lemma_.lower()) if tok is not None else None
        if not isinstance(spec, dict) or spec.get("class") != "Law" or tok.ent_type_:
            return False
        bill = tok.lemma_.lower() in self.bill_nouns and not any(c.lower_ in self.reversing for c in tok.children)
        return tok.tag_ == "NNS" or (self.undoing and bill) or introduced_law(tok.doc, tok, self.law_nouns)

    def _verb(self, doc, verb, prop, particle=None):
        """``particle``: the last word of a phrasal stance verb ("for" of "vote for"); its object,
        or for an adverb particle ("push back") the verb's object, is the target."""
        if (verb.dep_ == "acl" and verb.head.lemma_.lower() in self.capacity_nouns) or conceded(verb):
            return []  # "the power to end DACA": a capacity; "signed Y as part of a budget deal": a concession
        if particle is None and (found := self._passive(doc, verb, prop, LAWS, TARGETS)) is not None:
            return found  # "Y was signed into law by X", "Y, sponsored by X": X's stance
        subject = verb_holder(verb)
        holder = possessive_holder(doc, subject) or resolve(doc, subject, self.nominals)
        if judge_ruling(doc, verb, subject) or (holder is not None and judge_ruling(doc, verb, holder.root)):
            return []  # "Judge X blocked the rule", "he would have upheld the law": a ruling, not a side taken
        if subject is not None and subject.dep_ == "compound":
            return []  # "the GOP efforts to repeal Y": a group named too loosely to hold the stance
        if verb.lemma_.lower() in self.bills_only and holder is not None and holder.label_ not in ("Person", "Official"):
            return []  # "Congress wrote the law": a body that writes a law enacts it, it takes no side
        if claimed_by_other(doc, verb, subject, holder, self.nominals, self.speech_verbs):
            return []  # "Trump warned that Clinton wants to abolish Y": his claim, not her stated stance
        objs = (
            children(particle, "pobj") or children(particle, "pcomp")
            if particle is not None and particle.dep_ == "prep"
            else children(verb, "dobj")
        )
        if particle is None and objs:
            sides = siding(doc, verb, objs[0], holder, prop, self.nominals, self.law_nouns | self.bill_nouns)
            if sides is not None:
                return sides
        if not objs and particle is None:
            objs = shared_object(verb)  # "we will repeal and replace X"
        bills = verb.lemma_.lower() in self.bills_only  # "wrote the bill"; not "wrote about Y", "wrote in Y that"
        if not objs and (particle is None or particle.dep_ != "prep") and not bills:  # "pushed back against X"
            for prep in children(verb, "prep"):
                objs = children(prep, "pobj") or children(prep, "pcomp")  # "argued against rescinding X"
                if objs:
                    break
        target = None if not objs or unnamed_new_bill(verb, objs[0]) else objs[0]  # "introduced his own bill"
        undoing = [c for c in (target, *target.children) if c.lower_ in self.reversing] if target is not None else []
        if undoing:  # "signed the repeal measure", "backs a bill repealing HB2": against the law undone
            prop = "opposes" if prop == "supports" else "supports"
            target = next((o for c in undoing if (o := undone(c)) is not None), None) or target
        lemma = verb.lemma_.lower() if particle is None else f"{verb.lemma_.lower()} {particle.lower_}"  # "campaign for"
        classes = LAWS if lemma in self.laws_only or topical(verb, target, particle) else TARGETS
        kinds = ("Law",) if bills else classes  # the subject's stance, and its partners' ("joined with Y to challenge Z")
        return [f for h in (subject, *partners(verb)) for f in self._pairs(doc, h, target, prop, verb, "stance-verb", kinds)]

    def _noun(self, doc, noun, prop, laws_only=False):
        if noun.lemma_.lower() not in self.agent_nouns and (got := received(noun)) is not None:  # "Y won the support of X"
            return self._pairs(doc, got[1], got[0], prop, noun, "stance-received", LAWS)
        target = obj = None
        for prep in children(noun, "prep"):
            if prep.lower_ in ("of", "to", "for", "against", "on"):  # "a veto on Y"
                objs = [next((a for a in children(o, "appos") if a.ent_type_ in LAWS), o) for o in children(prep, "pobj")]
                obj = objs[0] if objs else obj  # "a veto on abortion bill HB 1": the bill's name
                undoing = objs and not objs[0].ent_type_ and any(c.lower_ in self.reversing for c in objs[0].children)
                target = None if not objs or undoing or self._vague_law(objs[0]) else resolve(doc, objs[0], self.nominals)
                target = None if objs and other_reference(doc, objs[0], target) else target
                if target is None and objs and (listed := listed_laws(objs[0])):  # "her support for policies like Y"
                    target, obj = listed[0], listed[0].root
        poss = children(noun, "poss")
        before = law_written_before(noun) if target is None and noun.lemma_.lower() in self.agent_nouns else None
        target = before or target  # "X, a longtime Harbor Act critic"
        if target is None and poss and noun.lemma_.lower() in self.agent_nouns:  # "the bill's author, X"
            poss_tok = obj = poss[0]
            target, poss = (None if self._vague_law(poss_tok) else resolve(doc, poss_tok, self.nominals)), []
            target = target if target is not None and target.label_ == "Law" else None  # "the Senate's advocate"
            target = None if other_reference(doc, poss_tok, target) else target  # a law named only later
        if target is None:
            return []
        holder = None
        named = [c for c in children(noun, "appos") if c.ent_type_]  # "the bill's author, Jane Roe"
        if not children(noun, "cc"):  # the same, parsed as a list without "and"
            named += [c for c in children(noun, "conj") if c.ent_type_ in ("Person", "Official")]
        if noun.dep_ == "appos":  # "with the Gazette, the author of Y, Jane Roe, ...": the name after it
            named += [c for c in children(noun.head, "appos") if c.i > noun.i and c.ent_type_]
        if poss:
            holder = (obj is not None and possessive_holder(doc, poss[0], obj)) or resolve(doc, poss[0], self.nominals)
        elif noun.lemma_.lower() not in self.agent_nouns and (act := act_holder(doc, noun, self.nominals, self.speech_verbs)):
            holder = act  # "a veto by X on Y", "X expressed support for Y"
        elif named and noun.lemma_.lower() in self.agent_nouns:
            holder = resolve(doc, named[0], self.nominals)
        elif noun.dep_ == "appos" or (noun.dep_ == "attr" and is_be(noun.head)):
            anchor = noun.head if noun.dep_ == "appos" else subject_of(noun.head)
            holder = resolve(doc, anchor, self.nominals)
        if withheld(noun) or compared(noun):
            return []
        rule = "stance-noun-before" if before else "stance-noun"
        return self._pair(holder, target, prop, noun, rule, LAWS if laws_only or topical(noun, obj) else TARGETS)
