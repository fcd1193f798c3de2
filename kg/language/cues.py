"""Shared helpers of the relation and stance components: mapping parse tokens to entities."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..lexicon.resources import load_json
from .pronouns import joined_to_another, main_subject
from .provisions import provision
from .sex import agreeing

DEFINITE, PEOPLE = ("the", "this", "that", "these", "those"), ("Person", "Official")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def cues() -> dict:
    return load_json("relation_cues.json")


def ent_of(tok: Token) -> Span | None:
    """The entity a token is part of."""
    if tok.ent_iob_ == "O" or not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def nominal_target(doc: Doc, tok: Token, nominals: dict) -> Span | None:
    """A common-noun reference ("the council", "councilors", "the law") resolved to the one entity
    of the article it can mean, or None when there is none or several."""
    spec = nominals.get(tok.lemma_.lower())
    if not isinstance(spec, dict) or tok.ent_type_:
        return None
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children) and not (
        spec.get("suffix") and tok.tag_ in ("NNS", "NNPS")
    ):
        return None  # "a bill" is not the law of the article; "the bill", "its ordinance", "councilors" are
    if "suffix" in spec:
        cands = {e.text: e for e in doc.ents if e.label_ in ("Agency", "Court") and e.text.endswith(spec["suffix"])}
    else:
        cands = {
            e.text: e
            for e in doc.ents
            if e.label_ == spec["class"]
            and not (spec["class"] == "Law" and (provision(e.text, tok.lemma_.lower()) or _program(e.text, tok.lemma_.lower())))
        }  # "the law" is not Article I, "the bill" not Medicaid
    if not cands:
        return None
    mods = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
    if any(t.text in ("-", "–") for t in mods):  # "the catch-and-release policy", "the anti-DACA measure":
        words = {t.lower_ for t in mods if t.is_alpha}  # a policy the words name, not the article's law
        cands = (
            {}
            if words & {"anti", "pro"}
            else {n: e for n, e in cands.items() if words & {w.lower() for w in re.findall(r"\w+", n)}}
        )
        if not cands:
            return None
    keys = {_norm(t) for t in cands}
    if len(keys) > 1:  # a "sole" noun ("the legislation") means a law only in an article naming one
        return next((e for e in reversed(doc.ents) if e.text in cands and e.end <= tok.i and not spec.get("sole")), None)
    return next(iter(cands.values()))


def _program(name: str, noun: str) -> bool:
    """A standing program the lexicon knows by a name without a law's head noun ("Medicaid", "Head
    Start", "DACA") is not what "the bill", "the measure" or "the law" of an article refers to."""
    return noun in _BILL_WORDS() and name in _PROGRAMS()


@lru_cache(maxsize=1)
def _BILL_WORDS() -> frozenset[str]:
    return frozenset(load_json("relation_cues.json")["stance_frames"]["bill_nouns"]) | {"law", "statute"}


@lru_cache(maxsize=1)
def _PROGRAMS() -> frozenset[str]:
    from ..lexicon.load import load_lexicon

    heads = set(load_json("entity_patterns.json")["law_heads"])
    return frozenset(
        n
        for b in load_lexicon().laws
        if not any(w in heads for w in b.name.split())
        for n in b.names
        if not any(w in heads for w in n.split())
    )


def _norm(name: str) -> str:
    name = re.sub(r"^(the|a)\s+", "", name, flags=re.I)
    return re.sub(r"['’]s$", "", name).lower()


def resolve(doc: Doc, tok: Token | None, nominals: dict) -> Span | None:
    """The entity a subject/object token stands for: its own entity, a compound/possessive
    head's entity, or a nominal reference; relative pronouns resolve to their antecedent."""
    if tok is None:
        return None
    if tok.lower_ in ("which", "that", "who") and tok.head.dep_ in ("relcl", "acl"):
        who, tok = tok.lower_ == "who", tok.head.head  # "Sen. X, D-Los Angeles, who": X, never the place
        tok = tok.head if who and tok.dep_ == "appos" and tok.ent_type_ not in PEOPLE and tok.head.ent_type_ in PEOPLE else tok
    if tok.lower_ in ("he", "she"):
        return antecedent(doc, tok)
    if tok.text == "I" or tok.lower_ == "we":
        return quoted_speaker(doc, tok)  # "'We urge the governor to sign it,' said X": X (None outside quotes)
    ent = ent_of(tok)
    if ent is not None:
        return ent
    return nominal_target(doc, tok, nominals)


def antecedent(doc: Doc, pronoun: Token) -> Span | None:
    """The person "he"/"she" stands for: the last person named as a subject before it in its sentence,
    else in the sentence before; when that one names several persons, its main verb's one subject if the
    pronoun is its own sentence's (``main_subject``), else None; None too if it names none as a subject
    while a name the model did not label is one."""
    sent = pronoun.sent
    scope = doc[sent.start : pronoun.i]
    people = agreeing(pronoun.text, [e for e in sent.ents if e.label_ in ("Person", "Official") and e.end <= pronoun.i])
    if not people and sent.start > 0:
        scope = doc[sent.start - 1].sent
        people = agreeing(pronoun.text, [e for e in scope.ents if e.label_ in ("Person", "Official")])
        if len({e.text.split()[-1] for e in people}) > 1:
            main = [e for e in people if e.root.dep_ == "nsubj" and e.root.head == scope.root and not joined_to_another(e.root)]
            return main[0] if len(main) == 1 and main_subject(pronoun) else None
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.tag_ != "NNPS" and not t.ent_type_ for t in scope
    ):  # "McCain was not ready to call on Secretary X to resign, but he ...": an unlabelled name is the subject
        return None  # (not a plural one, "Senate Republicans praised X after he ...", which "he" cannot mean)
    return (subjects or people or [None])[-1]


def quote_at(doc: Doc, pos: int) -> dict | None:
    """The quotation (of ``doc._.kg_quotes``) that character ``pos`` is inside, or None."""
    quotes = (doc._.kg_quotes or []) if doc.has_extension("kg_quotes") else []
    return next((q for q in quotes if q["start"] <= pos < q["end"]), None)


def quoted_speaker(doc: Doc, tok: Token) -> Span | None:
    """ "I" inside a quotation is its speaker ("'I signed the bill,' the governor said")."""
    q = quote_at(doc, tok.idx)
    if q is None or not q.get("speaker"):
        return None
    span = doc.char_span(*q["speaker"], alignment_mode="expand")
    return ent_of(span.root) if span is not None else None


def nearest_before(tok: Token, label: str) -> Span | None:
    """The closest entity of ``label`` before ``tok`` in its sentence (antecedent of "which")."""
    best = None
    for e in tok.sent.ents:
        if e.label_ == label and e.end <= tok.i:
            best = e
    return best


def year_of(verb: Token) -> str | None:
    """A year attached to a verb or noun: "in 2014", "from 2017"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "since", "during"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and YEAR.match(obj.text):
                    if any(c.dep_ == "conj" and YEAR.match(c.text) for c in obj.children):
                        return None  # "passed in 2009 and 2010": which one is not said
                    return obj.text
                if obj.dep_ == "pobj" and obj.ent_type_ == "" and obj.is_title:  # "in March 2016"
                    years = [c.text for c in obj.children if c.dep_ in ("nummod", "npadvmod", "appos") and YEAR.match(c.text)]
                    if years:
                        return years[0]
    for child in verb.children:
        if child.dep_ in ("npadvmod", "nummod", "compound") and YEAR.match(child.text):
            return child.text
    return None


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject, climbing through xcomp/conj ("voted to update", "passed and amended")."""
    v = verb
    for _ in range(3):
        subj = children(v, "nsubj")
        if subj:
            return subj[0]
        if v.dep_ in ("xcomp", "conj", "advcl") and v.head is not v:
            v = v.head
        elif v.dep_ == "acl" and v.head.dep_ in ("dobj", "pobj") and v.head.head is not v.head:
            v = v.head.head  # "the council adopted a resolution to reaffirm X"
        else:
            break
    return None


def agent_of(verb: Token) -> Token | None:
    for agent in children(verb, "agent"):
        objs = children(agent, "pobj")
        if objs:
            return objs[0]
    return None


def negated(verb: Token) -> bool:
    neg = lambda c, v: c.dep_ == "neg" or (c.lower_ == "nor" and c.i < v.i)  # "not"; "Nor does X back Y"
    if any(neg(c, verb) for c in verb.children):
        return True
    if any(c.dep_ == "auxpass" and any(g.dep_ == "neg" for g in c.children) for c in verb.children):
        return True  # "did not get rid of X": the negation hangs on "get"
    # "vowed not to repeal", "nor does X plan to expand Y", "did not think Trump should rescind X": a negated verb's complement
    return verb.dep_ in ("xcomp", "ccomp") and any(neg(c, verb.head) for c in verb.head.children)


def sent_span(tok: Token) -> list[int]:
    return [tok.sent.start_char, tok.sent.end_char]


def char_span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start_char, span.end_char]


def listed_after(doc: Doc, ent: Span) -> list[Span]:
    """Entities of ``ent``'s class listed right after it: "SB 12, SB 14 and the Harbor Act" (the
    parser often misses such lists)."""
    starts = {e.start: e for e in doc.ents}
    out, i = [], ent.end
    while i < len(doc) and doc[i].text in (",", "and", "or"):
        j = i
        while j < len(doc) and doc[j].text in (",", "and", "or", "the"):
            j += 1
        nxt = starts.get(j)
        if nxt is None or nxt.label_ != ent.label_:
            break
        out.append(nxt)
        i = nxt.end
    return out
