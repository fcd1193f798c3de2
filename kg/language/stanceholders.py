"""Who holds a stance, and what it is on, when the stance verb has no subject or object of its own
(used by :mod:`kg.pipeline.stances`).

- a stance verb completing a noun of intent ("Y's pledge to repeal X", "campaigned on a promise to
  repeal X", "his bid to end X", "attempts by Y to repeal X") is the stance of the noun's owner or its
  named "by" agent, else of the subject of a verb of
  running on it (``stance_frames.intent_verbs``: "campaigned on a promise to repeal X", not "objected to
  the move to end X"); the nouns are ``stance_frames.intent_nouns`` in relation_cues.json; so a gerund
  such a verb runs on ("X campaigned on repealing Y", :func:`ran_on`);
- "X praised the council's recommitment": X sides with the council (a helper fact, ``sidesWith`` or
  ``sidesAgainst``, that takes the council's stances of the article); not when the possessed noun is a
  bill ("backed Ryan's bill": a stance on a bill the sentence does not name);
- a stance verb describing a group its holder is said to be of: "A, B and C were the only Republicans to
  vote against X", "A was one of three Democrats who voted for X" (:func:`group_member`);
- coordinated verbs share the object written after the last one ("we will repeal and replace X").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cues import antecedent, char_span, children, cues, resolve, sent_span, subject_of
from .evaluations import HOLDERS
from .stanceframes import split_prefix_subject

POSSESSIVE_PRONOUNS = ("his", "her")


@lru_cache(maxsize=1)
def _frames() -> dict:
    return cues()["stance_frames"]


def _intent_nouns() -> frozenset[str]:
    return frozenset(_frames()["intent_nouns"])


def intent_holder(verb: Token) -> Token | None:
    """The owner of the noun of intent that ``verb`` completes ("Y's pledge to repeal X": Y), or the
    subject of the verb the noun hangs on ("Y campaigned on a promise to repeal X": Y), or the author of
    the bill it completes ("Y introduced a bill to repeal X": Y), or the subject of the verb whose means
    it names ("Y is speaking up by pushing X": Y; not in the passive), or the one said to be of the group
    it describes ("Y was one of three Democrats who voted for X": Y, :func:`group_member`); None otherwise."""
    if (member := group_member(verb)) is not None:
        return member
    if (runner := ran_on(verb)) is not None:
        return runner
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "by" and noun.dep_ == "prep" and noun.head.pos_ in ("VERB", "AUX"):
        above = noun.head
        return None if any(c.dep_ in ("nsubjpass", "auxpass") for c in above.children) else subject_of(above)
    if verb.dep_ not in ("acl", "relcl") or noun is verb:  # "a bill to repeal X" is parsed either way
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "the plan, passed in May, ...": a participle, not what the plan would do
    if noun.lemma_.lower() in _frames()["bill_nouns"] and noun.dep_ == "dobj":
        # "X introduced a bill to repeal Y": the bill's author; not "X opposed a bill to repeal Y"
        return subject_of(noun.head) if noun.head.lemma_.lower() in _frames()["authoring_verbs"] else None
    if noun.lemma_.lower() not in _intent_nouns():
        return None
    owner = children(noun, "poss") or [c for c in children(noun, "compound") if c.ent_type_]  # "the GOP efforts to"
    if not owner and (agent := intent_agent(noun)) is not None:
        return agent  # "repeated attempts by X to repeal Y", "a push by X to expand Y": the act's agent
    if owner and (owner[0].pos_ != "PRON" or owner[0].lower_ in POSSESSIVE_PRONOUNS):
        return owner[0]  # "its efforts", "their pledge": the subject above says whose (below)
    verb_above = noun.head.head
    if owner:
        return subject_of(noun.head) if noun.dep_ == "dobj" else None  # "the GOP will continue its efforts to ..."
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and verb_above.lemma_.lower() in _frames()["intent_verbs"]:
        return subject_of(verb_above)  # "ran on a pledge to repeal X"; not "objected to the move to end X"
    return None


def intent_agent(noun: Token) -> Token | None:
    """The named agent of a noun of intent, the object of its "by" ("attempts by X to repeal Y"), or None."""
    agents = [o for p in children(noun, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
    return agents[0] if agents and agents[0].ent_type_ else None


def unowned_intent(verb: Token) -> bool:
    """ "We have seen efforts to repeal X", "X opposed efforts to repeal Y": a noun of intent with no owner,
    the object of a verb that does not undertake it (``stance_frames.intent_verbs`` and
    ``undertaking_verbs``: "X led the effort to repeal Y" is X's), is nobody's in the sentence: the
    subject above it holds no stance on X."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.dep_ != "dobj" or noun.lemma_.lower() not in _intent_nouns():
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if children(noun, "poss") or any(c.ent_type_ for c in children(noun, "compound")) or intent_agent(noun) is not None:
        return False
    undertaking = set(_frames()["intent_verbs"]) | set(_frames()["undertaking_verbs"])
    return noun.head.lemma_.lower() not in undertaking


def verb_holder(verb: Token) -> Token | None:
    """The token holding the stance of ``verb``: the owner of its noun of intent, else its subject (also
    of a split prefix, "X co-authored Y"); none for an unowned intent ("we have seen efforts to repeal Y")."""
    if (owner := intent_holder(verb)) is not None:
        return owner
    if unowned_intent(verb):
        return None
    ready = cues()["stance_frames"]["ready_adjectives"]
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.lemma_.lower() in ready:
        if any(c.dep_ == "neg" for t in (verb.head, verb.head.head) for c in t.children):
            return None  # "we are not ready to repeal Y"
        return subject_of(verb.head.head)  # "she was prepared to sign Y", "he is eager to repeal Y"
    if (reason := reason_holder(verb)) is not None:
        return reason
    return subject_of(verb) or split_prefix_subject(verb)


def reason_holder(verb: Token) -> Token | None:
    """ "X blasted Y for supporting Z", "Y was praised for opposing Z": the one a gerund after "for" gives
    the reason of blame or praise about is its doer, the object of the verb "for" hangs on (or its passive
    subject); not the verb's subject. None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    above = prep.head
    if above.pos_ != "VERB":
        return None
    objs = [o for o in children(above, "dobj") if o.i < prep.i][-1:] or children(above, "nsubjpass")  # nearest "for"
    if not objs:
        return None
    named = [a for a in children(objs[0], "appos") if a.ent_type_ in HOLDERS]  # "her rival, Rep. X, for ..."
    return named[0] if named and not objs[0].ent_type_ else objs[0]


def ran_on(verb: Token) -> Token | None:
    """The subject of a verb of running on the act a gerund names ("X campaigned on repealing Y", "ran on
    getting rid of Y", intent_verbs with "on"); None when that verb is negated ("did not run on ...") or the
    act's object is no name."""
    act = verb.head if verb.dep_ == "acomp" and verb.head.lemma_ == "get" else verb  # "getting rid of Y"
    prep = act.head
    if act.dep_ != "pcomp" or act.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "on":
        return None
    above = prep.head
    if above.lemma_.lower() not in _frames()["intent_verbs"] or any(c.dep_ == "neg" for c in above.children):
        return None
    if not any(t.ent_type_ for t in verb.subtree if t.dep_ in ("dobj", "pobj")):
        return None  # "run on repealing the policy": which policy a common noun means is a guess here
    return subject_of(above)


def group_member(verb: Token) -> Token | None:
    """ "A, B and C were the only Republicans to vote against X", "A was one of three Democrats who voted
    for X", "A is among the senators who oppose X": the subject of the linking "be" whose complement is
    the group noun the stance verb describes (a relative clause with no subject but its relative pronoun,
    or an infinitive); None otherwise, or when the "be" is negated."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun is verb or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_:
        return None
    own = children(verb, "nsubj") + children(verb, "nsubjpass")
    if any(o.lower_ not in ("who", "that") for o in own) or (
        not own and not any(c.lower_ == "to" for c in children(verb, "aux"))
    ):
        return None  # "the senator Y thanked", "the senator elected in May": not what the senator does
    link = noun.head
    if noun.dep_ == "pobj" and link.lower_ == "of" and link.head.lower_ == "one" and link.head.dep_ == "attr":
        link = link.head.head  # "one of three Democrats who ..."
    elif noun.dep_ == "pobj" and link.lower_ == "among" and link.dep_ == "prep":
        link = link.head  # "among the senators who ..."
    elif noun.dep_ != "attr":
        return None
    if link.lemma_ != "be" or any(c.dep_ == "neg" for c in link.children):
        return None
    return next(iter(children(link, "nsubj")), None)


def possessive_holder(doc: Doc, tok: Token | None, target: Token | None = None) -> Span | None:
    """ "his pledge", "her plan": the person the possessive pronoun stands for. With the ``target`` of a
    stance noun ("X ... because of his support for Y"): only when Y is a name, not a common noun ("his
    support for the measure" may mean another law than the one named last), and the sentence names
    no other person before the pronoun (not "X criticized Z for his support of Y")."""
    if tok is None or tok.lower_ not in POSSESSIVE_PRONOUNS or tok.dep_ != "poss":
        return None
    if target is not None and (
        not target.ent_type_
        or len({e.text.split()[-1] for e in tok.sent.ents if e.label_ in ("Person", "Official") and e.end <= tok.i}) > 1
    ):
        return None
    return antecedent(doc, tok)


def shared_object(verb: Token) -> list[Token]:
    """ "repeal and replace X": the object of the verb coordinated after ``verb``, when that verb has no
    subject of its own; "X, which Congress passed and Y signed": the relative pronoun that is the object
    of the verb of the relative clause ``verb`` is coordinated with; [] otherwise."""
    first = verb.head
    if verb.dep_ == "conj" and first.dep_ == "relcl":
        rel = [o for o in children(first, "dobj") if o.lower_ in ("which", "that") and o.i < first.i]
        if rel:
            return rel
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and not children(c, "nsubj", "nsubjpass"):
            objs = children(c, "dobj")
            if objs:
                return objs
    return []


def siding(doc: Doc, verb: Token, obj: Token, holder: Span | None, prop: str, nominals: dict, law_words: set[str]):
    """The helper fact of "X praised Y's recommitment" ([] when the sentence says too little), or None
    when the object is not another holder's act."""
    owner = children(obj, "poss")
    if obj.ent_type_ or not owner:
        return None
    actor = resolve(doc, owner[0], nominals)
    if holder is None or actor is None or holder == actor or holder.label_ not in HOLDERS or actor.label_ not in HOLDERS:
        return None
    if obj.lemma_.lower() in law_words:
        return []  # "backed Ryan's bill": a stance on a bill the sentence does not name, not Ryan's sides
    if any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children):
        return []  # "praised Y's work in securing the tax cut": one matter, not all of Y's sides
    side = "sidesWith" if prop == "supports" else "sidesAgainst"
    return [
        {
            "subj": char_span(holder),
            "prop": side,
            "obj": char_span(actor),
            "value": None,
            "sent": sent_span(verb),
            "rule": "stance-on-act",
        }
    ]


def coordinated_first(tok: Token | None) -> list[Token]:
    """ "Trump and congressional Republicans have called to repeal X", parsed as "Trump" a modifier of
    "Republicans" with "and" hung on it: the named first conjunct, who holds the stance with the group."""
    if tok is None:
        return []
    return [
        c
        for c in tok.children
        if c.dep_ in ("nmod", "compound")
        and c.i < tok.i
        and c.ent_type_ in HOLDERS
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
    ]
