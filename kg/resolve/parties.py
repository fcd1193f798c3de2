"""A person's political party, as news writes it around the name (issue 15): a legislator's label after
the name ("Sen. Pat Roe (R-Kan.)", "Rep. Jane Roe, D-Calif.,"), the party word before the name and its
titles ("Republican Sen. Pat Roe", "Democrat Jane Roe", "Senate Republican Leader Pat Roe") or an
apposition naming the party's member ("Jane Roe, a Democrat from Ohio,", "Pat Roe, the Republican
nominee,", "Pat Roe, a Democratic senator from Maryland,": an elected office of titles.tsv after the
adjective): a member of that party, when the article names the party itself ("the Republican Party",
"Republicans", "the GOP": one entity per party) so that the party is a node of its own, and names no
state's affiliate of it ("the Kentucky GOP": the bare party may be read as that one, kg.resolve.affiliates).
When the article names no such party, a singular party word written out before the name or in the apposition
("Democratic Sen. Pat Roe", "Pat Roe, a Democrat,") adds the party the lexicon's bodies.tsv names "<word> Party";
a label's letter alone ("(D-Md.)") does not, nor a plural before a name (a headline's "Democrats Slam Pat Roe").
The party of a plural title before a list goes to every name of the list ("Republican Reps. A, B and C");
an apposition without an article ends at the party noun ("Mr. Roe, California Republican, said").

Not a party word in a longer lower-case phrase before the name ("Democratic strategist X", "Republican
donor X": described, not said to be members), nor "former" ("a former Republican"), nor a hyphenated
word ("a Republican-appointed judge"). The party words and label letters are ``descriptors`` in
relation_cues.json. Evidence: the person's sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..core.records import Fact
from ..language.cues import cues
from ..language.descriptors import opens_with_state, party_label_after, party_of_word
from ..lexicon.load import load_lexicon
from .partylists import counted_members

PEOPLE = ("Person", "Official")
RULES = ("party-label-member", "party-word-member", "party-count-list")
_ELECTED = ("legislature", "place")  # titles.tsv targets of offices held by election


def party_facts(doc: Doc, roots, facts: list[Fact], text: str, evidence) -> list[Fact]:
    """memberOf facts from persons to the party the text gives them, for the parties the article names."""
    parties: dict[str, set[str]] = {}
    affiliates: set[str] = set()  # "the Kentucky GOP": the article's bare party may be read as that state's
    for r, name in roots.name.items():
        if roots.label[r] != "Organization":
            continue
        if roots.clusters.is_party(roots.key[r]) and (party := party_of_name(name)) is not None:
            parties.setdefault(party, set()).add(roots.key[r])
        elif opens_with_state(name):
            affiliates |= {p for w in name.split()[1:] if (p := party_of_word(w) or party_of_word(w.removesuffix("s")))}
    parties = {p: keys for p, keys in parties.items() if p not in affiliates}
    has = {(f.subj, f.obj) for f in facts if f.prop in ("memberOf", "heads")}
    out: list[Fact] = []
    listed: tuple[str, int] | None = None  # "Republican Reps. A, B and C": the party and the list's last end
    counted = counted_members(roots.clusters.mentions, text, [(x.start_char, x.end_char) for x in doc.sents])
    for i, (s, e, _, label) in enumerate(roots.clusters.mentions):
        if label not in PEOPLE:
            continue
        sent = doc.char_span(s, e, alignment_mode="expand").sent
        found = party_label_after(text, e)
        rule, plural = RULES[0], False
        if found is None:
            (found, plural), rule = _party_around(text, s, e, sent.start_char, sent.end_char), RULES[1]
        if found is None and listed is not None and _LIST_GAP.fullmatch(text[listed[1] : s]):
            found = listed[0]  # the next item of the list the plural title opened
        if found is None and i in counted:
            found, plural, rule = counted[i], True, RULES[2]  # "nine Republicans ...: Reps. A, B, ... and I"
        listed = (found, e) if found and (_plural_title(text, s, sent.start_char) or listed and found == listed[0]) else None
        keys = parties.get(found or "", set())
        if (
            not keys
            and rule == RULES[1]
            and found
            and not plural
            and found not in affiliates
            and (body := _party_bodies().get(found))
        ):
            keys = parties[found] = {roots.clusters.body_named([body], {"person": (s, e)}, "Organization")}
        if len(keys) != 1:
            continue
        person, org = roots.key[roots.root[i]], next(iter(keys))
        if person == org or (person, org) in has:
            continue
        out.append(
            Fact(person, "memberOf", evidence(text, sent.start_char, sent.end_char), obj=org, rule=rule, component="articlefacts")
        )
        has.add((person, org))
    return out


def party_of_name(name: str) -> str | None:
    """The party an organization's name is ("the Republican Party", "Republicans", "GOP"), else None."""
    words = name.removeprefix("the ").split()
    if len(words) == 2 and words[1] == "Party":
        return party_of_word(words[0])
    if len(words) == 1:
        return party_of_word(words[0]) or party_of_word(words[0].removesuffix("s"))
    return None


_LABEL = r"(?:\s+of\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}|\s*\([DRI]-[^)]{1,20}\)|,\s*[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
_LIST_GAP = re.compile(_LABEL + r"\s*(?:,|,?\s+and)\s+")  # "A of West Virginia, and B", "A (R-Ky.), B", "A, R-Utah, and B"


def _plural_title(text: str, start: int, sent_start: int) -> bool:
    """Whether a plural title of persons is written right before the name ("Reps. ", "Sens. ")."""
    m = _patterns()["before"].search(text[max(sent_start, start - 80) : start])
    return (
        m is not None
        and re.search(r"\b(?:[A-Z][a-z]*s\.|Senators|Representatives|Congressmen|Lawmakers)\s", m.group(0)) is not None
    )


def _party_around(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[str | None, bool]:
    """The party word written right before the name (and its capitalized titles), or in an apposition
    right after it, and whether it was written in the plural before the name ("Republicans Sen. ...")."""
    p = _patterns()
    m = p["before"].search(text[max(sent_start, start - 80) : start])
    if m is not None:
        return party_of_word(m.group("w")), bool(m.group("s"))
    m = p["after"].match(text[end:sent_end])
    if m is None:
        return None, False
    return party_of_word(m.group("w") or m.group("a") or m.group("b")), False


@lru_cache(maxsize=1)
def _party_bodies() -> dict[str, str]:
    """Each party (as ``party_of_word`` names it) -> the name of its bodies.tsv row "<word> Party"."""
    out: dict[str, str] = {}
    for b in load_lexicon().named:
        words = b.name.split()
        if b.cls == "Organization" and len(words) == 2 and words[1] == "Party" and (party := party_of_word(words[0])):
            out.setdefault(party, b.name)
    return out


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    words = [w for w in cues()["descriptors"]["party_words"] if w[:1].isupper()]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in words if party_of_word(w) == w)  # "Democrat", not "Democratic"
    titles = r"(?:(?:[A-Z][\w.]*|U\.S\.|state)\s+){0,4}"  # "Sen. ", "Senate ... Leader ", "state Sen. "
    elected = "|".join(  # "a Democratic senator": an office won in an election (titles.tsv)
        sorted(
            (re.escape(t.title) for t in load_lexicon().titles if t.cls == "Official" and t.target in _ELECTED),
            key=len,
            reverse=True,
        )
    )
    return {
        "before": re.compile(rf"(?<![\w’'-])(?<!former )(?P<w>{alt})(?P<s>s?)\s+{titles}$"),
        "after": re.compile(
            rf"\s*,\s*(?:(?:a|the)\s+(?:[A-Z][\w.]*\s+)?(?:(?P<w>{nouns})(?![\w-])(?!\s+(?:Party|National))"
            rf"|(?P<a>{alt})\s+(?i:{elected})(?![\w-]))"
            rf"|(?:[A-Z][\w.]*\s+){{0,2}}(?P<b>{nouns})(?=\s*[,;.)]|\s+of\s))"  # "X, California Republican, said"
        ),
    }
