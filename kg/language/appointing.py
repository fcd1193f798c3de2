"""Whether "X appointed / picked / nominated Y" states an appointment to an office.

An appointment is to an office, by someone who can fill it. "Trump picked Jackson" alone, "Becerra
was tapped by Schumer to give the response" and "Biden picked Klobuchar as his running mate" state
none: a weak verb (``weak_verbs``: pick, tap, choose, select) appoints only with an office in its
clause ("as <title>", "for <title>", "to lead / fill / replace ...": ``office_verbs``), and not when
the article says the choice still awaits confirmation ("if the Senate confirms X": ``confirming_verbs``,
a nomination); "named X as <no office>" ("as a key person responsible for Y") appoints to none; an office the members of a body or the voters fill (``elected_offices``: "nominated X
for speaker", "chose X as his vice president") is not appointed by anyone; and a member of a legislature (a title of
``titles.tsv`` with role member and target legislature written before the name: "Rep. X nominated
Y") votes for officers, he does not appoint them. The words are data (``relation_cues.json``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .modality import unrealized


def appoints_to_office(verb: Token, appointee: Span, appointer: Span, cues: dict, lex) -> bool:
    words = _office_words(verb, appointee)
    text = " " + " ".join(t.lower_ for t in words) + " "
    if any(re.search(rf"\b{re.escape(o)}\b", text) for o in cues["elected_offices"]):
        return False
    if _legislator(appointer, lex):
        return False
    office_verbs = set(cues["office_verbs"])
    office = any(t.lemma_.lower() in office_verbs and t.pos_ in ("VERB", "AUX") for t in words) or _names_office(words, lex)
    if not office and any(t.head.lower_ == "as" and t.head.dep_ == "prep" and t.pos_ in ("NOUN", "PROPN") for t in words):
        return False  # "named X as a key person responsible for the project", "named X as a defendant": no office
    if verb.lemma_.lower() not in cues["weak_verbs"]:
        return True
    return office and not _confirmation_pending(appointee, cues["confirming_verbs"])


def _confirmation_pending(appointee: Span, confirming: list[str]) -> bool:
    """ "Trump chose Price to lead HHS ... If the Senate confirms Price, he will oversee ...": a choice
    the article says still awaits its confirmation (a confirming verb of a plan or a condition, in a
    sentence naming the chosen person) is a nomination, not yet an appointment."""
    surname = appointee[-1].text
    for sent in appointee.doc.sents:
        if not any(t.text == surname for t in sent):
            continue
        if any(t.lemma_.lower() in confirming and t.pos_ in ("VERB", "AUX") and unrealized(t) for t in sent):
            return True
    return False


def _office_words(verb: Token, appointee: Span) -> list[Token]:
    """The words that say what ``verb`` appoints to: its (and its object's) "as" / "for" phrases and
    its "to"-clauses ("chose X to lead the department")."""
    out: list[Token] = []
    for head in (verb, appointee.root):
        for c in head.children:
            if (c.dep_ == "prep" and c.lower_ in ("as", "for", "to")) or (
                c.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(a.lower_ == "to" for a in c.children)
            ):
                out += [t for t in c.subtree if not (appointee.start <= t.i < appointee.end)]
    return out


def _legislator(person: Span, lex) -> bool:
    """A title written right before the name that makes its holder a member of a legislature."""
    doc = person.doc
    for n in (1, 2):
        if person.start - n < 0:
            break
        words = doc[person.start - n : person.start]
        title = lex.title(words.text)
        if title is not None:
            return title.role == "member" and title.target == "legislature"
    return False


def _names_office(words: list[Token], lex) -> bool:
    """Whether ``words`` hold a title of the lexicon, of one to four words ("chief of staff")."""
    low = [t.lower_ for t in words]
    return any(lex.title(" ".join(low[i : i + n])) is not None for i in range(len(low)) for n in range(1, 5))
