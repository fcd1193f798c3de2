"""The chamber a legislator's title puts its holder in (a mixin of :class:`kg.resolve.corefs.Clusters`
through :class:`kg.resolve.roles.TitleRoles`).

"Sen. X (D-Calif.)", "Rep. X, R-Mich.", "Congresswoman X": the U.S. Senate or House; "state Sen. X",
"Assemblywoman X", "Del. X": the chamber of the state, named as that state names it ("California
State Assembly", "Maryland House of Delegates", ``legislatures.json``, complete for the 50 states).
Which level a bare "Sen." or "Rep." is comes from the text, else it is unknown:

- a title qualified by a state but not by "state" ("Vermont Sen. X", "California Rep. X"), a
  party-and-state parenthetical after the name ("(D-Calif.)", ", R-Mich.,", "(D., N.Y.)") or a state
  after it ("Senator X, Democrat of Virginia", "Senator X of Arizona", "Sens. A, Maine, and B, Kentucky")
  is a member of Congress; a
  party-and-city parenthetical ("(R-Costa Mesa)") a state legislator;
- otherwise the article: one that speaks of Congress (Capitol Hill, congressional, U.S. Senate ...)
  and of no state legislature is about Congress; one that speaks of a state legislature (state Sen.,
  the Legislature, General Assembly, Assemblyman ...) and not of Congress, and names the state's
  chamber of that title ("the Missouri House"), is about that chamber; otherwise a bare "Sen." is
  unknown.

A state legislator's state is the state the title names ("California state Sen. X"), else the state
the article is about (named at least twice and twice as often as any other), else the one state
named in the sentence. The chamber is added as an entity of the article (mentioned by the title) when
the article does not name it, with the state's other names for it as aliases.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..language.statebodies import dominant
from ..lexicon.load import load_lexicon
from ..lexicon.resources import load_json
from .listedchambers import listed_in as _listed_in
from .listedchambers import state_chamber_named
from .listedchambers import unlisted as _unlisted

_FEDERAL = re.compile(
    r"\b(?:Congress|[Cc]ongressional|Congress(?:wo)?man|Capitol Hill|U\.?S\.? (?:Senate|House|Sen\.|Rep\.)|United States (?:Senate|House))\b"
)
_STATE = re.compile(
    r"\b(?:[Ss]tate (?:Sen\.|Rep\.|[Ss]enat|[Hh]ouse|[Aa]ssembl|[Ll]egislat|[Rr]epresentative|[Cc]apitol)|"
    r"Legislature|General Assembly|Assembly(?:man|woman| ?member)|[Ss]tatehouse|House of Delegates)"
)
_OF_STATE = re.compile(
    r"^\s*,?\s*(?:(?:a |the )?(?:Democrat|Republican|[Ii]ndependent) )?of (?P<where>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?![\w'’]| [A-Z])"
)
_SET_OFF_STATE = re.compile(r"^\s*,\s*(?P<where>[A-Z][\w.]*(?: [A-Z][\w.]*)?)\s*(?:,|\)|\.(?!\w))")
_PAREN = re.compile(
    r"^\s*(?:\(|,)\s*(?:[DRI]|Dem|Rep|Ind)\.?\s*(?:-|–|,)\s*(?P<where>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\s*(?:\)|,|\.)"
)


class Chambers:
    """Needs ``text``, ``mentions``, ``parent``, ``canonical``, ``place_kinds``, ``find``, ``_name``,
    ``_key``, ``root_of`` and ``label_of`` from :class:`kg.resolve.corefs.Clusters`."""

    def chamber_for_title(self, t: dict, org: str | None) -> str | None:
        """The chamber of a legislator's title (None when the title is not a legislator's, or the
        text does not say which chamber). ``org``: the place the title names, if any."""
        entry = _title_entry(t.get("title") or "")
        if entry is None:
            return None
        chamber, level, must = entry
        if (
            t.get("rule") != "title-premodifier"
            and not (t.get("title") or "")[:1].isupper()
            and chamber == "lower"
            and level != "federal"
        ):
            return None  # "X, a representative of the union": not a lawmaker's title ("a congressman" is one)
        named = self._name(self.root_of(org)) if org is not None else None
        state = _state_of_place(named) if named is not None else None
        guessed = level == "either"
        if guessed and state is not None and not re.search(r"\b[Ss]tate\b", t.get("title") or ""):
            level, guessed = "federal", False  # "Vermont Sen. X", "California Rep. X": a member of Congress
            if _STATE.search(self.text) and _unlisted(self.text[t["person"][0] : t["person"][1]]):
                level = "state"  # "Colorado Senator X" in an article on a state legislature, X no member of Congress
        elif guessed:
            level, guessed = self._level(t, chamber)
        if level == "federal":
            return self.body_named(_data()["federal"][chamber], t)
        if level != "state":
            return None
        state = state or self._state_of(t)
        names = _data()["states"].get(state or "", {}).get(chamber) or _data()["states"].get(state or "", {}).get("legislature")
        if not names or (must and not any(must in n for n in names)):
            return None
        if guessed and self._named_body(names) is None:
            return None  # "Rep. X" in an article on a state's legislature that never names its House
        return self.body_named(names, t)

    def mark_party_labelled(self) -> None:
        """ "Carl Dunmore (R-Ky.)", "Sens. A, R-Ohio, B, R-Utah, and C, R-Iowa": a party-and-state label
        after a person's name is a legislator's (or "(R-Costa Mesa)", a state legislator's), so the person
        holds a public office even when no title says which."""
        for i, (_, e, _, label) in enumerate(self.mentions):
            m = _PAREN.match(self.text[e : e + 40]) if label in ("Person", "Official") else None
            if m and (
                self.text[e:].lstrip()[:1] == "(" or _state_named(m.group("where").rstrip(".,")) or _state_named(m.group("where"))
            ):
                self.official.add(self.find(i))

    def chamber_of_word(self, word: str, t: dict, org: str) -> str | None:
        """The body ``org`` of a legislature title written with a bare chamber word ("Senate Majority Leader
        X", "House Speaker X"), read as a bare "Sen." is: the U.S. chamber in an article about Congress, the
        state's (when the article names it) in one about a state legislature. When the text does not say,
        ``org`` if it is the bare chamber itself, else None (not the "Senate Rules" the word was merged into)."""
        kinds = [k for k in ("upper", "lower") if any(n.split()[-1] == word for n in _data()["federal"][k])]
        if len(kinds) != 1:
            return org
        level = self._level(t)[0]
        if level == "federal":
            return self.body_named(_data()["federal"][kinds[0]], t)
        names = _data()["states"].get(self._state_of(t) or "", {}).get(kinds[0]) if level == "state" else None
        if names and self._named_body(names) is not None:
            return self.body_named(names, t)
        return org if self._name(self.root_of(org)) == word else None

    def _level(self, t: dict, chamber: str | None = None) -> tuple[str | None, bool]:
        """ "federal", "state" or None, and whether that is read off the article rather than the name's
        parenthetical. An article that names the chamber ("the Senate", "Senate races") and no state's
        chamber of that kind ("the state Senate", "state Sen. Y"; a state's House may be named: ``listedchambers``):
        "Senator X" is a member of Congress when X is listed in ``legislators.tsv`` as a member of that
        ``chamber`` ("Senator Y" of a listed representative stays unknown)."""
        after = self.text[t["person"][1] : t["person"][1] + 40]
        m = _PAREN.match(after)
        of = _OF_STATE.match(after)
        if of and _state_named(of.group("where").rstrip(".,")):
            return "federal", False  # "Senator X, Democrat of Virginia", "Senator X of Arizona"
        if (st := _SET_OFF_STATE.match(after)) and _state_named(st.group("where")):
            return "federal", False  # "GOP Sens. A, Maine, and B, Kentucky": a state set off after the name
        if m:
            where = m.group("where").rstrip(".,")
            return ("federal" if _state_named(where) or _state_named(where + ".") else "state"), False
        federal, state = bool(_FEDERAL.search(self.text)), bool(_STATE.search(self.text))
        if (
            chamber is not None
            and _names_chamber(self.text, chamber)
            and _listed_in(self.text[t["person"][0] : t["person"][1]], chamber)
            and not (state and self._names_state_chamber(chamber))
        ):
            return "federal", False
        return ("federal" if federal and not state else "state" if state and not federal else None), True

    def _names_state_chamber(self, chamber: str) -> bool:
        names = {self._name(self.find(i)) for i, m in enumerate(self.mentions) if m[3] == "Agency"}
        return state_chamber_named(self.text, names, chamber)

    def _state_of(self, t: dict) -> str | None:
        """The state the article is about, else the one state the title's sentence names: a state
        legislator is rarely of the other state a sentence mentions ("... after hearing about Texas's
        law, he brought his idea to state Rep. X" in an article on Louisiana)."""
        s, e = t["sent"]
        counts: Counter = Counter()
        here = set()
        for i, m in enumerate(self.mentions):
            name = self._name(self.find(i))
            if m[3] == "Place" and self.place_kinds.get(name) == "state":
                counts[name] += 1
                if s <= m[0] < e:
                    here.add(name)
        main = dominant(counts)
        return main if main is not None else (here.pop() if len(here) == 1 else None)

    def _named_body(self, names: list[str], label: str = "Agency") -> str | None:
        for i in range(len(self.mentions)):
            r = self.find(i)
            if self.mentions[i][3] == label and (self._name(r) in names or self.mentions[i][2] in names[:1]):
                return self._key(r)
        return None

    def body_named(self, names: list[str], t: dict, label: str = "Agency") -> str:
        """The article's body (or place: ``label``) called any of ``names``; added (mentioned by the title)
        if it names none."""
        key = self._named_body(names, label)
        if key is not None:
            return key
        at = t.get("at") or t["person"]
        first = len(self.mentions)
        for n in names:
            self.mentions.append((at[0], at[1], n, label))
            self.parent.append(first)
        self.canonical[first] = names[0]
        self._groups = None
        return self._key(first)


def _title_entry(title: str) -> tuple[str, str, str] | None:
    words = title.lower().split()
    titles = _data()["titles"]
    for k in range(len(words)):
        entry = titles.get(" ".join(words[k:]))
        if entry is not None:
            return tuple(entry)
    return None


def _names_chamber(text: str, chamber: str) -> bool:
    """Whether ``text`` names Congress's ``chamber`` by its bare word ("the Senate", "Senate Republicans",
    "the House": the last word of its shortest name in ``legislatures.json``), not as the end of another
    name ("the White House", "the Ohio Senate") nor a state's ("the state Senate")."""
    word = min(_data()["federal"][chamber], key=len).split()[-1]
    for m in re.finditer(rf"\b{word}\b", text):
        before = text[: m.start()].split()[-1:]
        if not before or before[0] == "The" or not (before[0][:1].isupper() or before[0].lower() == "state"):
            return True
    return False


def _state_named(where: str) -> bool:
    return where in _states() or (len(where) == 2 and where in _postal())


def _state_of_place(name: str) -> str | None:
    """The state (its places.tsv name) a place name stands for before a legislator's title: a state's
    name or alias, or the city its bare name usually means ("New York Rep. X": New York state)."""
    return _states().get(name)


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    out = {}
    for p in load_lexicon().places:
        if p.kind == "state":
            out.update({n: p.name for n in (p.name, p.label, *p.aliases, *([p.bare] if p.bare else []))})
    return out


@lru_cache(maxsize=1)
def _postal() -> frozenset[str]:
    return frozenset(p.postal for p in load_lexicon().places if p.kind == "state" and p.postal)


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_json("legislatures.json")
