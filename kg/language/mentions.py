"""Name mentions for speakers: the entity a token belongs to, and what a pronoun refers to.

``Mentions(doc, ...)`` is built once per document. ``of(token)`` gives the ``(start, end)`` of the
name mention containing a subject token: an entity of ``doc.ents`` with a speaker label, a bare
surname already used in a person entity of the article ("Doe" after "Jane Doe"; one several persons
share is the one the nearest full mention before it names, or nobody), a named
apposition ("her interviewer, reporter Jane Doe"), the one person the article gives a title
("the governor said" after "Gov. Jane Doe"), the owner of a text ("Trump's order read"), or a
proper-noun compound the model did not label; a descriptor ("said the Utah Republican") is the one
person whose party, state and title fit it (:mod:`kg.language.descriptors`), or nobody.
``antecedent(pos)`` resolves he/she at ``pos`` to the nearest preceding person mention, preferring the
subjects of a sentence, in the pronoun's sentence (a subject only) and then in up to ``MAX_BACK_SENTENCES``
earlier ones; mentions inside quotes, in furniture, as possessors or
modifiers ("Trump's lawyer", "the Trump administration"), or one-word "persons" the article also
writes as a plural common noun ("Javelins" / "javelins") are not antecedents. The last subject
(not "Orrin" of "Roe said Orrin would sign it") decides: a person, a word of a person's name the
model left unlabeled ("Pelosi was incensed"), the same pronoun as subject of a speech verb (its own antecedent),
or a speaker the model did not label a person ("Cypheroftyr told me"), after whom the pronoun has none.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import partial

from spacy.tokens import Doc, Span, Token

from . import namesharing, textowners
from .attributions import asking_body, sentence_subject
from .bodyrefs import recent_body
from .cueframes import in_subject_phrase, object_rival, rival_between
from .descriptors import NOT_A_DESCRIPTOR, Descriptors, titled_persons
from .furniture_spans import is_furniture
from .honorifics import is_name_title, is_title, titled_holder
from .kinship import kin_nouns
from .pronouns import named_ents, possessive
from .sex import ArticleSex, fits_sexes, honorific_sex

PRONOUNS = {"he", "she"}
OWNERS = ("his", "her", "their")  # "his attorney said": the one attorney the article names
SUBJ = {"nsubj", "nsubjpass"}
INDEFINITE = ("a", "an", "another")
MAX_BACK_SENTENCES = 8
_BREAK = re.compile(r"\n\s*\n")  # a shared surname names a full mention of its paragraph or the one before


class Mentions:
    def __init__(
        self,
        doc: Doc,
        speaker_labels: set[str],
        person_labels: set[str],
        in_quote: Callable[[int], bool],
        speech_lemmas: frozenset[str] = frozenset(),
    ):
        try:
            self.sent_starts = [s.start_char for s in doc.sents]
        except ValueError:  # no sentence boundaries (a blank pipeline without a sentencizer)
            self.sent_starts = [0]
        ents = named_ents(doc, person_labels)
        self.person_labels = person_labels
        self.persons = [
            e
            for e in ents
            if e.label_ in person_labels
            and not possessive(e)
            and not in_quote(e.start_char)
            and not is_furniture(doc, e.start_char, e.end_char)
        ]
        self.person_starts = [e.start_char for e in self.persons]
        self.ents = [e for e in ents if e.label_ in speaker_labels]
        self.bodies = [e for e in self.ents if e.label_ not in person_labels and not in_quote(e.start_char)]
        self.in_quote = in_quote
        # the words of every person's name, also one named only as a possessor ("Mitch McConnell's plan")
        named_persons = [e for e in ents if e.label_ in person_labels and not in_quote(e.start_char)]
        self.person_words = {t.text for e in named_persons for t in e if t.is_alpha and len(t) > 1}
        self.named = [e for e in named_persons if not is_furniture(doc, e.start_char, e.end_char)]
        # subjects the model did not label persons: "Pelosi was incensed" (a word of a person's name: that
        # person) and "Cypheroftyr told me" (a speaker the pronoun after it cannot go past)
        self.unlabeled_tokens = {
            t.idx: t
            for t in doc
            if t.dep_ in SUBJ
            and not in_quote(t.idx)
            and (
                (t.pos_ == "PROPN" or t.text in self.person_words and t.is_title)  # "Hendricks said" tagged a noun
                and t.ent_type_ not in person_labels
                and t.tag_ != "NNPS"
                and (t.head.lemma_.lower() in speech_lemmas or t.text in self.person_words and t.head.dep_ == "ROOT")
                or t.lower_ in PRONOUNS  # "..., he added.": the speaker he stands for; "He praised ...": the
                and (t.head.lemma_.lower() in speech_lemmas or t.head.dep_ == "ROOT")  # one a sentence is about
            )
        }
        self.unlabeled = sorted(self.unlabeled_tokens)
        self.forms = {t.idx: t.lower_ for t in doc if t.lower_ in PRONOUNS}
        self.speech_lemmas = speech_lemmas
        self.bare_names: set[int] = set()
        self.referred: list[tuple[int, tuple[int, int]]] = []  # ("the governor" at pos, the person it named)
        self.titled = titled_persons(doc, self.persons)  # "the governor said": by the last word of the title
        self.descriptors = Descriptors(self.persons, self.titled)
        self.sex = ArticleSex(self.persons)  # "she" never goes to a man the article or his first name says is one
        self.rival = partial(rival_between, self.named, [e.start_char for e in self.named], sex=self.sex)
        self.text = doc.text  # once per document: spaCy joins every token on each read

    def first_of_pair(self, subject: Token) -> tuple[int, int] | None:
        """ "said X and Y" (a joint statement): the first person named in the subject phrase, whatever
        word the parser made its head."""
        doc = subject.doc
        lo, hi = subject.left_edge.idx, subject.right_edge.idx
        inside = [e for e in self.persons if lo <= e.start_char <= hi and in_subject_phrase(e.root, subject)]
        if len(inside) < 2 or not any(t.lower_ == "and" for t in doc[subject.left_edge.i : subject.right_edge.i]):
            return None
        return inside[0].start_char, inside[0].end_char

    def is_person(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_left(self.person_starts, span[0])
        return i < len(self.persons) and self.persons[i].start_char == span[0] or span[0] in self.bare_names

    def of(self, t: Token) -> tuple[int, int] | None:
        if t.lower_ in PRONOUNS:
            return self.antecedent(t.idx)
        if (text_owner := textowners.pronoun_owner(t, self)) is not None:
            return text_owner  # "a post by Roe. It read: ..."
        described = self.descriptors.of(t)  # "said the Utah Republican": the one person it fits, or nobody
        if described is not NOT_A_DESCRIPTOR:
            if described is not None:
                self.referred.append((t.idx, described))
            return described
        for e in self.ents:
            if e.start <= t.i < e.end:
                if len(e) == 1 and e.label_ in self.person_labels and self._shared(t.text):
                    return self._bare(t)  # "Hatch said" after "Nate Hatch" and "Don Hatch"
                return e.start_char, e.end_char
        if t.text in self.person_words and t.text[:1].isupper():
            return self._bare(t)
        for c in t.children:  # "her interviewer, reporter Jane Doe, said"
            if c.dep_ == "appos" and c.i > t.i:
                for e in self.ents:
                    if e.start <= c.i < e.end and e.label_ in self.person_labels:
                        return e.start_char, e.end_char
        common = t.pos_ == "NOUN" or t.text.islower()  # "the senator said": tagged PROPN at times
        if common and any(c.lower_ == "the" and c.dep_ == "det" or c.lower_ in OWNERS and c.dep_ == "poss" for c in t.children):
            holders = [(span, name) for span, word, name in self.titled if word == t.lower_ and span[1] <= t.idx]
            if holders and len({name for _, name in holders}) == 1:
                self.referred.append((t.idx, max(holders)[0]))  # a later "he" may mean this person
                return max(holders)[0]  # "the Texas governor explained": the one governor the article names
        if (text_owner := textowners.owner(t, self) or textowners.voiced_body(t, self.bodies)) is not None:
            return text_owner  # "Trump's order read", "the letter says", "a Juul spokesman said"
        if (body := textowners.described_body(t, self.bodies) or recent_body(t, self.bodies, self.in_quote)) is not None:
            return body  # "the committee said": the one committee the article names; "the group said": the last named
        indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children)  # "another House Democrat": nobody
        if t.pos_ == "PROPN" and not (common or indefinite or t.ent_type_) and t.tag_ != "NNPS":  # not "43 Democratic Senators"
            left = min([c.i for c in t.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [t.i])
            return t.doc[left].idx, t.idx + len(t)
        return None

    def _bare(self, t: Token) -> tuple[int, int] | None:
        """ "Jean said": a word of a person's name. With a first name of its own ("Bertrum Jean said", the
        model labelling no name) it is that name; a surname several persons of the article share is the
        one person named in full before it, or the one the nearest full mention before it names, in its
        paragraph or the one before, or nobody. A pope's or monarch's title ("the Pope") is the one person so named."""
        if is_name_title(t.text) and (titled := titled_holder(t.text, self.persons, t.idx)) is not None:
            return titled
        left = [
            c.i for c in t.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i < t.i and not is_title(c.text)
        ]
        if left:
            start = t.doc[min(left)].idx
            name = self.text[start : t.idx + len(t)]  # "Van de Water said" after "Paul Van de Water"
            longer = [e for e in self.persons if e.text.endswith(" " + name) and e.end_char <= t.idx]
            if longer and len({e.text for e in longer}) == 1:
                return longer[-1].start_char, longer[-1].end_char
            return start, t.idx + len(t)
        if self._shared(t.text):
            full = namesharing.seniors([e for e in namesharing.claiming(self.persons, t.text) if e.end_char <= t.idx])
            full = [e for e in full if fits_sexes({honorific_sex(self.text, t.idx)}, e.text)]  # "Mr. Biden": not Jill Biden
            if full and namesharing.persons([e.text for e in full]) == 1:  # others named later ("Paul" before "Paul Kirk")
                if not namesharing.junior(full):  # "Ryan said" after "Paul Ryan" and "Paul D. Ryan": him
                    return full[-1].start_char, full[-1].end_char
                self.bare_names.add(t.idx)  # "Trump said" after "Donald Trump Jr." and "Trump Jr.": as if one name
                return t.idx, t.idx + len(t)
            before = [e for e in full if len(_BREAK.findall(self.text, e.end_char, t.idx)) <= 1]
            return (before[-1].start_char, before[-1].end_char) if before else None  # farther back: nobody
        self.bare_names.add(t.idx)
        return t.idx, t.idx + len(t)

    def _shared(self, word: str) -> bool:
        """Whether several persons named in full share ``word`` ("Jean": Bertrum Jean and Botham Jean)."""
        return len({e.text for e in namesharing.claiming(self.persons, word)}) > 1

    def antecedent(self, pos: int) -> tuple[int, int] | None:
        """The person a pronoun at ``pos`` refers to: the nearest person mention before it (subjects of
        a sentence first), unless a titled reference ("the governor said") came after that mention."""
        named = self._named_antecedent(pos)
        form = self.forms.get(pos)
        later = [
            (at, span)
            for at, span in self.referred
            if at < pos and (named is None or at > named[0]) and not self.sex.disagrees(form, self.text[span[0] : span[1]])
        ]
        return max(later)[1] if later else named

    def _named_antecedent(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.person_starts, pos)
        candidates = self.persons[:i]  # none at times: an unlabeled speaker may still be the antecedent
        si = bisect.bisect_right(self.sent_starts, pos) - 1
        lowest, own, hi = max(si - MAX_BACK_SENTENCES, 0), si, pos
        while si >= lowest:
            lo = self.sent_starts[si] if si >= 0 else 0
            in_sent = [e for e in candidates if e.start_char >= lo]
            candidates = candidates[: len(candidates) - len(in_sent)]
            form = self.forms.get(pos)  # "she" goes past "..., he said to Hutchins." and past a man
            agreeing = [e for e in in_sent if not self.sex.disagrees(form, e)]
            subjects = [e for e in agreeing if sentence_subject(e, self.speech_lemmas)]
            a, b = bisect.bisect_left(self.unlabeled, lo), bisect.bisect_left(self.unlabeled, hi)
            found = [
                t
                for t in (self.unlabeled_tokens[i] for i in self.unlabeled[a:b])
                if (t.lower_ not in PRONOUNS or t.lower_ == form)
                and not (t.lower_ not in PRONOUNS and self.sex.disagrees(form, t.text))
                and (t.lower_ in PRONOUNS or sentence_subject(t.doc[t.i : t.i + 1], self.speech_lemmas))  # "what X might say"
                and not asking_body(t, self.person_labels, self.person_words)  # "after the Gazette asked if he"
            ]
            if si == own:  # "Iraqi has faced ..., he added": an unlabeled name is no subject of the pronoun's own sentence
                found = [t for t in found if t.lower_ in PRONOUNS or t.head.lemma_.lower() in self.speech_lemmas]
            events = [(e.start_char, e) for e in subjects] + [(t.idx, t) for t in found]
            if events:  # the last subject before the pronoun
                last = max(events, key=lambda ev: ev[0])[1]
                if isinstance(last, Span):  # "Roe introduces Doe. She begins ...": either of them
                    rival = si != own and (object_rival(last, agreeing) or self.rival(last, pos, form))
                    return None if rival else (last.start_char, last.end_char)
                if last.lower_ in PRONOUNS:
                    return self._named_antecedent(last.idx)
                if last.text in self.person_words:
                    return self._bare(last)
                described = self.descriptors.of(last)  # "The California Democrat said ...": the one person it fits
                return None if described is NOT_A_DESCRIPTOR else described  # else an unlabeled speaker: unknown
            # in the pronoun's own sentence only a subject ("asked about Novak, he said": not Novak)
            if agreeing and si != own:
                near = agreeing[-1]  # another person named after it, of the pronoun's sex: either may be meant
                if near.root.dep_ == "pobj" and near.root.head.head.lemma_.lower() in kin_nouns():
                    return None  # "The party leader and son of X also blamed ...": X only says whose son
                return None if self.rival(near, pos, form) else (near.start_char, near.end_char)
            hi = lo
            si -= 1
        return None
