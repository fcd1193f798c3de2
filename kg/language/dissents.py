"""A justice's dissent from a ruling is a stance against it (issue 15; read by
:mod:`kg.language.evaluations` for ``kg_stances``).

"Justice X dissented from Y", "X dissented in Y", "X's dissent in Y", "X wrote the dissent in Y",
"X, the author of a dissent in the 2008 Y case" and "X joined the dissent in Y": X opposes the ruling Y.
The ruling is named in the prepositional phrase of the dissent, directly or through a noun that names
it ("the court's 5-4 ruling in the Y case"). Not a stance: a negated dissent ("X did not dissent"), a
dissent whose writer the sentence does not name ("the dissent in Y argued"), or a target that is no
ruling. The words are ``stance_frames.dissents`` in relation_cues.json.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cues import children, cues, resolve, subject_of

HOPS = 6  # dependency arcs between the dissent and the ruling's name


@lru_cache(maxsize=1)
def _words() -> dict:
    return cues()["stance_frames"]["dissents"]


def dissent_of(ent: Span) -> Token | None:
    """The dissent word ("dissent", "dissented") whose prepositional phrase names the ruling ``ent``,
    climbing only through prepositions and nouns that name a ruling; None otherwise."""
    # the parser may hang a case name's parts apart ("Orrin" on "in", "v. Pell" on the verb): try each
    return next((w for t in ent if not ent.start <= t.head.i < ent.end and (w := _climb(t)) is not None), None)


def _climb(tok: Token) -> Token | None:
    w = _words()
    for _ in range(HOPS):
        head = tok.head
        if head is tok:
            return None
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in w["preps"]:
            above = head.head
            if above.lemma_.lower() in w["words"] and above.pos_ in ("NOUN", "VERB"):
                return above
            if above.lemma_.lower() in w["writing_verbs"]:  # "X wrote the dissent in Y", "in" hung on the verb
                return next((o for o in children(above, "dobj") if o.lemma_.lower() in w["words"]), None)
            tok = above if above.lemma_.lower() in w["ruling_nouns"] else None
        elif tok.dep_ in ("nmod", "compound", "poss", "appos") and head.lemma_.lower() in w["ruling_nouns"]:
            tok = head
        else:
            return None
        if tok is None:
            return None
    return None


def dissent_holder(doc: Doc, word: Token, nominals: dict) -> Span | None:
    """Who dissented: the subject of the verb; the owner of the noun, the subject of the verb of writing or
    joining it, or the person an "author of" it is said of."""
    if any(c.dep_ == "neg" for c in (*word.children, *word.head.children)):
        return None
    if word.pos_ == "VERB":
        return resolve(doc, subject_of(word), nominals)
    poss = children(word, "poss")
    if poss:
        return resolve(doc, poss[0], nominals)
    head = word.head
    w = _words()
    if word.dep_ == "dobj" and head.lemma_.lower() in w["writing_verbs"]:
        return resolve(doc, subject_of(head), nominals)
    if word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in w["author_nouns"]:
        author = head.head  # "X, the author of a dissent in Y"; "He was the author of a dissent in Y"
        if author.dep_ == "appos":
            return resolve(doc, author.head, nominals)
        if author.dep_ == "attr" and author.head.lemma_ == "be":
            return resolve(doc, subject_of(author.head), nominals)
    return None
