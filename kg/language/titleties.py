"""Whether a title written near a name is that person's office, and whether a body written near the
title is the body the office is of (issue 14). A person heads or serves in a body only when the
body is in the title's own phrase: "director of the FBI", "the FBI's director", "FBI Director";
not when the sentence only puts them side by side ("Chicago mayor and former White House chief of
staff", "campaign chairman in Montana", "a leader of Georgia's secessionist movement")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .governments import government_words
from .namefacts import CALENDAR
from .nameparts import made_work
from .places import state

GLUE = ("-", "–")
TIE_PREPS = frozenset({"of", "at", "for", "with", "on", "to", "in"})  # "director of X", "lawyer at X", "aide to X"
_PATH_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})  # what may stand between a title and its body
_NP_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "PART", "NUM", "CCONJ", "ADV"})  # words of a noun phrase
_BEFORE_POS = frozenset({"ADJ", "PART", "PUNCT"})  # "the FBI's former director", "ACLU of Massachusetts' director"


def glued(doc: Doc, t_start: int, t_end: int, suffixes: set[str]) -> bool:
    """ "psychiatrist-in-chief": the title is a piece of a hyphenated word, not a title of its own
    ("mayor-elect" is the title with its suffix)."""
    if t_start >= 2 and doc[t_start - 1].text in GLUE and not doc[t_start - 2].whitespace_:
        return True
    return (
        t_end + 1 < len(doc)
        and doc[t_end].text in GLUE
        and not doc[t_end - 1].whitespace_
        and doc[t_end + 1].lower_ not in suffixes
    )


def modifier_in_name(doc: Doc, t_end: int, suffixes: set[str]) -> bool:
    """The title's word modifies a noun after it ("a prison justice organization", "the Justice
    Department"): it names no one's office ("mayor-elect" is the mayor's)."""
    last = doc[t_end - 1]
    if t_end + 1 < len(doc) and doc[t_end].text in GLUE and doc[t_end + 1].lower_ in suffixes:
        return False
    if last.ent_type_ in ("Agency", "Court", "Organization") and t_end < len(doc) and doc[t_end].ent_iob_ == "I":
        return True  # inside a longer body name
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= t_end and last.head.pos_ in ("NOUN", "PROPN")


def object_of_preposition(doc: Doc, t_end: int) -> bool:
    """ "running for president", "shot in the head": the title is what a preposition of a verb governs,
    not what the person is ("who served as mayor", "the nominee for attorney general" are)."""
    last = doc[t_end - 1]
    prep = last.head
    return last.dep_ == "pobj" and prep.lower_ != "as" and prep.head.pos_ in ("VERB", "AUX")  # not "the nominee for"


def subject_of_clause(doc: Doc, t_end: int, stop: int, set_off: bool = False) -> bool:
    """ "alongside Prime Minister X, the president also took issue": the phrase after the comma runs
    into its verb with no comma to close it, so it is the subject of the next clause, not an
    apposition to X ("X, the sheriff of Y, told reporters" is one); so does one the parser calls an
    apposition when a finite verb follows its noun phrase with no comma and X is itself ``set_off`` by
    commas after a noun ("the city's sheriff, X, a reporter obtained"; not "..." X, the founder of Y told
    me", a comma left out)."""
    last = doc[t_end - 1]
    verb = last.head
    if last.dep_ in ("nsubj", "nsubjpass") and t_end <= verb.i < stop and verb.pos_ in ("VERB", "AUX"):
        return True
    for t in doc[t_end:stop] if set_off else ():  # "the sheriff, X, a local reporter obtained it": the reporter did
        if t.pos_ in ("VERB", "AUX"):
            return t.tag_ in ("VBD", "VBZ", "VBP", "MD")  # a finite verb, not "a lawyer representing Y"
        if t.pos_ not in _NP_POS:
            return False
    return False


def fragment(doc: Doc, ent: Span) -> bool:
    """A body span that is a piece of a longer capitalized name: "Citizenship and Immigration
    Services" in "the National Citizenship and Immigration Services Council", "Paddy's Bar" in
    "Paddy's Bar and Grill", "NYPD" in "NYPD Confidential"."""

    def name_word(t) -> bool:
        return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.ent_type_ in ("", ent.label_)

    if ent.end < len(doc):
        nxt = doc[ent.end]
        if name_word(nxt) and nxt.ent_type_ == "" and nxt.pos_ == "PROPN":
            return True
        if (
            nxt.is_alpha
            and nxt.text[:1].isupper()
            and nxt.ent_iob_ == "B"
            and nxt.ent_type_ == "Place"
            and not ent[-1].whitespace_ == ""
        ):
            return True  # "United Teachers Los Angeles": a place written into the name
        if nxt.lower_ in ("to", "on", "for") and ent.end + 1 < len(doc) and name_word(doc[ent.end + 1]):
            if doc[ent.end + 1].ent_type_ == "" and doc[ent.end + 1].lower_ not in CALENDAR:  # "the Law Center to Prevent Gun
                # Violence"; not "the Agency on Friday"
                return True
        if nxt.lower_ == "on" and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ == "Law":
            return doc[ent.end + 1].ent_iob_ == "B"  # "the Kaiser Commission on Medicaid and the Uninsured"
        if nxt.lower_ in ("and", "&") and ent.end + 1 < len(doc) and name_word(doc[ent.end + 1]):
            word = doc[ent.end + 1]  # "and Grill", but not "and Planned Parenthood" nor "and CIA": names of their own
            alone = word.ent_iob_ == "B" and not word.is_upper and (ent.end + 2 >= len(doc) or doc[ent.end + 2].ent_iob_ != "I")
            if word.ent_type_ == "" or alone or (" of " in ent.text and not word.is_upper):
                return True  # "the International Union of Painters and Allied Trades": the object of "of" goes on
        if nxt.lower_ == "at" and ent[0].text == "University" and ent.end + 1 < len(doc) and doc[ent.end + 1].is_title:
            return True  # "the University of Illinois at Chicago": a campus named by its city
    return fragment_before(doc, ent)


def fragment_before(doc: Doc, ent: Span) -> bool:
    """A body span whose name starts before it: "National" of "the National Citizenship and
    Immigration Services Council", "Law and" of "Law and Justice"."""
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if prev.text in GLUE and not prev.whitespace_ and ent.start >= 2 and not doc[ent.start - 2].whitespace_:
        return True  # "Sullivan" of "the Bradbury-Sullivan Center"
    if prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start and prev.ent_type_ == "" and prev.pos_ == "PROPN":
        return True
    if prev.lower_ in ("and", "&") and ent.start >= 2:
        word = doc[ent.start - 2]
        named = word.ent_type_ in ("", "Place", "Person") and word.pos_ in ("PROPN", "NOUN")  # "Washington and Lee University"
        return word.is_alpha and word.text[:1].isupper() and not word.is_sent_start and named
    return False


def body_name(org: Span, heads: set[str], lex) -> bool:
    """Whether ``org`` is written as a body's name: the lexicon knows it, it ends in a body's head
    noun ("Department", "Committee", "Office") or it is an acronym; not the subject of a department
    or a title ("Defense" of "Secretary of Defense", "Operations" of "Vice President of Operations")."""
    text = org.text
    return lex.body(text) is not None or org[-1].text in heads or (text.isupper() and len(text) > 1)


def place_word(org: Span, entry, heads: set[str], lex) -> bool:
    """ "Santa Rosa Sheriff X", "the Oakdale police chief": the word before an office whose body the
    lexicon names ("Sheriff's Office", "Police Department") is the place whose office it is, whatever
    type the model gave it, unless written as a body's name: never a body "Santa Rosa" X heads."""
    return bool(entry.body) and org.label_ != "Place" and not body_name(org, heads, lex)


def tied_after(doc: Doc, t_end: int, org: Span) -> bool:
    """A body after the title is the title's when a preposition joins them and nothing but the
    words of noun phrases stands between ("director of the FBI", "co-chair of the litigation group
    at X", "professor of law and ethics at X", "director of the Austin-based X"); not across a
    verb or a comma (the caller checks that no other title stands between). A place only by "of", or as its own
    government ("a spokesman for the City of Oakdale": kg.language.governments) unless a state bears its name."""
    between = doc[t_end : org.start]
    if not len(between) or between[0].lower_ not in TIE_PREPS:
        return False
    if org.label_ == "Place" and not (between[0].lower_ == "of" and all(t.lower_ in ("of", "the") for t in between)):
        return government_words([t.text for t in between], [t.text for t in org]) and state(org.text.split(" of ")[-1]) is None
    if between[0].lower_ == "in" and len(between) > 2 and between[1].pos_ == "DET" and between[-1].lower_ == "of":
        return False  # "an agent in the suburb of Oakdale": where they work, not for whom ("in charge of X" is X's)
    if made_work(doc, org.start):
        return False  # "a writer for the Post and author of X": X is a book
    return all(
        (t.pos_ in _PATH_POS and (t.pos_ != "ADP" or t.lower_ in TIE_PREPS))
        or t.pos_ == "CCONJ"
        or t.text in GLUE
        or (t.pos_ == "VERB" and t.dep_ == "amod")  # "the Austin-based X"
        for t in between
    )


def owner_not_body(org: Span | None, entry) -> bool:
    """The body named before a title owns what the title heads rather than being it: a private
    position that heads something ("ICE union president X": the union of ICE's officers) never
    heads a government agency or court; a title named after its usual body ("council president" of
    a City Council) is not of an agency or court named before it ("National ICE Council
    President X", the model's name cut to "ICE"). A place before the title stays its body ("Boston
    Council President X"), but what is named before an envoy's title ("Ukraine Ambassador X", "U.N.
    Ambassador X") may be the host or the sender: neither is theirs to be a member of. A place before a
    lawyer's title ("Las Vegas lawyer X", "a Houston attorney") is where they practise: a government's
    lawyer has a title of their own ("city attorney", "state's attorney")."""
    if org is not None and (entry.kind == "envoy" or (entry.kind == "client" and org.label_ == "Place")):
        return True
    if org is None or org.label_ not in ("Agency", "Court") or entry.role != "head":
        return False
    first = entry.title.split()[0]  # "council" of "council president", a word of its body "City Council"
    named_after_body = entry.target == "legislature" and any(first in b.lower().split() for b in entry.body.split(";"))
    return entry.cls == "Person" or (named_after_body and first not in org.text.lower().split())


def tied_before(doc: Doc, org: Span, t_start: int, modifiers: set[str]) -> bool:
    """A body before the title is the title's when only a possessive, adjectives and title modifiers
    stand between ("the FBI's former director", "a Justice Department official"); not "a Ferguson
    protester and a member"."""
    return all(t.pos_ in _BEFORE_POS and t.text not in (",", "(", ")") or t.lower_ in modifiers for t in doc[org.end : t_start])


def part_of_body(doc: Doc, org: Span, t_end: int, stop: int) -> bool:
    """What the title holds is a part of the body: a noun comes between ("co-chair of the litigation
    group at X"), or the body names the owner of a noun after it ("chairman of the Senate's
    immigration subcommittee", "head of the FBI office in Seattle")."""
    if government_words([t.text for t in doc[t_end : org.start]]):
        return False  # "a spokesman for the City of X": the place's own government, no part of it
    nouns = [
        t
        for t in doc[t_end : org.start]
        if (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.ent_type_ == "" and t.text[:1].isupper()))  # "Director of Research at X"
        and t.dep_ not in ("npadvmod", "poss")  # not the owner: "director of the federal government's Bureau of X"
        and doc[t.i + 1].text not in GLUE
        and doc[t.i + 1].tag_ != "POS"
    ]
    if org.start >= t_end and nouns:  # not the "tax" of "the tax-writing Senate Finance Committee"
        return True
    if org.end < min(stop, len(doc)) and org.start >= t_end:
        nxt = doc[org.end]
        if nxt.tag_ == "POS" and any(t.pos_ == "NOUN" for t in doc[org.end + 1 : stop]):
            return True
        j = org.end  # "the House judiciary committee", "the FBI field office": a unit the body's name modifies
        while j < min(stop, len(doc)) and doc[j].text.islower() and doc[j].pos_ in ("ADJ", "NOUN", "PROPN"):
            j += 1
        if j > org.end and doc[j - 1].pos_ == "NOUN" and org.root.head.i in range(org.end, j):
            return True  # the body's name modifies the noun (not "chairman of Breitbart News last week")
    return False


def qualified(doc: Doc, t_start: int, entry) -> bool:
    """A generic title (titles.tsv kind "generic": "officer", "agent", "speaker") written after a word that
    makes it a longer title or an occupation the lexicon does not list: a common noun ("public health
    officer", "real estate agent", "budget officer"), a capitalized word of no entity ("Chief Legal
    Officer"), a hyphenated modifier ("pro-Trump speaker"), adjectives after "a" ("an eloquent speaker"),
    or any words after "chief" ("chief financial officer"). Not after a body ("FBI agent"), an adjective
    of the person ("white officer X") or a title modifier (the caller starts past those)."""
    if entry.kind != "generic" or t_start == 0:
        return False
    prev = doc[t_start - 1]
    if t_start >= 3 and doc[t_start - 2].text == "-" and not (doc[t_start - 3].whitespace_ or doc[t_start - 2].whitespace_):
        return True  # "pro-Trump speaker X", "anti-gun speaker": a description
    if prev.sent != doc[t_start].sent or prev.ent_type_ or prev.is_punct:
        return False
    if prev.lower_ in ("a", "an", "another", "one") and doc[t_start].is_lower and entry.target == "legislature":
        return True  # "another speaker, X": one of several who spoke at an event, no chamber's speaker
    if prev.pos_ == "NOUN" or (prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start):
        return prev.dep_ in ("compound", "nmod", "amod") or prev.head.i == t_start or prev.pos_ == "PROPN"
    i = t_start - 1
    while i > prev.sent.start and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1  # "an eloquent speaker", "a veteran officer": what the person is like, not an office
    if i < t_start - 1 and doc[i].lower_ in ("a", "an"):
        return True
    return any(t.lower_ == "chief" for t in doc[max(prev.sent.start, t_start - 3) : t_start - 1])
