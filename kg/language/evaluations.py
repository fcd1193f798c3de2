"""Stances of ``kg_stances`` not carried by a verb of taking sides: evaluative words ("the unjust
law"), predicates ("X said the law is unconstitutional"), lawsuits ("X sued to block Y"), dissents
("Justice X dissented from Y", :mod:`kg.language.dissents`) and the named members of a group of
opponents or supporters ("opponents like X argue that Y ...", :mod:`kg.language.stancemembers`)."""

from __future__ import annotations

from ..language.cues import char_span, children, negated, resolve, sent_span, subject_of
from ..language.dissents import dissent_holder, dissent_of
from ..language.lawsuits import sued_laws, suing_party
from ..language.stanceframes import hypothetical
from ..language.stancemembers import listed_holders
from ..language.text import overlaps

HOLDERS = ("Person", "Official", "Agency", "Organization")  # a court rules; its rulings are not stances


class EvaluativeStances:
    """Mixin of :class:`kg.pipeline.stances.StanceFinder` (which provides ``_pair``, ``_pairs`` and its word lists)."""

    def _evaluations(self, doc, blocked) -> list[dict]:
        """Evaluative adjectives in the noun phrase of a law or ruling ("the city's reckless, badly
        drafted Harbor Ordinance"): the stance of the quoted speaker, or of the author outside quotes."""
        out = []
        quotes = (
            [(q["start"], q["end"], q.get("speaker")) for q in (doc._.kg_quotes or [])] if doc.has_extension("kg_quotes") else []
        )
        agents = {n: p for n, p in self.nouns.items() if n in self.agent_nouns}
        for ent in doc.ents:
            if ent.label_ not in ("Law", "CourtRuling") or overlaps(ent.start_char, ent.end_char, blocked):
                continue
            if ent.label_ == "CourtRuling" and (word := dissent_of(ent)) is not None:  # "X's dissent in Y"
                out += self._pair(dissent_holder(doc, word, self.nominals), ent, "opposes", word, "stance-dissent")
                continue
            for member, prop, noun in listed_holders(ent, agents, self.speech_verbs):  # "opponents like A say Y ..."
                out += self._pair(resolve(doc, member, self.nominals), ent, prop, noun, "stance-noun-members")
            i = ent.start - 1
            props = set()
            while i >= ent.sent.start and (
                doc[i].pos_ in ("ADJ", "ADV", "VERB", "CCONJ", "PUNCT") and doc[i].tag_ not in ("VBZ", "VBP", "VBD")
            ):
                lemma = doc[i].lower_
                if lemma in self.evaluative:
                    props.add(self.evaluative[lemma])
                i -= 1
            if len(props) != 1:
                out += self._predicated(doc, ent)
                continue
            where = next((q for q in quotes if q[0] <= ent.start_char < q[1]), None)
            holder = where[2] if where else None
            if where and holder is None:
                continue
            out.append(
                {
                    "subj": holder,
                    "holder": "speaker" if where else "author",
                    "prop": props.pop(),
                    "obj": char_span(ent),
                    "value": None,
                    "sent": sent_span(ent[0]),
                    "rule": "evaluative-adjective",
                }
            )
        return out

    def _predicated(self, doc, ent) -> list[dict]:
        """ "X said Y is unconstitutional", "X called Y unfair": an evaluation of a law or ruling
        reported as someone's words is that person's stance."""
        root = ent.root
        verb = root.head
        if root.dep_ == "nsubj" and verb.lemma_ == "be":
            adjs = children(verb, "acomp", "attr")  # "unconstitutional", "a disaster"
            speech = verb.head if verb.dep_ == "ccomp" else None
        elif root.dep_ in ("dobj", "nsubj") and verb.pos_ == "VERB":
            adjs = children(verb, "oprd", "acomp") + [c for c in root.children if c.dep_ == "amod" and c.i > root.i]
            speech = verb
        else:
            return []
        # "called Y a reckless bill", "a fake repeal": the evaluative adjective of a plain noun called it
        adjs += [m for a in adjs if a.pos_ == "NOUN" and a.lower_ not in self.evaluative for m in children(a, "amod")]
        props = {self.evaluative[a.lower_] for a in adjs if a.lower_ in self.evaluative}
        if (
            len(props) != 1
            or speech is None
            or negated(speech)
            or hypothetical(speech)
            or any(c.dep_ == "neg" for c in verb.children)
        ):
            return []
        if speech.lemma_ not in (self.calling_verbs if speech is verb else self.speech_verbs):
            return []  # "the court declared X unconstitutional" rules; "X called Y unfair" takes a side
        subject = subject_of(speech)
        return self._pairs(doc, subject, root, props.pop(), speech, "stance-predicate")

    def _suit(self, doc, verb) -> list[dict]:
        """ "The lawsuit challenges X": the one party the article last said sues opposes each law named
        (kg.language.lawsuits)."""
        holder = suing_party(doc, verb, self.suits, self.nominals, HOLDERS)
        laws = sued_laws(doc, verb) if holder is not None else []
        return [f for law in laws for f in self._pair(holder, law, "opposes", verb, "stance-lawsuit")]
