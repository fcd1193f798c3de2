"""A person the text names by a descriptor: "said the Utah Republican", "the GOP senator from Ohio".

A descriptor is a definite noun phrase ("the ...") that holds a party word or a state's name. It
means the one person of the article, named before it, whose own mentions carry the same party,
state and title: a legislator's label ("Sen. Jane Roe, R-Utah," or "(D-Calif.)"), an apposition
("Jane Roe, a Utah Republican,"), a title before the name ("Utah Sen. Jane Roe"). Several such
persons, or none: the descriptor names nobody (never an entity called "Utah Republican").
The party words and letters are ``descriptors`` in relation_cues.json; the states come from
places.tsv. A member of Congress whose mentions leave out party or state ("Chairman Orrin Hatch", "Rep. Neal P.
Dunn" listed without his middle initial) has
the party and state of legislators.tsv, when every listed member of that full name has the same and the
text does not contradict it; a match made so is dropped when another person named before shares a surname
with a listed member the descriptor fits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..lexicon.legislators import chamber_titles_by_name, holder_key, load_legislators
from ..lexicon.load import load_lexicon
from .cues import cues
from .descriptortitles import note_descriptor_title
from .text import doc_text

NOT_A_DESCRIPTOR = object()  # returned when the phrase holds no party or state: other rules decide
WINDOW = 12  # tokens after a name where its label or apposition is looked for
BEFORE = 4  # tokens before a name where a title's place or party is looked for


@lru_cache(maxsize=1)
def party_words() -> frozenset[str]:
    """The capitalized party words of ``party_words`` in relation_cues.json ("Republican", "GOP"), as
    written before a title or a chamber ("GOP Gov. X", "a Republican Senate")."""
    return frozenset(w for w in cues()["descriptors"]["party_words"] if w[:1].isupper())


def has_party_label(text: str) -> bool:
    """Whether ``text`` has a legislator's party-and-state label ("R-Texas", "D-Calif.", "R., N.Y.")."""
    return _words()[2].search(text) is not None


def party_label_after(text: str, end: int) -> str | None:
    """The party of a legislator's label written right after a name ending at ``end`` ("Pat Roe (R-Kan.)",
    "Jane Roe, D-Calif.,", "(R., Ohio)"): the party word of ``party_letters`` ("Republican"), else None."""
    _, _, label_rx, names = _words()
    m = re.match(r"\s*(?:\(|,)\s*", text[end : end + 4])
    if m is None:
        return None
    hit = label_rx.match(text, end + m.end())
    return names.get(hit.group("p")) if hit is not None else None


def opens_with_state(name: str) -> bool:
    """Whether ``name`` starts with a U.S. state's name ("Kentucky GOP", "Iowa Republican Party")."""
    return _words()[1].match(name) is not None


def party_of_word(word: str) -> str | None:
    """The party a party word names ("GOP" -> "Republican", "Democratic" -> "Democrat"), else None."""
    return _words()[0].get(word)


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, str], re.Pattern, re.Pattern, dict[str, str]]:
    c = cues()["descriptors"]
    states: dict[str, str] = {}
    for p in load_lexicon().places:
        if p.kind == "state":
            for n in (p.name, *p.aliases):
                states[n] = p.name
            if p.postal:
                states.setdefault(p.postal, p.name)  # only inside a party label (below)
    names = "|".join(sorted((re.escape(n) for n in states if len(n) > 2 or "." in n), key=len, reverse=True))
    codes = "|".join(sorted(map(re.escape, states), key=len, reverse=True))
    letters = "".join(sorted(c["party_letters"]))
    state_rx = re.compile(rf"(?<![\w.])(?:{names})(?![\w])")
    label_rx = re.compile(rf"(?<![\w])(?P<p>[{letters}])\.?\s?[-–,]\s?(?P<s>{codes})(?![\w])")
    return c["party_words"], state_rx, label_rx, {**states, **{k: v for k, v in c["party_letters"].items()}}


@lru_cache(maxsize=1)
def _listed() -> dict[str, tuple[str, str]]:
    """holder_key of each full name of a member of Congress -> (party, state), for the names all of whose
    listed members share one party and state."""
    names = _words()[3]
    seen: dict[str, set[tuple[str, str]]] = {}
    for leg in load_legislators():
        if leg.party in names and leg.state in names:
            for form in leg.forms:
                seen.setdefault(holder_key(form), set()).add((names[leg.party], names[leg.state]))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, set[tuple[str, str]]]:
    """Each surname of a listed member of Congress -> the (party, state) pairs of the members of that name."""
    names = _words()[3]
    out: dict[str, set[tuple[str, str]]] = {}
    for leg in load_legislators():
        if leg.party in names and leg.state in names:
            out.setdefault(leg.last, set()).add((names[leg.party], names[leg.state]))
    return out


def _features(text: str, labels: bool) -> tuple[set[str], set[str]]:
    """(parties, states) a stretch of text names."""
    party_of, state_rx, label_rx, names = _words()
    parties = {party_of[w] for w in re.findall(r"[\w]+", text) if w in party_of}
    states = {names[m.group().strip()] for m in state_rx.finditer(text) if m.group().strip() in names}
    if labels:
        for m in label_rx.finditer(text):
            parties.add(names[m.group("p")])
            states.add(names[m.group("s")])
    return parties, states


def profile_text(e: Span) -> str:
    """The text around a person mention that describes them: the title words right before the name
    ("Utah Sen.", "Senate Democratic Leader") and the label or apposition right after it (", R-Utah,",
    "(D-Calif.)", ", a Utah Republican,": up to a closing parenthesis or the second comma)."""
    doc, sent = e.doc, e.sent
    start = e.start
    while start > max(sent.start, e.start - BEFORE) and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN", "PUNCT"):
        if doc[start - 1].text in (",", "(", ")", "“", "”", '"'):
            break
        start -= 1
    end, commas = e.end, 0
    if end < sent.end and doc[end].text in (",", "("):
        while end < min(sent.end, e.end + WINDOW):
            t = doc[end]
            commas += t.text == ","
            end += 1
            if t.text == ")" or commas == 2:
                break
    return doc[start:end].text


def _initials_left(e: Span) -> tuple[str, str] | None:
    """The listed party and state of "Rep. Neal P. Dunn" when the list knows him without his middle
    initials ("Neal Dunn")."""
    words = [t.text for t in e if not re.fullmatch(r"[A-Z]\.?", t.text)]
    return _listed().get(holder_key(" ".join(words))) if 1 < len(words) < len(e) else None


class Descriptors:
    """Built once per document from its person mentions and the titles it gives them."""

    def __init__(self, persons: list[Span], titled: list[tuple[tuple[int, int], str, str]]):
        self.persons = persons
        self.profiles: dict[str, tuple[set[str], set[str]]] = {}
        for e in persons:
            parties, states = _features(profile_text(e), labels=True)
            have = self.profiles.setdefault(e[-1].text, (set(), set()))
            have[0].update(parties)
            have[1].update(states)
        self.listed: set[str] = set()  # "Chairman Orrin Hatch": a listed member's party and state the text leaves out
        self.listed_roles: dict[str, set[str]] = {}  # and the titles of the chamber they sit in: "the Kentucky senator"
        for e in persons:
            have = self.profiles[e[-1].text]
            if len(e) > 1 and not (have[0] and have[1]) and (known := _listed().get(holder_key(e.text)) or _initials_left(e)):
                if have[0] <= {known[0]} and have[1] <= {known[1]}:
                    self.profiles[e[-1].text] = ({known[0]}, {known[1]})
                    self.listed.add(e[-1].text)
                    self.listed_roles.setdefault(e[-1].text, set()).update(chamber_titles_by_name().get(holder_key(e.text), ()))
        self.roles: dict[str, set[str]] = {}
        for _span, word, surname in titled:
            self.roles.setdefault(surname, set()).add(word)

    def of(self, t: Token):
        """The (start, end) of the person a descriptor headed by ``t`` means, None when it means no
        single person, or NOT_A_DESCRIPTOR."""
        if t.ent_type_ not in ("", "NORP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return NOT_A_DESCRIPTOR
        words = [x for x in t.subtree if x.dep_ != "det" and not x.is_punct]
        parties, states = _features(" ".join(x.text for x in words), labels=False)
        if not parties and not states:
            return NOT_A_DESCRIPTOR
        role = t.lower_ if t.pos_ == "NOUN" or t.text.islower() else None
        before = [e for e in self.persons if e.end_char <= t.idx]
        matched = {surname for surname in {e[-1].text for e in before} if self._fits(surname, parties, states, role)}
        if len(matched) != 1 or matched & self.listed and self._listed_rival(before, matched, parties, states):
            return None
        before = [e for e in before if e[-1].text in matched]
        (surname,) = matched
        if role is not None and role not in self.roles.get(surname, ()):  # "the Kentucky senator": the list's title
            note_descriptor_title(before[-1], role, t)
        return before[-1].start_char, before[-1].end_char

    def _listed_rival(self, before: list[Span], matched: set[str], parties: set[str], states: set[str]) -> bool:
        """Whether another person named before, whose mentions do not rule the descriptor out, shares a
        surname with a listed member it fits ("McConnell" alone before "the Kentucky Republican" that
        the listed Rand Paul fits too): a match the list made is then no longer the only one."""
        for surname in {e[-1].text for e in before} - matched:
            have_parties, have_states = self.profiles[surname]
            if (not have_parties or parties <= have_parties) and (not have_states or states <= have_states):
                if any(parties <= {p} and states <= {s} for p, s in _by_surname().get(surname, ())):
                    return True
        return False

    def _fits(self, surname: str, parties: set[str], states: set[str], role: str | None) -> bool:
        """A descriptor with a title ("the Texas governor") fits the person with that title unless
        their own mentions name another party or state; one without ("the Utah Republican") fits
        only a person whose mentions name its party and state."""
        have_parties, have_states = self.profiles[surname]
        if role is None:
            return parties <= have_parties and states <= have_states
        return (
            (role in self.roles.get(surname, ()) or role in self.listed_roles.get(surname, ()))
            and (not have_parties or parties <= have_parties)
            and (not have_states or states <= have_states)
        )


_PAST_BEFORE = re.compile(r"\b(?i:former|ex-|late)\s+(?:[A-Z][\w.'’-]*,?\s+){1,3}$")


def titled_persons(doc, persons: list[Span]) -> list[tuple[tuple[int, int], str, str]]:
    """(person's span, the last word of their title, their surname) for each person the article titles,
    not those titled "former" ("Kasich, a former congressman"), and not those whose title is of an
    organization when news writes the title bare for a national office (``national_titles`` of
    relation_cues.json: "the president said" is never "Fox News President X")."""
    titles = (doc._.kg_titles or []) if doc.has_extension("kg_titles") else []
    surname = {(e.start_char, e.end_char): e[-1].text for e in persons}
    national = set(cues()["descriptors"]["national_titles"])
    orgs = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "Organization"}
    out, text = [], doc_text(doc)  # spaCy joins every token on each read of doc.text: once per document
    for t in titles:
        if not t.get("title") or t["title"].lower().startswith(("former ", "ex-")):
            continue
        if t.get("at") and _PAST_BEFORE.search(text[max(t["sent"][0], t["at"][0] - 60) : t["at"][0]]):
            continue  # "former Canada Prime Minister X": "former" before the place that opens the title
        word = t["title"].split()[-1].lower()
        if word in national and t.get("org") and tuple(t["org"]) in orgs:
            continue
        out.append((tuple(t["person"]), word, surname.get(tuple(t["person"]), "")))
    return out
