"""Which named law a stance's common-noun or pronoun target means when its name is not the target itself
(used by :mod:`kg.pipeline.stances` and :func:`~.stancepredicates.law_antecedent`).

- a bill noun given its name right after it: "introduced the legislation, known as the Harbor Act",
  "a bill called the Harbor Act", "the measure (the Harbor Act)": the law so named (:func:`named_law`; the words are ``naming_phrases`` of relation_cues.json);
- "it" with nothing before it in its own sentence that it could mean: the one law or ruling the
  sentence before names, when that law is its main clause's subject or object ("The Senate passed
  the Harbor Act. The governor said she would sign it."), or the law its main clause's subject or object
  "the law" stands for; nothing when that sentence names two laws, or names its law elsewhere than as
  the main clause's subject or object (:func:`previous_law`);
- "it" after a law noun in its own sentence: the law the noun stands for ("Congress passed the law,
  and the governor signed it"; :func:`noun_law`);
- a plural common noun listing laws by name ("backed priorities like the Harbor Act", "opposed laws such as
  A and B", ``stance_frames.member_preps``): each law or ruling it lists (:func:`listed_laws`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon.resources import load_json
from .cues import cues, ent_of, nominal_target
from .stanceclaims import introduced_law
from .stanceframes import members

LAWS = ("Law", "CourtRuling")
OPENERS = ("the", "a", "an", '"', "“", "'", "‘")


@lru_cache(maxsize=1)
def _naming() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in load_json("relation_cues.json")["naming_phrases"])


@lru_cache(maxsize=1)
def _bill_nouns() -> frozenset[str]:
    return frozenset(cues()["stance_frames"]["bill_nouns"])


def _law_at(doc, i: int) -> Span | None:
    """The law or ruling whose name begins at ``i`` (after an article or an opening quote mark)."""
    while i < len(doc) and doc[i].lower_ in OPENERS and not doc[i].ent_type_:
        i += 1
    ent = ent_of(doc[i]) if i < len(doc) else None
    return ent if ent is not None and ent.label_ in LAWS and ent.start == i else None


def named_law(noun: Token | None) -> Span | None:
    """The law a bill noun (``stance_frames.bill_nouns``, no name itself) is named as right after it:
    by a naming phrase ("the legislation, known as X") or in parentheses ("the bill (X)"); None
    otherwise (not "the bill, the X Act, ...", which may be a list)."""
    if noun is None or noun.ent_type_ or noun.tag_ not in ("NN", "NNS") or noun.lemma_.lower() not in _bill_nouns():
        return None
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) and doc[i].text == "(":  # "the bill (the Harbor Act)"
        law = _law_at(doc, i + 1)
        return law if law is not None and law.end < len(doc) and doc[law.end].text == ")" else None
    i += i < len(doc) and doc[i].text == ","
    words = tuple(t.lower_ for t in doc[i : i + 2])
    for phrase in _naming():
        if words[: len(phrase)] == phrase:
            return _law_at(doc, i + len(phrase))
    return None


def listed_laws(noun: Token | None) -> list[Span]:
    """The laws and rulings a plural common noun lists by name ("priorities like X", "laws such as X and Y"); []
    for any other token, or when what it lists is no law ("groups like the ACLU") or a longer name than the law's
    ("initiatives like Medicare for All" lists no Medicare)."""
    if noun is None or noun.ent_type_ or noun.tag_ != "NNS":
        return []
    found = [ent_of(m) for m in members(noun)]
    return [e for e in found if e is not None and e.label_ in LAWS and not _runs_on(e)]


def _runs_on(ent: Span) -> bool:
    """Whether a name goes on past the entity ("Medicare for All", "the Bill of Rights" cut short): what is
    listed is another, longer name, not the law the entity names."""
    doc, k = ent.doc, ent.end
    return k + 1 < len(doc) and doc[k].lower_ in ("for", "of") and doc[k + 1].text[:1].isupper()


def noun_law(tok: Token) -> Span | None:
    """The law a singular definite law noun that is no bill word ("the law", "the statute"; not "the bill",
    which an article may use of another bill) stands for: the article's law it resolves to, unless the
    noun follows a new law introduced since ("a law that would ... the law")."""
    spec = cues()["nominals"].get(tok.lemma_.lower())
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not isinstance(spec, dict) or spec.get("class") != "Law":
        return None
    if tok.lemma_.lower() in _bill_nouns() or introduced_law(tok.doc, tok, _law_nouns()):
        return None
    law = nominal_target(tok.doc, tok, cues()["nominals"])
    return law if law is not None and law.label_ in LAWS else None


@lru_cache(maxsize=1)
def _law_nouns() -> frozenset[str]:
    return frozenset(k for k, v in cues()["nominals"].items() if isinstance(v, dict) and v.get("class") == "Law")


def previous_law(it: Token) -> Span | None:
    """The law or ruling "it" means when nothing before it in its sentence is a candidate: the one the
    sentence before has as its main clause's subject or object, by name, or by a law noun when it names
    none ("The court upheld the law. The governor will not implement it."); None otherwise."""
    sent = it.sent
    if sent.start == 0 or any(e.label_ == "Law" for e in sent.ents if e.end <= it.i):
        return None
    prev = it.doc[sent.start - 1].sent
    laws = {e.text: e for e in prev.ents if e.label_ in LAWS}
    main = prev.root
    args = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass", "dobj") and (t.head == main or t.head in main.conjuncts)]
    if len(laws) > 1:
        return None
    if laws:
        law = next(iter(laws.values()))
        return law if law.root in args else None
    found = {law.text: law for t in args if (law := noun_law(t)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None
