"""Titles a copula gives the name it follows, for ``kg_titles``: "X is a senior fellow at Y", "X is
director of Y", "X is Western region director for Y" (a bio line or a sentence of the story).

Only a present copula right after the name (or after an apposition of the name set off by commas: "X, the
senator's father, is a former mayor of Y"), the name its subject and the title the head of what it
says X is, in a clause the writer states: not "if X is president" (a condition), a quoted claim ("Without
suppression, X is the governor"), "X was mayor" (a past office), "X is not the director", "X is a
candidate for governor" (an office sought), "X is the son of the senator" (another's office), "X is
expected to be named director" (not yet held) nor "I don't believe X is a strategist" (a doubted clause). A
past office written so ("X is the former CEO of Y") keeps its title, as every title rule does ("former Rep. X")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .cues import cues
from .pastholders import one_of_several
from .relativeclauses import head_noun
from .text import in_quoted_text
from .titleclauses import _titles_another

# words that may stand between the copula and the title: "a", "the", "also", "now", "Y's"
_BETWEEN_POS = ("DET", "ADJ", "ADV", "NOUN", "PROPN", "PART", "NUM")
_NEGATIONS = ("not", "n't", "never", "no", "longer")
_STOPS = (",", ".", ";", "—", "–", ":", "(", "“", '"', "?", "!")


class CopulaTitles:
    """The copula rule of :class:`kg.pipeline.titles.TitleFinder` (which provides ``_title_in``,
    ``_record`` and ``_with_body``)."""

    def _copula(self, doc: Doc, person: Span) -> list[dict]:
        return self._copula_is(doc, person) or self._taken_as(doc, person)

    def _taken_as(self, doc: Doc, person: Span) -> list[dict]:
        """ "X was sworn in as mayor", "X was confirmed as head of the agency": a passive of a verb of taking office
        (``taking_office_verbs`` of relation_cues.json) with "as" and a title whose head is what "as" governs;
        not under a modal ("could be named as"), a negation, a condition ("if X is confirmed as") or in a quote."""
        verb = person.root.head
        if person.root.dep_ != "nsubjpass" or verb.lemma_.lower() not in cues()["taking_office_verbs"]:
            return []
        if verb.dep_ in ("advcl", "xcomp", "relcl") or any(c.dep_ in ("neg", "mark") or c.tag_ == "MD" for c in verb.children):
            return []
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > person.end), None)
        if as_ is None or _doubted(verb) or in_quoted_text(doc, person.start_char):
            return []
        start, stop = as_.i + 1, min(as_.right_edge.i + 1, as_.sent.end)
        hit = self._title_in(doc, start, min(stop, start + 8))
        if hit is None or head_noun(doc, hit[0], hit[1]).head != as_ or _titles_another(doc, hit[1]):
            return []  # "named as a candidate for attorney general": the office sought, not taken
        end = hit[1]  # the body is in the title's phrase or after "of", "for", "at": not "in a 92-5 Senate vote"
        if end < stop and doc[end].lower_ in ("of", "for", "at") and doc[end].head.i == end - 1:
            end = doc[end].right_edge.i + 1
        rec = self._record(doc, person, hit[0], hit[1], hit[2], None, "title-taken-as")
        return [self._with_body(doc, rec, start, hit[0], hit[1], min(end, stop), hit[2])]

    def _copula_is(self, doc: Doc, person: Span) -> list[dict]:
        k = _past_apposition(doc, person)
        if k >= len(doc) or doc[k].lower_ not in ("is", "'s", "’s") or doc[k].lemma_ != "be":
            return []
        if person.root.head != doc[k] or person.root.dep_ != "nsubj":
            return []  # "the office X is in": X is not what the copula speaks of
        if doc[k].dep_ == "advcl" or any(c.dep_ == "mark" for c in doc[k].children):
            return []  # "if X is president", "as long as X is mayor": a condition, not a statement
        i = k + 1
        stop = i
        while stop < len(doc) and doc[stop].text not in _STOPS and not doc[stop].is_space and doc[stop].sent == person.sent:
            if doc[stop].lower_ in ("and", "but", "or") and stop > i and doc[stop - 1].ent_iob_ != "B":
                break  # "X is a columnist and a senior fellow": the first title only
            stop += 1
        hit = self._title_in(doc, i, min(stop, i + 7))
        if hit is None:
            return []
        t_start, t_end, entry = hit
        between = doc[i:t_start]
        if any(t.pos_ not in _BETWEEN_POS or t.lower_ in _NEGATIONS for t in between):
            return []  # "X is running for mayor", "X is a candidate for governor", "X is no longer the chief"
        if any(t.tag_ == "POS" for t in between) or _titles_another(doc, t_end):
            return []  # "X is the mayor's spokesperson" reads as the spokesperson's body, not X's
        if _doubted(doc[k]):
            return []  # "I don't believe X is a master strategist": the writer denies what the clause says
        head = doc[t_end - 1]
        if head.dep_ != "attr" or head.head != doc[k]:
            return []  # "X is expected to be named director": the title is not what X is
        if in_quoted_text(doc, person.start_char):
            return []  # a speaker's claim ("Without suppression, X is the governor"), not the writer's
        rec = self._record(doc, person, t_start, t_end, entry, None, "title-copula")
        if t_start > i and one_of_several(doc, t_start, t_end, entry):
            rec["role"] = "member"  # "X is a director of Y": one of several; not "X is a former mayor of Y"
        return [self._with_body(doc, rec, i, t_start, t_end, stop, entry)]


def _doubted(copula) -> bool:
    """A copula clause under a negated verb or a verb of contending ("claims that X is the director")."""
    above = copula.head
    return copula.dep_ == "ccomp" and (
        any(c.dep_ == "neg" for c in above.children) or above.lemma_.lower() in cues()["stance_frames"]["contending_verbs"]
    )


def _past_apposition(doc: Doc, person: Span) -> int:
    """The index right after the name, or after the apposition or relative clause of the name set off by
    commas that follows it ("X, the senator's father, is", "X, who served two terms, is"): every word of it
    belongs to the name's subtree, and it ends in a comma."""
    k = person.end
    if k >= len(doc) or doc[k].text != ",":
        return k
    subtree = {t.i for t in person.root.subtree}
    for j in range(k + 1, min(k + 16, person.sent.end)):
        if doc[j].text == ",":
            return j + 1 if j > k + 1 else k
        if j not in subtree:
            return k
    return k
