"""Attribution frames that the dependency parse gets wrong or that sit outside the quote's sentence.

- ``inverted`` (:mod:`kg.language.invertednames`): "“...,” added Stewart.", "said the Committee to Protect
  Reporters": the name after a subjectless speech verb right after a quote.
- ``named_before``: "“...,” Rose, 76, recalled Monday." The parser hangs the speech verb on the name
  (``acl``) instead of making the name its subject; or leaves the verb without a subject after a name
  and an aside set off by commas ("“...,” Roe, who studied law in Ohio, said."); or a name set off by
  commas that the parser hung on an earlier phrase ("According to Doe, the mother, Jane Roe, told ...").
- ``not_after``: a speech verb after a quote that is no attribution of it: one that announces what
  follows ("We would add: ...") or reports a clause of its own ("Colbert clarified that ...").
- ``abbreviation_point``: the period of "Cpl." or "Sgt." before a name, which the parser reads as a sentence's end.
- ``issuing_verb``: "Obama ran an ad against his opponent: “...”": a colon after a verb whose object is
  a text someone issues (an ad, a statement) announces that text's words, the verb's subject's.
- ``asking_verb``: "When the host asked her, “...?” Roe said no.": a question quoted after "asked" is
  the asker's, never the answerer's; ``ADDRESSED``: "Roe was asked" names who was asked, not who spoke.
- ``sentence_subject``: a subject a later pronoun may mean: not one of a clause someone else in the
  sentence is reported to say ("Roe said Orrin would sign it. “...,” he said.": Roe).
- ``framed_later``: "“...” where the state means to show the rulings were “...,” Roe said.": a quote that
  opens a sentence whose later quote is attributed after it is the same speaker's.
- ``put_question``: a quoted question that a noun such as "question" introduces ("answered a
  reporter's question about “what is sinful?”"): the asker's words, not the sentence subject's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .cues import cues
from .honorifics import is_title
from .invertednames import FINITE, NOT_NAMES, SUBJECTS, inverted  # noqa: F401  (speakers reads frames.inverted)

ADDRESSED = ("ask", "tell")  # the subject of the passive is the listener: "“...?” Roe was asked."
SENT_END = {".", "!", "?"}
PRONOUN_OWNERS = {"he", "she", "his", "her"}  # "his letter, which read:", "she sent a letter that read:"
_HOLD = ("he", "she", "they", "i", "we")  # who holds a that-clause: not the "it" of "It's not that X is ..."
QUESTION_LEAD, MAX_ASIDE = 3, 20  # tokens: a question noun to its quote; a closing mark to a subjectless "said"


def clause_before(span: Span) -> list[Token]:
    """The tokens of ``span`` after its last sentence-final punctuation."""
    toks: list[Token] = []
    for t in reversed(span):
        if t.text in SENT_END:
            break
        toks.insert(0, t)
    return toks


def named_before(verb: Token) -> Token | None:
    """ "“...,” Rose, 76, recalled Monday.": the name right after a quote that a speech verb without a
    subject hangs on (tagged a participle at times: not "the letter, reported Monday")."""
    head, doc = verb.head, verb.doc
    if verb.dep_ == "ROOT" and verb.tag_ in FINITE:
        return _aside_name(verb) or _set_off_name(verb)
    if verb.dep_ != "acl" or verb.tag_ not in (*FINITE, "VBN") or head.pos_ != "PROPN" or not 0 < head.i < verb.i:
        return None
    name_start = min([c.i for c in head.children if c.dep_ in ("compound", "flat") and c.i < head.i] + [head.i])
    return head if any(t.is_quote for t in doc[max(name_start - 2, 0) : name_start]) else None


def _aside_name(verb: Token) -> Token | None:
    """ "“...,” Roe, who studied law in Ohio, said.": a subjectless speech verb after a name that opens
    the text after the quote and a comma-enclosed aside; the parser hung the name inside the quote."""
    doc = verb.doc
    before = doc[max(verb.i - MAX_ASIDE, 0) : verb.i]
    marks = [t.i for t in before if t.is_quote or t.text in ("”", "’’")]
    if not marks or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    first = doc[marks[-1] + 1]
    name_end = first.i
    while name_end + 1 < verb.i and doc[name_end + 1].pos_ == "PROPN" and doc[name_end + 1].ent_type_ == first.ent_type_:
        name_end += 1
    if first.pos_ != "PROPN" or not first.ent_type_ or first.ent_type_ in NOT_NAMES or doc[name_end + 1].text != ",":
        return None
    aside = doc[name_end + 2 : verb.i - 1]  # one clause set off by commas: no second name before the verb
    return doc[name_end] if len(aside) and not any(t.is_quote for t in aside) else None


def _set_off_name(verb: Token) -> Token | None:
    """ "According to Jo Doe, the victim's mother, Jane Roe, told the court": a subjectless speech verb right
    after a name set off by commas that the parser made an apposition of an earlier phrase: that name; also
    when a description set off by commas follows the name ("Striking a tone like his rival's, Roe, the
    party's nominee, told a crowd")."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if name.pos_ == "NOUN" and name.dep_ == "appos" and name.head.i == name.left_edge.i - 2:
        name = name.head  # "..., Romney, the party's nominee, told a crowd": the name the description follows
        if doc[name.i + 1].text != ",":
            return None
    ok = name.pos_ == "PROPN" and name.dep_ == "appos" and name.ent_type_ and name.ent_type_ not in NOT_NAMES
    return name if ok else None


def not_after(cue: Token, toks: list[Token], in_quote) -> bool:
    """Whether a speech verb after a quote that ends its sentence and follows another quote of its
    paragraph (“...,” X said. “... kid.” We would add: ...) starts a statement of its own instead of
    attributing the quote, which then continues the block (after “...,” it always attributes): a colon after it in its clause announces what follows ("We would add: ..."), a
    complement clause after it is what it reports ("Colbert clarified that the state ...")."""
    if any(t.text == ":" and t.head.i == cue.i for t in toks if t.i > cue.i):
        return True  # not "“...,” Brown said on Twitter, adding: “...”": that colon is the adding's
    return any(  # not "“...,” X said Friday, the Times reported": a clause the parser hung on the verb
        c.dep_ == "ccomp"
        and c.i > cue.i
        and not in_quote(c.left_edge.idx)
        and (c.left_edge.i == cue.i + 1 or _marked(c) or any(t.is_quote for t in c.subtree))  # "told X it “is ...”"
        for c in cue.children
    )


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def abbreviation_point(tok: Token) -> bool:
    """The period of a title abbreviation before a name ("Cpl. Jane Roe"), split off by the tokenizer."""
    doc = tok.doc
    if tok.text != "." or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return not prev.whitespace_ and prev.text[:1].isupper() and is_title(prev.text) and nxt.text[:1].isupper()


def put_question(doc: Doc, text: str, lo: int, open_at: int, start: int, end: int) -> bool:
    """Whether the quote ``text[start:end]`` is a question a noun before it in ``text[lo:open_at]``
    introduces as the one the sentence's subject answers ("answered a reporter's question about
    “...?”", "replied to the question “...?”"), not one the subject asks ("a list of questions:")."""
    if text[start:end].rstrip("'’\"”")[-1:] != "?":
        return False
    span = doc.char_span(max(lo, open_at - 80), open_at, alignment_mode="contract")
    words = [t for t in (span or []) if not t.is_punct and not t.is_space][-QUESTION_LEAD:]
    for t in words:
        if t.lemma_.lower() in _questions()["nouns"] and t.pos_ == "NOUN":
            verb = t.head.head if t.head.lower_ == "to" else t.head
            return (t.dep_ == "dobj" or t.head.lower_ == "to") and verb.lemma_.lower() in _questions()["answering_verbs"]
    return False


def issuing_verb(toks: list[Token]) -> Token | None:
    """In a clause ending with a colon right before a quote, the verb whose object is a text someone
    issues ("ran an ad", "issued a statement") or words someone says ("repeated this line", "had a
    suggestion": ``spoken_nouns``), or None."""
    if not toks or toks[-1].text != ":":
        return None
    inside = {t.i for t in toks}
    words = cues()["written_words"]
    nouns = {*words["nouns"], *words["spoken_nouns"]}  # "issued a statement:", "repeated this line:"
    for v in reversed(toks):
        objects = [c for c in v.children if c.dep_ == "dobj" and c.i in inside]
        if v.pos_ == "VERB" and any(c.lemma_.lower() in nouns for c in objects if not any(t.dep_ == "agent" for t in c.subtree)):
            return v  # not "described the promise made by the founders:", another's words
    return None


def text_owner(noun: Token, labels: set[str]) -> Token | None:
    """The token naming who issued the text ``noun`` ("Holt sent a letter that read: “...”", "Holt's letter,
    which said: “...”"): its possessor, or the subject of the issuing verb whose object it is
    (``written_words`` of relation_cues.json), when that is a pronoun or in a name of one of ``labels`` (or has
    one in apposition); None for any other noun ("a bill that says") or owner ("One Facebook site posted a
    statement that said")."""
    words = cues()["written_words"]
    if noun.lemma_.lower() not in words["nouns"]:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["issuing_verbs"]:
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if owner is None or owner.ent_type_ in labels or owner.lower_ in PRONOUN_OWNERS:
        return owner
    named = [c for c in owner.children if c.dep_ == "appos" and c.ent_type_ in labels]  # "her spokesman, Jo Roe, sent"
    quoted = named and any(t.is_quote for t in owner.doc[owner.i : named[0].i])  # not 'a site, "Friends of Jo Roe," posted'
    return named[0] if named and not quoted else None


def going_on(toks: list[Token]) -> Token | None:
    """In a clause ending ``<verb> <particle>:`` right before a quote, a phrasal verb of going on speaking
    ("But Obama went on: “...”", relation_cues.json ``going_on``), or None."""
    if len(toks) < 3 or toks[-1].text != ":" or toks[-2].dep_ != "prt":
        return None
    verb = toks[-2].head
    return verb if [verb.lemma_.lower(), toks[-2].lower_] in cues()["written_words"]["going_on"] else None


def asking_verb(toks: list[Token], text: str, start: int, end: int) -> Token | None:
    """The verb "ask" that ends the clause ``toks`` right before the question ``text[start:end]`` (not
    "When asked if he saw a path, Inhofe replied: “...?”": a verb after it frames the quote), or None."""
    if text[start:end].rstrip("'’")[-1:] != "?":
        return None
    verbs = [t for t in toks if t.pos_ == "VERB"]
    return verbs[-1] if verbs and verbs[-1].lemma_.lower() == "ask" else None


def asking_body(t: Token, person_labels: set[str], person_words: set[str]) -> bool:
    """Whether ``t`` is in a name the model labelled a body, not a word of a person's name, and is the
    subject of a verb of asking ("after the Gazette asked if he ..."): no antecedent of he or she."""
    label = t.ent_type_
    person = not label or label in person_labels or t.text in person_words
    return not person and t.head.lemma_.lower() in _questions()["asking_verbs"]


def sentence_subject(e: Span, speech: frozenset[str]) -> bool:
    """Whether the name ``e`` is a subject (or the name given to one: "the victim's mother, Judy Scott, told the
    court"), not of a clause another subject reports or holds ("He was convinced, he said, that Trump ...": he)."""
    subject = e.root
    if subject.dep_ == "appos" and subject.head.dep_ in SUBJECTS and subject.head.pos_ == "NOUN":
        subject = subject.head
    elif subject.dep_ not in SUBJECTS:
        return False
    verb, held = subject.head, _marked(subject.head)  # "replied in a tweet that Trump is ...": under a speech verb
    if not (verb.dep_ in ("ccomp", "pcomp") or held):  # pcomp: "regardless of what Pelosi might say"
        return True
    up = [*verb.ancestors, *(c for c in verb.children if held and c.i < subject.i and c.pos_ in ("VERB", "AUX"))]
    return not any(_named(c) or held and c.lower_ in _HOLD for a in up if held or a.lemma_.lower() in speech for c in a.children)


def _named(subject: Token) -> bool:
    """A subject that names or describes someone: not "he" of "Roe was seated: “...,” he told KING-TV"."""
    return subject.dep_ in SUBJECTS and subject.pos_ != "PRON" and subject.is_alpha


@lru_cache(maxsize=1)
def _questions() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in cues()["questions"].items() if not k.startswith("_")}


def framed_later(doc: Doc, text: str, results: list[dict]) -> None:
    """ "“...” where the state means to show the rulings were “...,” Attorney General Jo Roe said.": a quote
    that opens its sentence with no frame of its own, then a quote of the same sentence attributed after
    it: the sentence is one statement, both quotes the speaker's. ``results`` as kg_quotes builds them."""
    for r, nxt in zip(results, results[1:]):
        if r["speaker"] is not None or r["how"] is not None or nxt["how"] != "after" or nxt["speaker"] is None:
            continue
        first = doc.char_span(r["open"], r["open"] + 1, alignment_mode="expand")
        later = doc.char_span(nxt["open"], nxt["open"] + 1, alignment_mode="expand")
        if first is None or later is None or first.sent.start != later.sent.start:
            continue
        if not text[first.sent.start_char : r["open"]].strip():
            r.update(speaker=nxt["speaker"], speaker_text=nxt["speaker_text"], cue=nxt["cue"], how="sentence")


def climbs_to_name(verb: Token) -> bool:
    """Whether the participle ``verb`` ("..., asking “...?”") hangs on a clause whose subject is a name, not a
    pronoun ("She emailed the teacher, asking": whose "she" is the pronoun resolver's guess, not the frame's)."""
    for v in verb.ancestors:
        subjects = [c for c in v.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects[0].pos_ == "PROPN"
    return False
