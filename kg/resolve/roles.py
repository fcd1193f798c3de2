"""Where a title puts its holder (a mixin of :class:`kg.resolve.corefs.Clusters`): the body a titled
person heads or serves in when the sentence names only a place, or nothing ("Boston Police
Commissioner X" -> the Boston police department the article names; "Justice X" -> the one supreme
court it names; "Mayor X" -> the article's city), and which persons hold a public office.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..language.titleowners import named_owner_before, title_of_named_body
from ..language.titleowners import past_modifiers as _past_modifiers
from ..language.titleowners import past_stripped as _past_stripped
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .articlecity import ArticleCity
from .chambers import Chambers
from .holders import ListedHolders
from .listed import ListedOfficials, holder_key


class TitleRoles(ArticleCity, Chambers, ListedHolders, ListedOfficials):
    """Needs ``mentions``, ``official``, ``place_kinds``, ``find``, ``_name``, ``_label``, ``_key``,
    ``root_of`` and ``label_of`` from :class:`kg.resolve.corefs.Clusters`."""

    def body_for_title(self, org: str | None, t: dict, person: str | None = None) -> str | None:
        """The body a title holder belongs to: the named org, or the agency of a named place
        ("Boston Police Commissioner" -> the Boston police department named in the article), or
        else the place itself (the caller makes that ``memberOf``, not ``heads``). A title without
        a body, held by a person the article already gave it with a place ("California Attorney
        General X" ... "Attorney General X"), gets no default body."""
        if org is None:
            if person is not None and (self.root_of(person), _title_word(t)) in self._placed_titles():
                return None
            org = self._state_of_state_title(t)
            if org is None:
                return self._default_place(t, person) or self.chamber_for_title(t, None) or self._default_body(t)
        root = self.root_of(org)
        if t.get("target") == "legislature" and self.mentions[root][3] == "Place":
            chamber = self.chamber_for_title(t, org)  # "California state Sen. X": the California State Senate
            if chamber is not None:
                return chamber
        if self.mentions[root][3] != "Place" or t.get("target") in ("place", ""):
            return org
        place = self._name(root)
        words = [w for w in (t.get("title") or "").split() if w[:1].isupper()]
        words = words[:-1] or words  # "Police Commissioner" -> the Police department; "Sheriff" -> the Sheriff's office
        for r in sorted({self.find(i) for i in range(len(self.mentions))}):
            name = self._name(r)
            if self._label(r) == "Agency" and name.startswith(place) and any(w in name for w in words):
                return self._key(r)
        if self.place_kinds.get(place) == "country":  # "US Attorney General X": the article's one Justice Department
            return self._default_body(t) or org
        return org  # no such agency named: the holder serves in the place ("Travis County Sheriff X")

    def _state_of_state_title(self, t: dict) -> str | None:
        """The state a title written after "state" holds its office in ("X, the state attorney general",
        "the state's agriculture commissioner", "State Treasurer X"): the one U.S. state the article
        names, when it names no other (nor a bare name that may be a state: "New York"). Not a state
        legislator's title (``chamber_for_title`` finds the chamber)."""
        if t.get("target") in ("legislature", None):
            return None
        at = (t.get("at") or t["person"])[0]
        before = self.text[max(0, at - 30) : at]
        if not _after_state(before) or (t.get("cls") != "Official" and not re.search(r"\b[Tt]he state['’]s $", before)):
            return None  # not "the group's state director X", "State's Attorney X" (a county's): "the state's director"
        roots = {self.find(i) for i, m in enumerate(self.mentions) if m[3] == "Place"}
        states = {r for r in roots if self._name(r) in _state_names()}
        named = [r for r in states if self.place_kinds.get(self._name(r)) == "state"]
        return self._key(named[0]) if len(states) == 1 and len(named) == 1 else None

    def placeless(self, org: str) -> bool:
        """Whether ``org`` is named only as every city or county names a body ("the Police Department":
        ``city_body_names``, ``county_body_names``): a node that tells not whose, which no title holder heads."""
        name = self._name(self.root_of(org))
        return (name[4:] if name.lower().startswith("the ") else name) in _placeless_names()

    def named_fully(self, org: str, word: str) -> bool:
        """Whether the article names the body ``org`` by more than the ``word`` a title was written with
        ("Education" of "Education Secretary X" merged into the U.S. Department of Education it names)."""
        return self._name(self.root_of(org)) != word

    def _default_body(self, t: dict) -> str | None:
        """The one body of the article a title with no named body must belong to, by the title's
        body hint: "Justice X" in an article naming one supreme court, "Police Commissioner X" in one
        naming one police department. None when there are several or none, or no hint."""
        target = t.get("target")
        hints = [h.strip().lower() for h in (t.get("body") or "").split(";") if h.strip()]
        if not hints:
            return None  # "Judge X" in an article naming an appeals court: often a judge of another court
        at = t.get("at")
        if at and self.text[max(0, at[0] - 7) : at[0]].lower().split()[-1:] == ["state"]:
            return None  # "State Attorney General X": a state's office, not the article's one (federal) department
        label = {"court": "Court", "agency": "Agency", "legislature": "Agency"}.get(target)
        if label is None:
            return None
        roots = {self.find(i) for i, m in enumerate(self.mentions) if m[3] == label}
        fits = {r for r in roots if self._label(r) == label and any(h in self._name(r).lower() for h in hints)}
        return self._key(fits.pop()) if len(fits) == 1 else None

    def _default_place(self, t: dict, person: str | None) -> str | None:
        """The place a title naming none ("Mayor X", "Gov. X", "President X") puts its holder in, when the
        article names it: a country's office when a demonym qualifies the title ("Mexican President X") or
        the holder is on its list (``officeholders.json``); a governor's state by ``governors.tsv``; else a
        city or state named in the title's sentence when it names one of that kind ("Gov. X signed the Ohio
        bill"); a mayor's city by :mod:`kg.resolve.articlecity`. Never merely the most-named place (2 in 3 right).
        "President X"'s country is added if unnamed (in both corpora "President <a listed surname>" is him)."""
        title = (t.get("title") or "").lower()
        kind = _place_titles().get(title.split()[-1] if title else "")
        if not isinstance(kind, str) or t.get("target") != "place":
            return None
        if kind == "country":
            at = t.get("at") or t["person"]
            office = "vice president" if title.endswith("vice president") else "president"
            country = _demonym_before(self.text, at[0]) or _country_of_holder(
                self._name(self.root_of(person)) if person else "", office
            )
            named = self.place_named(country) if country else None
            if country and named is None and office == "president" and "former" not in title:
                named = self.body_named([country], t, "Place")  # not a former nor a vice president's: the references'
            return named
        if kind == "state" and (listed := self.listed_governorship(t, person)) is not None:
            return listed or None  # "Gov. X": the state the list says X governed, if the article names it
        s, e = t["sent"]
        counts: Counter = Counter()
        for i, m in enumerate(self.mentions):
            if m[3] == "Place":
                lex_kind = self.place_kinds.get(self._name(self.find(i)))
                if (kind == "city" and lex_kind is None) or lex_kind == kind:
                    counts[self.find(i)] += 1 if not s <= m[0] < e else 1 << 20
        here = [r for r, n in counts.items() if n >= 1 << 20] or self.city_of_article(t, kind)
        return self._key(here[0]) if len(here) == 1 else None  # never the article's most-named place (issue 14)

    def place_named(self, name: str) -> str | None:
        """The article's place ``name`` (or one the lexicon says is it: "U.S."); None if the article names none."""
        for i, m in enumerate(self.mentions):
            if m[3] == "Place" and name in (n := self._name(self.find(i)), getattr(load_lexicon().place(n), "name", None)):
                return self._key(self.find(i))
        return None

    def _placed_titles(self) -> set:
        if not hasattr(self, "_placed"):
            self._placed: set[tuple[int, str]] = set()
        return self._placed

    def note_role(self, person: str, t: dict, org: str | None) -> None:
        cls = t.get("cls")
        org_label = self.label_of(org) if org else None
        if org_label == "Place":
            self._placed_titles().add((self.root_of(person), _title_word(t)))
        if (
            cls == "Official"
            and org_label == "Organization"
            and title_of_named_body(t.get("title") or "", self._name(self.root_of(org)))
        ):
            cls = "body"  # "Family Research Council President X": the group's president, no city council's
        if cls == "Person":
            self.note_private(person)  # "X, a student": not the legislator of that name
        if cls == "Official" or (org_label in ("Agency", "Court", "Place") and cls != "Person"):
            self.official.add(self.root_of(person))
        elif (
            org is None
            and cls == "body"
            and t.get("rule") == "title-premodifier"
            and (office := _past_stripped(t.get("title") or ""))[:1].isupper()
            and _place_titles().get(office.lower()) == "country"
            and not named_owner_before(self.text, (t.get("at") or t["person"])[0])  # not "CitizenLink President X"
        ):
            self.official.add(self.root_of(person))  # "(former) President X" with no country named: a head of state
        elif (
            org is None
            and t.get("role") == "head"
            and t.get("rule") == "title-premodifier"
            and _committee_of_chamber(self.text, t)
        ):
            self.official.add(self.root_of(person))  # "House Education Chairman X": a legislator chairs it


def _committee_of_chamber(text: str, t: dict) -> bool:
    """ "House Education Chairman X", "U.S. Senate Finance Chair X": a head title written after a chamber
    of Congress (``legislatures.json``) and the committee's subject; not "White House Budget Chairman"."""
    at = (t.get("at") or t["person"])[0]
    chambers = "|".join(sorted({n.split()[-1] for k in ("upper", "lower") for n in _chambers()["federal"][k]}))
    m = re.search(r"(?:^|(\S+) )(?:" + chambers + r")((?: [A-Z][\w&]*){1,3}) $", text[max(0, at - 80) : at])
    before = (m.group(1) or "").split("-")[-1] if m else "X"  # "now-White House ...": the White House
    return m is not None and (not before[:1].isupper() or before.isupper() or before.endswith("."))


def _after_state(before: str) -> bool:
    """Whether a title follows "state" ("the state's", "former state", "State" opening a sentence),
    not a name ending in State ("Islamic State", "Ohio State", "Secretary of State")."""
    words = before.split()
    if not words or before[-1:] != " " or re.fullmatch(r"[Ss]tate(?:['’]s)?", words[-1]) is None:
        return False
    prev = words[-2] if len(words) > 1 else ""
    return prev != "of" and (not prev[:1].isupper() or prev[-1] in '.!?"”' or prev == "The" or prev.lower() in _past_modifiers())


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """Every name of a U.S. state, bare ones included ("New York", "Washington": maybe the state)."""
    return frozenset(n for p in load_lexicon().places if p.kind == "state" for n in (p.name, p.label, *p.aliases))


@lru_cache(maxsize=1)
def _placeless_names() -> frozenset[str]:
    data = load_json("entity_patterns.json")
    return frozenset(data["city_body_names"]) | frozenset(data["county_body_names"])


@lru_cache(maxsize=1)
def _chambers() -> dict:
    return load_json("legislatures.json")


def _title_word(t: dict) -> str:
    return (t.get("title") or "").lower().split()[-1] if t.get("title") else ""


def _country_of_holder(name: str, office: str) -> str | None:
    """The country whose ``office`` the person named ``name`` held: their full name is on the list,
    or a one-word name is the surname of someone on it ("Obama")."""
    key = holder_key(name)
    for country, offices in _data()["holders"].items():
        names = offices.get(office, [])
        if key in {holder_key(n) for n in names} or (" " not in name and name in {n.split()[-1] for n in names}):
            return country
    return None


def _demonym_before(text: str, at: int) -> str | None:
    """The country a demonym right before a title names ("Mexican President X"), if any."""
    m = re.search(r"(\S+(?: \S+)?) +$", text[max(0, at - 40) : at])
    words = m.group(1) if m else ""
    for country, names in _data()["demonyms"].items():
        if words in names or words.split(" ")[-1] in names:
            return country
    return None


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_json("officeholders.json")


@lru_cache(maxsize=1)
def _place_titles() -> dict:
    return load_json("entity_patterns.json")["place_titles"]
